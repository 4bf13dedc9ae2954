import { createJiraEmulator, type RunningEmulator } from '../../local/jira-emulator';
import type { Harness } from '../../local/harness/start-harness';
import { jiraRoute } from '../../src/jira/route';
import { postInvoke, startTestHarness, TEST_NOW_MS } from '../helpers/harness';

/** Real-site mode, with a separately served emulator standing in for the Jira Cloud site. */
describe('harness in real-site mode', () => {
  let site: RunningEmulator;
  let harness: Harness;
  const emulator = createJiraEmulator({ seed: 3, issueCount: 20, nowMs: TEST_NOW_MS });
  const mia = emulator.users.find((u) => u.handle === 'mia');

  beforeAll(async () => {
    if (!mia) throw new Error('no demo user mia');
    site = await emulator.listen(0);
    harness = await startTestHarness({ site: { baseUrl: site.url, email: mia.email, apiToken: mia.apiToken } });
  });
  afterAll(async () => {
    await harness?.close();
    await site?.close();
  });

  it('runs without an emulator of its own and acts as the API token owner', async () => {
    expect(harness.mode).toBe('site');
    expect(harness.emulator).toBeNull();
    expect(harness.jira.accounts.map((a) => [a.accountId, a.apiToken])).toEqual([[mia?.accountId, null]]);
    const res = await postInvoke(harness.url, JSON.stringify({ functionKey: 'app.info', payload: {}, context: { accountId: mia?.accountId } }));
    expect(res).toMatchObject({ status: 200, json: { ok: true, data: { mode: 'site' } } });
  });

  it('uses the same credentials for asUser and asApp', async () => {
    emulator.state.resetStats();
    await harness.deps.jira.asApp().request({ method: 'GET', path: jiraRoute`/rest/api/3/myself` });
    await harness.deps.jira.asUser('anyone').request({ method: 'GET', path: jiraRoute`/rest/api/3/myself` });
    expect(emulator.state.stats().byUser).toEqual({ mia: 2 });
  });

  it('does not serve the emulator API itself', async () => {
    const res = await fetch(`${harness.url}/rest/api/3/myself`);
    expect(res.status).toBe(404);
  });

  it('refuses to start when the site refuses the credentials', async () => {
    await expect(startTestHarness({ site: { baseUrl: site.url, email: 'nobody@example.com', apiToken: 'wrong' } })).rejects.toThrow(
      /answered 401 to GET \/rest\/api\/3\/myself: check JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN/,
    );
  });
});
