import pLimit from 'p-limit';
import type { JiraClient } from './jira-client';
import { jqlString } from './jql';
import { approximateCount, searchIds } from './search';

/** Pages of ids read per status at most when counting by search (5,000 ids a page). */
const MAX_PAGES_PER_STATUS = 20;

export interface StatusIssueCounts {
  /** Issues per status ID, as the caller can see them. */
  counts: Record<string, number>;
  /** True when Jira's approximate count was used or a count stopped at the page cap. */
  approximate: boolean;
}

/**
 * How many issues of `projectKey` the caller can see in each of `statusIds`, one JQL count per
 * status (`project = "MKT" AND status = 10000`), four at a time: the request count grows with the
 * number of statuses, not of issues. Uses `POST /rest/api/3/search/approximate-count`; where that
 * endpoint is missing (404, e.g. an older emulator) it pages ID-only `search/jql` results instead.
 */
export async function countIssuesByStatus(jira: JiraClient, projectKey: string, statusIds: readonly string[]): Promise<StatusIssueCounts> {
  const limit = pLimit(4);
  let useSearch = false;
  let approximate = false;
  const count = async (statusId: string): Promise<number> => {
    const jql = `project = ${jqlString(projectKey)} AND status = ${/^\d+$/.test(statusId) ? statusId : jqlString(statusId)}`;
    if (!useSearch) {
      const n = await approximateCount(jira, jql);
      if (n !== null) {
        approximate = true;
        return n;
      }
      useSearch = true;
    }
    const { ids, complete } = await searchIds(jira, jql, { maxPages: MAX_PAGES_PER_STATUS });
    if (!complete) approximate = true;
    return ids.length;
  };
  // The first count finds out which endpoint answers, so a missing one costs one request, not one per status.
  const [first, ...rest] = statusIds;
  const counts: Record<string, number> = {};
  if (first === undefined) return { counts, approximate: false };
  counts[first] = await count(first);
  const others = await Promise.all(rest.map((id) => limit(() => count(id))));
  rest.forEach((id, i) => (counts[id] = others[i] ?? 0));
  return { counts, approximate };
}
