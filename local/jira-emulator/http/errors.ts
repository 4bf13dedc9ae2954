import type { Response } from 'express';
import type { ZodError } from 'zod';

/** Jira's error body (`ErrorCollection`). */
export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export function errorBody(messages: string[], errors: Record<string, string> = {}): JiraErrorBody {
  return { errorMessages: messages, errors };
}

export function sendError(res: Response, status: number, messages: string[], errors: Record<string, string> = {}): void {
  res.status(status).json(errorBody(messages, errors));
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function projectNotFound(key: string): string {
  return `No project could be found with key '${key}'.`;
}

/** A bad request body or query, naming each wrong field. */
export function sendInvalidPayload(res: Response, error: ZodError): void {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join('.') || 'body'] = issue.message;
  sendError(res, 400, ['Invalid request payload. Refer to the REST API documentation and try again.'], errors);
}
