import { readFileSync } from 'node:fs';
import { describeFieldIssues, toFieldIssues } from '../contract/field-issues';
import type { IssueHistory } from '../domain/model/issue-history';
import { issueToHistory, type IssueToHistoryOptions } from '../jira/issue-to-history';
import { isJiraIssueShape, jiraIssueSchema } from '../jira/schemas/issue';
import { CliError } from './cli-error';
import { JsonSyntaxError, lineOf, splitJson, type JsonSlice } from './json-splitter';

export interface ReadIssuesResult {
  issues: IssueHistory[];
  /** Issues seen more than once (overlapping pages); the last copy wins. */
  duplicates: number;
}

function describeValue(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const key = (raw as Record<string, unknown>)['key'];
    if (typeof key === 'string') return ` (${key})`;
  }
  return '';
}

/**
 * Reads Jira issues from `{"issues":[…]}` pages (one, several, or an array of them), a JSON array of
 * issues, or NDJSON — each issue with its status history as `changelog.histories` or
 * `changeHistories` — and converts them to the domain's histories. Values are parsed one issue at
 * a time. Errors name the file, the item and the field.
 */
export function readIssues(buf: Uint8Array, file: string, opts: IssueToHistoryOptions): ReadIssuesResult {
  if (buf.length === 0) throw new CliError(`${file}: the file is empty (expected Jira issues as JSON or NDJSON)`);
  const issues: IssueHistory[] = [];
  const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  opts = { ...opts, statusNames: opts.statusNames ?? {} };
  const take = (raw: unknown, where: string, start: number): void => {
    if (isJiraIssueShape(raw)) {
      issues.push(issueToHistory(raw, undefined, opts));
      return;
    }
    const parsed = jiraIssueSchema.safeParse(raw);
    if (!parsed.success) {
      throw new CliError(`${file}: ${where}${describeValue(raw)} at line ${lineOf(buf, start)}: not a Jira issue: ${describeFieldIssues(toFieldIssues(parsed.error))}`);
    }
    issues.push(issueToHistory(parsed.data, undefined, opts));
  };
  try {
    for (const slice of splitJson(buf)) {
      const raw = parseSlice(text, slice, file, buf);
      const page = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)['issues'] : undefined;
      if (Array.isArray(page)) page.forEach((issue, k) => take(issue, `${slice.where}.issues[${k}]`, slice.start));
      else take(raw, slice.where, slice.start);
    }
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new CliError(`${file}: not valid JSON or NDJSON: ${e.message} at line ${lineOf(buf, e.offset)} (byte ${e.offset})`);
    if (e instanceof RangeError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  return { issues, duplicates: 0 };
}

function parseSlice(text: Buffer, slice: JsonSlice, file: string, buf: Uint8Array): unknown {
  try {
    return JSON.parse(text.toString('utf8', slice.start, slice.end)) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new CliError(`${file}: ${slice.where} at line ${lineOf(buf, slice.start)}: not valid JSON: ${reason}`);
  }
}

/** Keeps the last copy of each issue id, in first-seen order. */
export function dedupe(issues: IssueHistory[]): ReadIssuesResult {
  // Search pages come in key or id order without repeats: check that cheaply before hashing.
  let ascending = true;
  let last = -1;
  for (let k = 0; k < issues.length && ascending; k++) {
    const id = Number((issues[k] as IssueHistory).id);
    ascending = id > last;
    last = id;
  }
  if (ascending) return { issues, duplicates: 0 };
  const index = new Map<string, number>();
  const out: IssueHistory[] = [];
  for (const issue of issues) {
    const at = index.get(issue.id);
    if (at === undefined) {
      index.set(issue.id, out.length);
      out.push(issue);
    } else out[at] = issue;
  }
  return { issues: out, duplicates: issues.length - out.length };
}

/** Reads one or more input files. */
export function readIssueFiles(files: readonly string[], opts: IssueToHistoryOptions): ReadIssuesResult {
  const all: IssueHistory[] = [];
  const shared = { ...opts, statusNames: opts.statusNames ?? {} };
  for (const file of files) {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new CliError(`${file}: cannot read the input file (${e instanceof Error ? e.message : String(e)})`);
    }
    for (const issue of readIssues(buf, file, shared).issues) all.push(issue);
  }
  return dedupe(all);
}
