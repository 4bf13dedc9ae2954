import type { ErrorCode, FieldIssue } from './result';

/** The one error type resolvers throw on purpose; the wrapper turns it into `{ok:false, error}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: { fields?: FieldIssue[] } & Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: { fields?: FieldIssue[] } & Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export const badRequest = (message: string, fields?: FieldIssue[]): AppError =>
  new AppError('BAD_REQUEST', message, fields ? { fields } : undefined);
export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);
export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);
