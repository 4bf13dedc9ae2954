import { toForgeIssueEvent } from '../../../local/harness/issue-events';
import type { FaultRule, IssueEvent } from '../../../local/jira-emulator';
import type { JiraHttp } from '../../../src/ports/jira-http';
import { handleIssueEvent } from '../../../src/sync/handle-job';
import { requestBackfill } from '../../../src/sync/request-backfill';
import { getSyncStatus } from '../../../src/sync/sync-status';
import { readSyncState } from '../../../src/sync/sync-state';
import { DEMO_SQUAD, expectedById, startSyncEnv, storedById, storedTimeline, type SyncEnv, type SyncEnvOptions } from '../sync-env';

jest.setTimeout(120_000);

/**
 * Faults through the emulator (issue 12's standing suite): Jira misbehaving while a squad's
 * backfill runs. Whatever the fault, the sync finishes, the published copy holds exactly Jira's
 * issues with their full status history (nothing lost, nothing half-written), and the status a
 * page shows says how it ended.
 */
async function expectStoredEqualsJira(env: SyncEnv): Promise<void> {
  const stored = await storedById(env);
  const expected = expectedById(env);
  const wrong = [...expected].filter(([id, want]) => {
    const got = stored.get(id);
    return got === undefined || JSON.stringify(storedTimeline(got)) !== JSON.stringify(want);
  });
  const extra = [...stored.keys()].filter((id) => !expected.has(id));
  expect({ wrong: wrong.map(([id]) => id), extra, count: stored.size }).toEqual({ wrong: [], extra: [], count: expected.size });
}

/**
 * The status after the run. `issueCount` is the count the backfill published: changes applied
 * afterwards (events, the reconcile's sweep) do not update it, so it is compared only where none came.
 */
async function expectReadyStatus(env: SyncEnv, options: { count: boolean } = { count: true }): Promise<void> {
  const status = await getSyncStatus(env.store, DEMO_SQUAD.id);
  expect({ phase: status.phase, error: status.error, outage: status.outage ?? null, ...(options.count ? { issueCount: status.issueCount } : {}) }).toEqual({
    phase: 'ready',
    error: null,
    outage: null,
    ...(options.count ? { issueCount: expectedById(env).size } : {}),
  });
}

/** A backfill under `faults` (cleared once it is done), with the client's waits recorded. */
async function syncUnder(faults: FaultRule[], options: Partial<SyncEnvOptions> = {}, clientTimeoutMs?: number): Promise<{ env: SyncEnv; waits: number[] }> {
  const env = await startSyncEnv({ issueCount: 450, timeScale: 0.002, ...options });
  const waits: number[] = [];
  const sleep = env.deps.jiraClientOptions?.sleep;
  env.deps.jiraClientOptions = {
    ...env.deps.jiraClientOptions,
    ...(clientTimeoutMs === undefined ? {} : { timeoutMs: clientTimeoutMs }),
    sleep: (ms: number) => {
      waits.push(ms);
      return sleep ? sleep(ms) : Promise.resolve();
    },
  };
  env.emulator.state.setFaults(faults, 5);
  await requestBackfill(env.deps, DEMO_SQUAD.id);
  await env.queue.idle();
  return { env, waits };
}

