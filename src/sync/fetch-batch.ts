import { fetchStatusChangelogs } from '../jira/changelogs';
import type { JiraClient } from '../jira/jira-client';
import type { JiraChangeHistory } from '../jira/schemas/issue';
import type { SyncIssue } from '../jira/schemas/search';
import { searchPage, SEARCH_PAGE_SIZE, type SkippedIssue } from '../jira/search';

export interface FetchedBatch {
  issues: SyncIssue[];
  /** Issues left out for a missing or malformed field. */
  skipped: SkippedIssue[];
  histories: Map<string, JiraChangeHistory[]>;
  /** Token to continue from; null when the search is exhausted. */
  nextCursor: string | null;
  perIssue: boolean;
}

/**
 * Up to `maxIssues` issues of `jql` starting at `cursor` (search pages of 100), then their status
 * histories in one bulkfetch per 1,000: the request count is ceil(n/100) + ceil(n/1000).
 */
export async function fetchBatch(
  client: JiraClient,
  query: { jql: string; fields: readonly string[]; cursor: string | null; maxIssues: number; perIssue?: boolean },
): Promise<FetchedBatch> {
  const issues: SyncIssue[] = [];
  const skipped: SkippedIssue[] = [];
  let cursor = query.cursor;
  do {
    const page = await searchPage(client, { jql: query.jql, fields: query.fields, nextPageToken: cursor, maxResults: Math.min(SEARCH_PAGE_SIZE, query.maxIssues - issues.length) });
    issues.push(...page.issues);
    skipped.push(...page.skipped);
    cursor = page.nextPageToken;
  } while (cursor !== null && issues.length + skipped.length < query.maxIssues);
  const changelogs = await fetchStatusChangelogs(
    client,
    issues.map((i) => i.id),
    { perIssue: query.perIssue === true },
  );
  return { issues, skipped, histories: changelogs.histories, nextCursor: cursor, perIssue: changelogs.perIssue };
}
