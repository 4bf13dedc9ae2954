import { z } from 'zod';
import pLimit from 'p-limit';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { JiraHttpError } from './errors';

const countSchema = z.looseObject({ count: z.number().int().nonnegative() });
const idPageSchema = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string() })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

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
    const jql = `project = ${quote(projectKey)} AND status = ${/^\d+$/.test(statusId) ? statusId : quote(statusId)}`;
    if (!useSearch) {
      try {
        const n = (await jira.call('approximate-count', { method: 'POST', path: jiraRoute`/rest/api/3/search/approximate-count`, body: { jql } }, countSchema)).count;
        approximate = true;
        return n;
      } catch (err) {
        if (!(err instanceof JiraHttpError && err.status === 404)) throw err;
        useSearch = true;
      }
    }
    const counted = await countBySearch(jira, jql);
    if (counted.capped) approximate = true;
    return counted.n;
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

async function countBySearch(jira: JiraClient, jql: string): Promise<{ n: number; capped: boolean }> {
  let n = 0;
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES_PER_STATUS; page++) {
    const body = { jql, fields: ['id'], maxResults: 5000, ...(nextPageToken === undefined ? {} : { nextPageToken }) };
    const res = await jira.call('search', { method: 'POST', path: jiraRoute`/rest/api/3/search/jql`, body }, idPageSchema);
    n += res.issues.length;
    if (res.isLast === true || res.nextPageToken === undefined || res.nextPageToken === null) return { n, capped: false };
    nextPageToken = res.nextPageToken;
  }
  return { n, capped: true };
}

/** A JQL string literal: project keys are validated, but quoting keeps reserved words (e.g. IN) safe. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
