import { useTestEmulator } from '../helpers/emulator';

type SearchPage = { issues: Array<{ id: string; key: string }>; isLast: boolean; nextPageToken?: string };
type BulkPage = { issueChangeLogs: Array<{ issueId: string; changeHistories: Array<{ id: string; items: Array<{ fieldId?: string }> }> }>; nextPageToken?: string };

describe('emulator paging', () => {
  const env = useTestEmulator();

  const search = async (body: Record<string, unknown>): Promise<SearchPage> => {
    const res = await env().as('alice')('POST', '/rest/api/3/search/jql', body);
    expect(res.status).toBe(200);
    return res.body as SearchPage;
  };

  it('returns every issue exactly once across search pages, 100 per page when fields are asked for', async () => {
    const jql = 'project in (MKT, IT) ORDER BY updated DESC';
    const keys: string[] = [];
    const sizes: number[] = [];
    let token: string | undefined;
    do {
      const page = await search({ jql, fields: ['summary'], maxResults: 1000, ...(token === undefined ? {} : { nextPageToken: token }) });
      keys.push(...page.issues.map((i) => i.key));
      sizes.push(page.issues.length);
      token = page.nextPageToken;
      expect(page.isLast).toBe(token === undefined);
    } while (token !== undefined);
    expect(sizes).toEqual([100, 100, 100, 100]);
    expect(new Set(keys).size).toBe(400);
    expect(keys.sort()).toEqual(env().emulator.state.listIssues().map((i) => i.key).sort());
  });

  it('returns up to 5,000 IDs per page when no fields are asked for', async () => {
    const page = await search({ jql: 'project in (MKT, IT)', maxResults: 10000 });
    expect(page.issues).toHaveLength(400);
    expect(page.isLast).toBe(true);
  });

  it('refuses a page token from another query or another user', async () => {
    const first = await search({ jql: 'project = MKT', maxResults: 10 });
    expect(first.nextPageToken).toBeDefined();
    const other = await env().as('alice')('POST', '/rest/api/3/search/jql', { jql: 'project = IT', nextPageToken: first.nextPageToken });
    expect(other.status).toBe(400);
    expect(other.body).toEqual({ errorMessages: ['The provided next page token is invalid or expired, or belongs to another query.'], errors: {} });
    const otherUser = await env().as('ivan')('POST', '/rest/api/3/search/jql', { jql: 'project = MKT', nextPageToken: first.nextPageToken });
    expect(otherUser.status).toBe(400);
    const garbage = await env().as('alice')('POST', '/rest/api/3/search/jql', { jql: 'project = MKT', nextPageToken: 'not-a-token' });
    expect(garbage.status).toBe(400);
  });

  it('pages bulkfetch by histories, continuing an issue across pages, filtered to fieldIds', async () => {
    const issues = env().emulator.state.listIssues();
    const expected = new Map(
      issues
        .map((i) => [i.id, i.histories.filter((h) => h.items.some((x) => x.fieldId === 'status')).map((h) => h.id)] as const)
        .filter(([, ids]) => ids.length > 0),
    );
    const got = new Map<string, string[]>();
    let token: string | undefined;
    let pages = 0;
    do {
      const res = await env().as('app')('POST', '/rest/api/3/changelog/bulkfetch', {
        issueIdsOrKeys: issues.map((i) => i.key),
        fieldIds: ['status'],
        maxResults: 97,
        ...(token === undefined ? {} : { nextPageToken: token }),
      });
      expect(res.status).toBe(200);
      const page = res.body as BulkPage;
      const histories = page.issueChangeLogs.reduce((n, l) => n + l.changeHistories.length, 0);
      if (page.nextPageToken !== undefined) expect(histories).toBe(97);
      for (const log of page.issueChangeLogs) {
        for (const h of log.changeHistories) expect(h.items.every((x) => x.fieldId === 'status')).toBe(true);
        got.set(log.issueId, [...(got.get(log.issueId) ?? []), ...log.changeHistories.map((h) => h.id)]);
      }
      token = page.nextPageToken;
      pages++;
    } while (token !== undefined);
    const total = [...expected.values()].reduce((n, ids) => n + ids.length, 0);
    expect(pages).toBe(Math.ceil(total / 97));
    expect(got).toEqual(expected);
  });

  it('refuses more than 1,000 issues in one bulkfetch', async () => {
    const res = await env().as('app')('POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(10000 + i)) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errors: { issueIdsOrKeys: 'At most 1000 issue IDs or keys can be requested.' } });
  });

  it('pages one issue’s changelog by startAt with nextPage links', async () => {
    const issue = env().emulator.state.listIssues().find((i) => i.histories.length >= 5);
    if (issue === undefined) throw new Error('no issue with 5 histories in the test data');
    const first = (await env().as('alice')('GET', `/rest/api/3/issue/${issue.key}/changelog?maxResults=2`)).body as Record<string, unknown>;
    expect(first).toMatchObject({ startAt: 0, maxResults: 2, total: issue.histories.length, isLast: false });
    expect(String(first.nextPage)).toContain(`/rest/api/3/issue/${issue.key}/changelog?startAt=2&maxResults=2`);
    const ids: string[] = [];
    for (let at = 0; at < issue.histories.length; at += 2) {
      const page = (await env().as('alice')('GET', `/rest/api/3/issue/${issue.id}/changelog?startAt=${at}&maxResults=2`)).body as { values: Array<{ id: string }> };
      ids.push(...page.values.map((v) => v.id));
    }
    expect(ids).toEqual(issue.histories.map((h) => h.id));
  });
});
