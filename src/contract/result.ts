import { z } from 'zod';

/** Every error a resolver can answer with; the UI switches on these, so the union is closed. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_FUNCTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'JIRA_ERROR',
  'TIMEOUT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status the local harness answers with for each code (Forge always answers 200 with the body). */
export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNKNOWN_FUNCTION: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  JIRA_ERROR: 502,
  TIMEOUT: 504,
  INTERNAL: 500,
};

/**
 * `details.reason` of a JIRA_ERROR caused by a Jira answer of an unexpected shape (not a Jira
 * refusal): the page can say which data could not be read; the server logs it by this code.
 */
export const JIRA_MALFORMED_ANSWER = 'JIRA_MALFORMED_ANSWER';

/** One problem with one field of a payload or a config; `path` is dotted (`stages.2.name`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppErrorBody {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldIssue[] } & Record<string, unknown>;
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

export const appErrorBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
