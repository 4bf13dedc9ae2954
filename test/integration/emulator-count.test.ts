import { startTestEmulator } from '../../local/jira-emulator/testing/test-client';
import { useTestEmulator } from '../helpers/emulator';

describe('POST /rest/api/3/search/approximate-count', () => {
  const env = useTestEmulator();

  async function searchCount(handle: 'alice' | 'mia', jql: string): Promise<number> {
    let total = 0;
    let nextPageToken: string | undefined;
    do {
      const res = await env().as(handle)('POST', '/rest/api/3/search/jql', { jql, fields: [], maxResults: 5000, nextPageToken });
      const body = res.body as { issues: unknown[]; nextPageToken?: string };
      total += body.issues.length;
      nextPageToken = body.nextPageToken;
    } while (nextPageToken !== undefined);
    return total;
  }

  it('counts what the same search returns, per user (issue security included)', async () => {
    for (const handle of ['alice', 'mia'] as const) {
      const res = await env().as(handle)('POST', '/rest/api/3/search/approximate-count', { jql: 'project = IT' });
      expect(res.status).toBe(200);
      expect((res.body as { count: number }).count).toBe(await searchCount(handle, 'project = IT'));
    }
    const alice = (await env().as('alice')('POST', '/rest/api/3/search/approximate-count', { jql: 'project = IT' })).body as { count: number };
    const mia = (await env().as('mia')('POST', '/rest/api/3/search/approximate-count', { jql: 'project = IT' })).body as { count: number };
    expect(mia.count).toBeLessThan(alice.count);
  });

  it('refuses unbounded and unsupported queries with Jira-style 400s', async () => {
    const unbounded = await env().as('alice')('POST', '/rest/api/3/search/approximate-count', { jql: 'ORDER BY key' });
    expect(unbounded.status).toBe(400);
    expect(unbounded.body).toEqual({ errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} });
    const hidden = await env().as('mark')('POST', '/rest/api/3/search/approximate-count', { jql: 'project = IT' });
    expect(hidden.status).toBe(400);
  });

  it('evaluates relative dates afresh on every first page, as the clock moves', async () => {
    let nowMs = Date.UTC(2026, 10, 24, 12);
    const timed = await startTestEmulator({ nowMs, clock: () => nowMs });
    try {
      const count = async (): Promise<number> => {
        const res = await timed.as('alice')('POST', '/rest/api/3/search/jql', { jql: 'project = MKT AND updated >= -1d', fields: [], maxResults: 5000 });
        return (res.body as { issues: unknown[] }).issues.length;
      };
      const today = await count();
      expect(today).toBeGreaterThan(0);
      nowMs += 400 * 86_400_000; // far past every update: nothing was updated in the last day
      expect(await count()).toBe(0);
    } finally {
      await timed.running.close();
    }
  });
});