describe('faults through the emulator: the sync finishes, stores exactly what Jira holds, and says so', () => {
  let env: SyncEnv | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  it('fault: a 429 storm with Retry-After: 5 on search and bulkfetch — waits at least what Jira asks', async () => {
    const run = await syncUnder([{ endpoint: ['search', 'bulkfetch'], status: 429, retryAfterSeconds: 5, count: 6 }]);
    env = run.env;
    expect(env.emulator.state.stats().faultsInjected).toBe(6);
    // The client waits what Retry-After asks (a request that keeps failing goes back to the queue, which waits as long).
    expect(run.waits.filter((ms) => ms >= 5000).length).toBeGreaterThanOrEqual(3);
    expect(run.waits.filter((ms) => ms < 5000)).toEqual([]);
    await expectStoredEqualsJira(env);
    await expectReadyStatus(env);
  });

  it('fault: bursts of HTTP 500 and 503 on every endpoint', async () => {
    env = (await syncUnder([{ status: 500, count: 3 }, { status: 503, skip: 4, count: 4, retryAfterSeconds: null }])).env;
    expect(env.emulator.state.stats().faultsInjected).toBe(7);
    await expectStoredEqualsJira(env);
    await expectReadyStatus(env);
  });

  it('fault: answers slower than the client timeout (search and bulkfetch take 1.5 s; the client gives up after 0.4 s)', async () => {
    env = (await syncUnder([{ endpoint: ['search', 'bulkfetch'], latencyMs: 1500, count: 2 }], {}, 400)).env;
    await expectStoredEqualsJira(env);
    await expectReadyStatus(env);
  });

  it('fault: truncated and malformed JSON bodies with HTTP 200', async () => {
    env = (await syncUnder([{ endpoint: 'search', body: 'truncated', count: 2 }, { endpoint: 'bulkfetch', body: 'malformed', count: 2 }])).env;
    expect(env.emulator.state.stats().faultsInjected).toBe(4);
    await expectStoredEqualsJira(env);
    await expectReadyStatus(env);
  });

  it('fault: pages change between requests — issues created, moved and deleted between search pages (events delivered as they happen)', async () => {
    env = await startSyncEnv({ issueCount: 450, timeScale: 0.002 });
    const e = env;
    const events: IssueEvent[] = [];
    e.emulator.onIssueEvent((ev) => events.push(ev));
    let pages = 0;
    const asApp = e.deps.jira.asApp.bind(e.deps.jira);
    e.deps.jira.asApp = (): JiraHttp => {
      const inner = asApp();
      return {
        async request(req) {
          const res = await inner.request(req);
          if (req.path.startsWith('/rest/api/3/search/jql') && res.status === 200 && ++pages === 1) {
            // Between page 1 and page 2: one issue already read is moved, one is deleted, one not yet read is deleted, one is created.
            const page = (JSON.parse(res.text) as { issues: Array<{ id: string }> }).issues.map((i) => i.id);
            const all = e.emulator.state.listIssues().filter((r) => DEMO_SQUAD.projects.includes(r.projectKey));
            const [moved, gone] = all.filter((r) => page.includes(r.id) && r.projectKey === 'MKT' && r.statusId === '10000');
            const later = all.filter((r) => !page.includes(r.id)).at(-1);
            if (moved === undefined || gone === undefined || later === undefined) throw new Error('demo data lacks the issues this fault needs');
            e.emulator.state.transitionIssue(moved.id, '10002');
            e.emulator.state.deleteIssue(gone.id);
            e.emulator.state.deleteIssue(later.id);
            e.emulator.state.createIssue({ projectKey: 'IT', summary: 'Created while the backfill pages' });
            for (const ev of events.splice(0)) await handleIssueEvent(e.deps, toForgeIssueEvent(ev));
          }
          return res;
        },
      };
    };
    await requestBackfill(e.deps, DEMO_SQUAD.id);
    await e.queue.idle();
    expect(pages).toBeGreaterThan(2);
    await expectStoredEqualsJira(e);
    await expectReadyStatus(e, { count: false });
  });

  it('fault: an issue deleted after its search page, before its changelog is fetched — gone from the store, nothing half-written', async () => {
    env = await startSyncEnv({ issueCount: 450, timeScale: 0.002 });
    const e = env;
    const events: IssueEvent[] = [];
    e.emulator.onIssueEvent((ev) => events.push(ev));
    let deleted: string | null = null;
    const asApp = e.deps.jira.asApp.bind(e.deps.jira);
    e.deps.jira.asApp = (): JiraHttp => {
      const inner = asApp();
      return {
        async request(req) {
          if (deleted === null && req.path.startsWith('/rest/api/3/changelog/bulkfetch')) {
            const ids = (req.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
            // One with a history, so a copy without it would show.
            deleted = ids.find((id) => (e.emulator.state.getIssue(id)?.histories.length ?? 0) > 2) ?? null;
            if (deleted !== null) e.emulator.state.deleteIssue(deleted);
            // Jira's "issue deleted" event reaches the app while the backfill runs.
            for (const ev of events.splice(0)) await handleIssueEvent(e.deps, toForgeIssueEvent(ev));
          }
          return inner.request(req);
        },
      };
    };
    await requestBackfill(e.deps, DEMO_SQUAD.id);
    await e.queue.idle();
    expect(deleted).not.toBeNull();
    await expectStoredEqualsJira(e);
    expect((await storedById(e)).has(deleted ?? '')).toBe(false);
    expect((await getSyncStatus(e.store, DEMO_SQUAD.id)).phase).toBe('ready');
  });

  it('fault: a status deleted from a workflow — histories still name it; the sync stores them as Jira gave them', async () => {
    env = await startSyncEnv({ issueCount: 450, timeScale: 0.002 });
    const e = env;
    const asApp = e.deps.jira.asApp.bind(e.deps.jira);
    // Jira keeps history items pointing at a status that no workflow has any more.
    e.deps.jira.asApp = (): JiraHttp => {
      const inner = asApp();
      return {
        async request(req) {
          const res = await inner.request(req);
          if (!req.path.startsWith('/rest/api/3/changelog/bulkfetch') || res.status !== 200) return res;
          return { ...res, text: res.text.replace(/"to":"10001"/g, '"to":"10999"').replace(/"from":"10001"/g, '"from":"10999"') };
        },
      };
    };
    await requestBackfill(e.deps, DEMO_SQUAD.id);
    await e.queue.idle();
    const stored = [...(await storedById(e)).values()];
    expect(stored.length).toBe(expectedById(e).size);
    expect(stored.some((h) => h.changes.some((c) => c.toStatusId === '10999'))).toBe(true);
    expect((await readSyncState(e.store, DEMO_SQUAD.id)).backfill).toBeNull();
    await expectReadyStatus(e);
  });
});
