import type { AppErrorBody, ErrorCode, FieldIssue } from '../../../src/contract';

/** A resolver's `{ok:false, error}` answer (or a failed call), thrown so pages can show it. */
export class InvokeError extends Error {
  readonly functionKey: string;
  readonly body: AppErrorBody;

  constructor(functionKey: string, body: AppErrorBody) {
    super(body.message);
    this.name = 'InvokeError';
    this.functionKey = functionKey;
    this.body = body;
  }

  get code(): ErrorCode {
    return this.body.code;
  }

  /** Field-level problems of a BAD_REQUEST, to show beside each field. */
  get fields(): FieldIssue[] {
    return this.body.details?.fields ?? [];
  }
}
