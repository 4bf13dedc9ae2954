import type { JiraHttp } from '../../../src/ports/jira-http';
import { requestBackfill } from '../../../src/sync/request-backfill';
import { getSyncStatus } from '../../../src/sync/sync-status';
import { DEMO_SQUAD, startSyncEnv, storedById, type SyncEnv } from '../sync-env';

jest.setTimeout(120_000);

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the sync status says what happened', () => {
  let env: SyncEnv;
  afterEach(async () => env.close());

  it('fault: every search answers HTTP 500 — the status says "Jira is not answering (HTTP 500) since …" after a few failures, then the sync finishes when Jira is back', async () => {
    env = await startSyncEnv({ issueCount: 300 });
    env.emulator.state.setFaults([{ endpoint: 'search', status: 500 }]);
    const startedMs = Date.now();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    const failing = await until(() => getSyncStatus(env.store, DEMO_SQUAD.id), (s) => s.outage !== null);
    expect(failing.phase).toBe('backfilling');
    expect(failing.outage).toMatchObject({ httpStatus: 500 });
    expect(failing.outage?.failures).toBeGreaterThanOrEqual(2);
    expect(Date.parse(failing.outage?.sinceAt ?? '')).toBeGreaterThanOrEqual(startedMs - 1000);
    // Reported long before the backfill would be marked failed (6 failures, about 15 minutes in Forge).
    expect(failing.error).toBeNull();
    env.emulator.state.resetFaults();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    const done = await until(() => getSyncStatus(env.store, DEMO_SQUAD.id), (s) => s.phase === 'ready');
    expect(done).toMatchObject({ phase: 'ready', outage: null, error: null });
  });

  it('fault: an issue answered without fields.created is skipped and named (to admins), and the sync goes on', async () => {
    env = await startSyncEnv({ issueCount: 300 });
    const odd = env.emulator.state.listIssues().find((r) => r.projectKey === 'MKT');
    if (odd === undefined) throw new Error('no MKT issue');
    // Jira answering one issue without a field the client needs.
    const asApp = env.deps.jira.asApp.bind(env.deps.jira);
    env.deps.jira.asApp = (): JiraHttp => {
      const inner = asApp();
      return {
        async request(req) {
          const res = await inner.request(req);
          if (!req.path.startsWith('/rest/api/3/search/jql') || res.status !== 200) return res;
          const page = JSON.parse(res.text) as { issues?: Array<{ id: string; fields: Record<string, unknown> }> };
          for (const issue of page.issues ?? []) if (issue.id === odd.id) delete issue.fields['created'];
          return { ...res, text: JSON.stringify(page) };
        },
      };
    };
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const admin = await getSyncStatus(env.store, DEMO_SQUAD.id, Date.now(), { nameSkipped: true });
    expect(admin.phase).toBe('ready');
    expect(admin.skipped).toEqual({ count: 1, issues: [{ key: odd.key, reason: 'fields.created is missing or not a valid value' }] });
    const others = await getSyncStatus(env.store, DEMO_SQUAD.id, Date.now());
    expect(others.skipped).toEqual({ count: 1, issues: null });
    const stored = await storedById(env);
    const all = env.emulator.state.listIssues().filter((r) => DEMO_SQUAD.projects.includes(r.projectKey));
    expect(stored.size).toBe(all.length - 1);
    expect(stored.has(odd.id)).toBe(false);
  });
});
