import type { z } from 'zod';
import type { FieldIssue } from './result';
import { KEY_MESSAGE_SEPARATOR } from './strict-object';
import { plainMessage } from './plain-messages';

/** At most this many problems are answered: a huge bad payload must not make a huger answer. */
export const MAX_FIELD_ISSUES = 50;
const MAX_PATH_CHARS = 200;
const MAX_MESSAGE_CHARS = 300;

/**
 * Turns a zod error into field-level messages the UI can put beside each field, in plain words
 * (`plainMessage`). Each unknown key is
 * its own problem at its own path; the list is capped at MAX_FIELD_ISSUES (the last entry then says
 * how many more there were), and paths and messages are cut to a bounded length.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const all: FieldIssue[] = [];
  let total = 0;
  // The same problem twice at one path (a length and a format check both failing) is said once.
  const seen = new Set<string>();
  const push = (issue: FieldIssue): void => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) {
      total--;
      return;
    }
    seen.add(key);
    all.push(issue);
  };
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      // zod's own message ("Unrecognized keys: …") names them all at once: say it per key instead.
      const lines = /^Unrecognized key/.test(issue.message) ? [] : issue.message.split(KEY_MESSAGE_SEPARATOR);
      issue.keys.forEach((key, i) => {
        total++;
        if (all.length < MAX_FIELD_ISSUES) push(bounded([...path, key], lines.length === issue.keys.length ? (lines[i] ?? '') : `unknown key ${key}`));
      });
    } else {
      total++;
      if (all.length < MAX_FIELD_ISSUES) push(bounded(path, plainMessage(issue)));
    }
  }
  if (total > all.length) {
    all[MAX_FIELD_ISSUES - 1] = { path: '(root)', message: `and ${total - (MAX_FIELD_ISSUES - 1)} more problems` };
  }
  return all;
}

function bounded(path: string[], message: string): FieldIssue {
  const joined = path.join('.') || '(root)';
  return { path: cut(joined, MAX_PATH_CHARS), message: cut(message, MAX_MESSAGE_CHARS) };
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One line naming the first bad fields (at most 10), for logs, CLI output and error banners. */
export function describeFieldIssues(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > 10) shown.push(`and ${issues.length - 10} more`);
  return shown.join('; ');
}
