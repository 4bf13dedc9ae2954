import type { z } from 'zod';
import type { FieldIssue } from './result';

/** Turns a zod error into field-level messages the UI can put beside each field. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/** One line naming every bad field, for logs, CLI output and error banners. */
export function describeFieldIssues(issues: FieldIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}
