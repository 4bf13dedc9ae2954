import type { JiraHttp, JiraRequest } from '../ports/jira-http';
import { JiraClient } from './jira-client';
import { countIssuesByStatus } from './status-issue-counts';

const ISSUES_PER_STATUS: Record<string, number> = { '10000': 3, '10003': 0, '10004': 12 };

function jqlStatus(req: JiraRequest): string {
  const jql = (req.body as { jql: string }).jql;
  expect(jql).toMatch(/^project = "MKT" AND status = \d+$/);
  return jql.split(' = ').pop() ?? '';
}

describe('countIssuesByStatus', () => {
  it('counts with one approximate-count per status', async () => {
    const paths: string[] = [];
    const http: JiraHttp = {
      request: async (req) => {
        paths.push(req.path);
        return { status: 200, headers: {}, text: JSON.stringify({ count: ISSUES_PER_STATUS[jqlStatus(req)] }) };
      },
    };
    expect(await countIssuesByStatus(client(http), 'MKT', ['10000', '10003', '10004'])).toEqual({
      counts: { '10000': 3, '10003': 0, '10004': 12 },
      approximate: true,
    });
    expect(paths).toEqual(Array(3).fill('/rest/api/3/search/approximate-count'));
  });

  it('falls back to paging ID-only searches when approximate-count is missing, trying it only once', async () => {
    const paths: string[] = [];
    const http: JiraHttp = {
      request: async (req) => {
        paths.push(req.path);
        if (req.path.endsWith('approximate-count')) return { status: 404, headers: {}, text: '' };
        const total = ISSUES_PER_STATUS[jqlStatus(req)] ?? 0;
        const token = (req.body as { nextPageToken?: string }).nextPageToken;
        // Pages of 5 issues, so 12 issues take three pages.
        const start = token === undefined ? 0 : Number(token);
        const ids = Array.from({ length: Math.max(0, Math.min(5, total - start)) }, (_, i) => ({ id: String(start + i) }));
        const next = start + 5 < total ? { nextPageToken: String(start + 5), isLast: false } : { isLast: true };
        return { status: 200, headers: {}, text: JSON.stringify({ issues: ids, ...next }) };
      },
    };
    expect(await countIssuesByStatus(client(http), 'MKT', ['10000', '10003', '10004'])).toEqual({
      counts: { '10000': 3, '10003': 0, '10004': 12 },
      approximate: false,
    });
    expect(paths.filter((p) => p.endsWith('approximate-count'))).toHaveLength(1);
    expect(paths.filter((p) => p.endsWith('search/jql'))).toHaveLength(1 + 1 + 3);
  });

  it('answers nothing without asking Jira when there are no statuses', async () => {
    const http: JiraHttp = { request: () => Promise.reject(new Error('must not be called')) };
    expect(await countIssuesByStatus(client(http), 'MKT', [])).toEqual({ counts: {}, approximate: false });
  });
});

/** The real client over a scripted transport, without retries so each answer is final. */
function client(http: JiraHttp): JiraClient {
  return new JiraClient(http, { maxAttempts: 1 });
}
