import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { JiraHttpError } from './errors';
import { approximateCountSchema, idPageSchema, searchPageEnvelopeSchema, syncIssueSchema, type SyncIssue } from './schemas/search';

/** Jira returns at most 100 issues a page when fields are asked for, up to 5,000 for IDs only. */
export const SEARCH_PAGE_SIZE = 100;
export const ID_PAGE_SIZE = 5000;

/** An issue Jira answered without a field the app needs: left out and named, so the rest goes on. */
export interface SkippedIssue {
  id: string | null;
  key: string | null;
  /** Which field, without the issue's content: "fields.created is missing or not a valid value". */
  reason: string;
}

export interface SearchPage {
  issues: SyncIssue[];
  /** Issues of the page left out because they lack a field the app needs (see {@link SkippedIssue}). */
  skipped: SkippedIssue[];
  /** Token of the next page; null on the last one. */
  nextPageToken: string | null;
}

const searchPath = () => jiraRoute`/rest/api/3/search/jql`;

/** One page of `POST /rest/api/3/search/jql` with only `fields`. */
export async function searchPage(
  client: JiraClient,
  query: { jql: string; fields: readonly string[]; nextPageToken?: string | null; maxResults?: number },
): Promise<SearchPage> {
  const body = {
    jql: query.jql,
    fields: query.fields,
    maxResults: query.maxResults ?? SEARCH_PAGE_SIZE,
    ...(query.nextPageToken ? { nextPageToken: query.nextPageToken } : {}),
  };
  const page = await client.call('search', { method: 'POST', path: searchPath(), body }, searchPageEnvelopeSchema);
  const last = page.isLast === true || page.nextPageToken === undefined || page.nextPageToken === null || page.nextPageToken === '';
  const { issues, skipped } = checkIssues(page.issues);
  return { issues, skipped, nextPageToken: last ? null : (page.nextPageToken ?? null) };
}

/** Checks each issue on its own: one odd issue is skipped and named, never the whole page. */
export function checkIssues(raw: readonly unknown[]): { issues: SyncIssue[]; skipped: SkippedIssue[] } {
  const issues: SyncIssue[] = [];
  const skipped: SkippedIssue[] = [];
  for (const item of raw) {
    const parsed = syncIssueSchema.safeParse(item);
    if (parsed.success) {
      issues.push(parsed.data);
      continue;
    }
    const path = parsed.error.issues[0]?.path.map(String).join('.') || '(the issue)';
    const obj = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 100 ? v : null);
    skipped.push({ id: text(obj['id']), key: text(obj['key']), reason: `${path.slice(0, 100)} is missing or not a valid value` });
  }
  return { issues, skipped };
}

/** Every issue of `jql`, page by page; stops with an error if Jira hands back the same token twice. */
export async function* searchAll(
  client: JiraClient,
  query: { jql: string; fields: readonly string[]; maxResults?: number },
  onSkipped: (skipped: SkippedIssue[]) => void = () => undefined,
): AsyncGenerator<SyncIssue[]> {
  let token: string | null = null;
  const seen = new Set<string>();
  do {
    const page: SearchPage = await searchPage(client, { ...query, nextPageToken: token });
    if (page.skipped.length > 0) onSkipped(page.skipped);
    yield page.issues;
    token = page.nextPageToken;
    if (token !== null) {
      if (seen.has(token)) throw new JiraHttpError('POST /rest/api/3/search/jql', 200, 'the same nextPageToken came back twice');
      seen.add(token);
    }
  } while (token !== null);
}

/** IDs only (5,000 a page): the cheapest way to learn which issues a caller can see. */
export async function searchIds(client: JiraClient, jql: string, options: { maxPages?: number } = {}): Promise<{ ids: string[]; complete: boolean }> {
  const ids: string[] = [];
  let token: string | null = null;
  for (let pageNo = 0; pageNo < (options.maxPages ?? 100); pageNo++) {
    const body: Record<string, unknown> = { jql, fields: ['id'], maxResults: ID_PAGE_SIZE, ...(token !== null ? { nextPageToken: token } : {}) };
    const page = await client.call('search', { method: 'POST', path: searchPath(), body }, idPageSchema);
    for (const issue of page.issues) ids.push(issue.id);
    if (page.isLast === true || !page.nextPageToken) return { ids, complete: true };
    token = page.nextPageToken;
  }
  return { ids, complete: false };
}

/** `POST /rest/api/3/search/approximate-count`; null where the endpoint does not exist (404). */
export async function approximateCount(client: JiraClient, jql: string): Promise<number | null> {
  try {
    const res = await client.call('count', { method: 'POST', path: jiraRoute`/rest/api/3/search/approximate-count`, body: { jql } }, approximateCountSchema);
    return res.count;
  } catch (err) {
    if (err instanceof JiraHttpError && (err.status === 404 || err.status === 405)) return null;
    throw err;
  }
}
