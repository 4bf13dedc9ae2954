import { closeSync, openSync, readSync } from 'node:fs';
import { describeFieldIssues, toFieldIssues } from '../contract/field-issues';
import type { IssueHistory } from '../domain/model/issue-history';
import { issueToHistory, type IssueToHistoryOptions } from '../jira/issue-to-history';
import { isJiraIssueShape, jiraIssueSchema } from '../jira/schemas/issue';
import { CliError } from './cli-error';
import { FastIssueReader, PAGE } from './fast-issue-reader';
import { JsonStream, JsonSyntaxError, fileSource, scanValueEnd, type ByteSource, type ConsumeValue } from './json-stream';

export interface ReadIssuesResult {
  issues: IssueHistory[];
  /** Issues seen more than once (overlapping pages); the last copy wins. */
  duplicates: number;
  /**
   * Issues left out because they lack a field the metrics need or hold one that is not what Jira
   * sends (issue 12.11): each names the file, the item, its line and the field. The rest are read.
   */
  skipped: string[];
}

export interface ReadIssuesOptions extends IssueToHistoryOptions {
  /** Test hook: read every issue the slow way (JSON.parse + zod), as the fast reader's reference. */
  slowOnly?: boolean;
}

function describeValue(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const key = (raw as Record<string, unknown>)['key'];
    if (typeof key === 'string') return ` (${key})`;
  }
  return '';
}

/** 1-based line of a document offset; counted only for error messages. */
export type LineAt = (offset: number) => number;

function countLines(buf: Uint8Array, upTo: number, from = 0, line = 1): number {
  let n = line;
  for (let k = from; k < upTo && k < buf.length; k++) if (buf[k] === 10) n++;
  return n;
}

