import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { JiraHttpError } from './errors';
import { jiraBulkChangelogResponseSchema, type JiraChangeHistory } from './schemas/issue';
import { changelogPageSchema } from './schemas/search';

/** Limits of `POST /rest/api/3/changelog/bulkfetch` (BulkChangelogRequestBean). */
export const BULK_MAX_ISSUES = 1000;
export const BULK_MAX_RESULTS = 10_000;
const PER_ISSUE_PAGE = 100;
/** Only status changes are read: they are all the timeline needs, and they keep pages small. */
export const CHANGELOG_FIELD_IDS = ['status'] as const;

/** Statuses that mean "this site has no bulkfetch"; anything else is a real error. */
const UNSUPPORTED = new Set([404, 405, 501]);

export interface ChangelogOptions {
  /** Skip bulkfetch and page each issue's changelog (set after bulkfetch proved missing). */
  perIssue?: boolean;
}

export interface ChangelogResult {
  /** Issue ID → its status histories (issues without any are absent). */
  histories: Map<string, JiraChangeHistory[]>;
  /** True when the per-issue fallback was used. */
  perIssue: boolean;
}

/**
 * Status histories of `issueIds` through bulkfetch: ≤1,000 issues a request, following
 * `nextPageToken` (one issue's histories may continue on the next page). Where bulkfetch does not
 * exist, falls back to `GET /issue/{id}/changelog` paging for each issue (the client's concurrency
 * limit applies).
 */
export async function fetchStatusChangelogs(client: JiraClient, issueIds: readonly string[], options: ChangelogOptions = {}): Promise<ChangelogResult> {
  const histories = new Map<string, JiraChangeHistory[]>();
  if (issueIds.length === 0) return { histories, perIssue: options.perIssue === true };
  if (options.perIssue !== true) {
    try {
      for (let i = 0; i < issueIds.length; i += BULK_MAX_ISSUES) await bulkFetch(client, issueIds.slice(i, i + BULK_MAX_ISSUES), histories);
      return { histories, perIssue: false };
    } catch (err) {
      if (!(err instanceof JiraHttpError && UNSUPPORTED.has(err.status))) throw err;
      histories.clear();
    }
  }
  const all = await Promise.all(issueIds.map((id) => issueChangelog(client, id)));
  issueIds.forEach((id, i) => {
    const list = all[i];
    if (list !== undefined && list.length > 0) histories.set(id, list);
  });
  return { histories, perIssue: true };
}

async function bulkFetch(client: JiraClient, ids: readonly string[], into: Map<string, JiraChangeHistory[]>): Promise<void> {
  let token: string | null = null;
  const seen = new Set<string>();
  do {
    const body: Record<string, unknown> = { issueIdsOrKeys: ids, fieldIds: CHANGELOG_FIELD_IDS, maxResults: BULK_MAX_RESULTS, ...(token !== null ? { nextPageToken: token } : {}) };
    const page = await client.call('bulkfetch', { method: 'POST', path: jiraRoute`/rest/api/3/changelog/bulkfetch`, body }, jiraBulkChangelogResponseSchema);
    for (const log of page.issueChangeLogs) {
      if (log.changeHistories.length === 0) continue;
      const list = into.get(log.issueId);
      if (list === undefined) into.set(log.issueId, [...log.changeHistories]);
      else list.push(...log.changeHistories);
    }
    token = page.nextPageToken ?? null;
    if (token !== null) {
      if (seen.has(token)) throw new JiraHttpError('POST /rest/api/3/changelog/bulkfetch', 200, 'the same nextPageToken came back twice');
      seen.add(token);
    }
  } while (token !== null);
}

/** One issue's whole changelog, status items only, by `startAt` paging. */
export async function issueChangelog(client: JiraClient, issueId: string): Promise<JiraChangeHistory[]> {
  const out: JiraChangeHistory[] = [];
  for (let startAt = 0; ; ) {
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(PER_ISSUE_PAGE) });
    const page = await client.call('changelog', { method: 'GET', path: jiraRoute`/rest/api/3/issue/${issueId}/changelog?${params}` }, changelogPageSchema);
    for (const h of page.values) {
      const items = h.items.filter((it) => (it.fieldId ?? it.field) === 'status' || it.field === 'status');
      if (items.length > 0) out.push({ ...h, items });
    }
    startAt += page.values.length;
    const done = page.isLast === true || page.values.length === 0 || (page.total !== undefined && startAt >= page.total);
    if (done) return out;
  }
}