function fileLineAt(path: string): LineAt {
  return (offset) => {
    const fd = openSync(path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(1 << 20);
      let line = 1;
      for (let done = 0; done < offset; ) {
        const n = readSync(fd, chunk, 0, Math.min(chunk.length, offset - done), null);
        if (n === 0) break;
        line = countLines(chunk, n, 0, line);
        done += n;
      }
      return line;
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * Reads Jira issues from `{"issues":[…]}` pages (one, several, or an array of them), a JSON array of
 * issues, or NDJSON — each issue with its status history as `changelog.histories` or
 * `changeHistories` — and converts them to the domain's histories, one issue at a time: straight
 * from the bytes when the issue is ordinary, else through `JSON.parse` and the zod schema. Errors
 * name the file, the item and the field.
 */
function readStream(stream: JsonStream, file: string, lineAt: LineAt, options: ReadIssuesOptions, skipped: string[]): IssueHistory[] {
  const issues: IssueHistory[] = [];
  const opts = { ...options, statusNames: options.statusNames ?? (Object.create(null) as Record<string, string>) };
  const fast = options.slowOnly === true ? null : new FastIssueReader(opts);
  const skippedBefore = skipped.length;

  // One odd issue must not stop the rest (issue 12.11): it is named and left out. Only a file in
  // which no issue could be read at all is an error (below).
  const take = (raw: unknown, where: string, offset: number): void => {
    const shaped = isJiraIssueShape(raw) ? { success: true as const, data: raw } : jiraIssueSchema.safeParse(raw);
    if (!shaped.success) {
      skipped.push(`${file}: ${where}${describeValue(raw)} at line ${lineAt(offset)}: not a Jira issue: ${describeFieldIssues(toFieldIssues(shaped.error))}`);
      return;
    }
    try {
      issues.push(issueToHistory(shaped.data, undefined, opts));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      skipped.push(`${file}: ${where}${describeValue(raw)} at line ${lineAt(offset)}: ${e.message}`);
    }
  };

  const consume: ConsumeValue = (view, start, where, topLevel, atEof) => {
    const read = fast === null ? null : fast.read(view, start);
    if (read === PAGE) {
      if (topLevel) return 'page';
    } else if (read !== null && fast !== null) {
      issues.push(read);
      return fast.end;
    }
    const end = scanValueEnd(view, start, atEof);
    if (end < 0) return 'more';
    const offset = stream.absolute(start);
    let raw: unknown;
    try {
      raw = JSON.parse(view.toString('utf8', start, end)) as unknown;
    } catch (e) {
      throw new CliError(`${file}: ${where} at line ${lineAt(offset)}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const page = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)['issues'] : undefined;
    if (Array.isArray(page)) {
      const prefix = !topLevel ? `${where}.` : where === '(root)' ? '' : `${where} `;
      page.forEach((issue, k) => take(issue, `${prefix}issues[${k}]`, offset));
    } else take(raw, where, offset);
    return end;
  };

  try {
    stream.walk(consume);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new CliError(`${file}: not valid JSON or NDJSON: ${e.message} at line ${lineAt(e.offset)} (byte ${e.offset})`);
    // A value nested tens of thousands deep overflows the stack of whatever walks it: say what is
    // wrong with the file, not the engine's "Maximum call stack size exceeded".
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CliError(`${file}: nests far too deeply to be a Jira export (issues nest a few levels)`);
    if (e instanceof RangeError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  const bad = skipped.length - skippedBefore;
  if (issues.length === 0 && bad > 0) {
    throw new CliError(`${skipped[skippedBefore] ?? file}${bad > 1 ? ` (and ${bad - 1} more issues could not be read)` : ''}`);
  }
  return issues;
}

/** Reads issues through a window of `windowBytes` (tests use tiny windows to cross every boundary). */
export function readIssuesFrom(source: ByteSource, file: string, options: ReadIssuesOptions, lineAt: LineAt, windowBytes?: number, skipped: string[] = []): IssueHistory[] {
  return readStream(new JsonStream(source, windowBytes), file, lineAt, options, skipped);
}

/** Reads issues from bytes already in memory (see {@link readIssueFiles}). */
export function readIssues(buf: Uint8Array, file: string, options: ReadIssuesOptions): ReadIssuesResult {
  if (buf.length === 0) throw new CliError(`${file}: the file is empty (expected Jira issues as JSON or NDJSON)`);
  const data = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const skipped: string[] = [];
  return { issues: readStream(new JsonStream(data), file, (offset) => countLines(data, offset), options, skipped), duplicates: 0, skipped };
}

/** Keeps the last copy of each issue id, in first-seen order. */
export function dedupe(issues: IssueHistory[], skipped: string[] = []): ReadIssuesResult {
  // Search pages come in key or id order without repeats: check that cheaply before hashing.
  let ascending = true;
  let last = -1;
  for (let k = 0; k < issues.length && ascending; k++) {
    const id = Number((issues[k] as IssueHistory).id);
    ascending = id > last;
    last = id;
  }
  if (ascending) return { issues, duplicates: 0, skipped };
  const index = new Map<string, number>();
  const out: IssueHistory[] = [];
  for (const issue of issues) {
    const at = index.get(issue.id);
    if (at === undefined) {
      index.set(issue.id, out.length);
      out.push(issue);
    } else out[at] = issue;
  }
  return { issues: out, duplicates: issues.length - out.length, skipped };
}

/** Reads one or more input files through an 8 MB window (one status-name table for all). */
export function readIssueFiles(files: readonly string[], opts: ReadIssuesOptions): ReadIssuesResult {
  const all: IssueHistory[] = [];
  const skipped: string[] = [];
  const shared = { ...opts, statusNames: opts.statusNames ?? (Object.create(null) as Record<string, string>) };
  for (const file of files) {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (e) {
      throw new CliError(`${file}: cannot read the input file (${e instanceof Error ? e.message : String(e)})`);
    }
    let issues: IssueHistory[];
    try {
      const stream = new JsonStream(fileSource(fd));
      issues = readStream(stream, file, fileLineAt(file), shared, skipped);
      if (stream.absolute(0) === 0 && issues.length === 0 && stream.isEmpty()) {
        throw new CliError(`${file}: the file is empty (expected Jira issues as JSON or NDJSON)`);
      }
    } catch (e) {
      if (e instanceof Error && 'code' in e && e.code === 'EISDIR') throw new CliError(`${file}: cannot read the input file (it is a directory)`);
      throw e;
    } finally {
      closeSync(fd);
    }
    for (const issue of issues) all.push(issue);
  }
  return dedupe(all, skipped);
}
