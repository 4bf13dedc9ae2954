import { toForgeIssueEvent } from '../../local/harness/issue-events';
import type { IssueEvent } from '../../local/jira-emulator';
import type { IssueRecord } from '../../local/demo-data';
import { handleIssueEvent } from '../../src/sync/handle-job';
import { reconcileSquad } from '../../src/sync/reconcile';
import { requestBackfill } from '../../src/sync/request-backfill';
import { readSyncState } from '../../src/sync/sync-state';
import { DEMO_SQUAD, expectedById, expectedTimeline, never, startSyncEnv, storedById, storedTimeline, type SyncEnv } from './sync-env';

const WORKFLOW: Record<string, string[]> = {
  MKT: ['10000', '10001', '10002', '10003', '10004'],
  IT: ['10100', '10101', '10102', '10103', '10104', '10105'],
};

/** A status of the issue's workflow other than its current one. */
function otherStatus(r: IssueRecord, shift = 1): string {
  const list = WORKFLOW[r.projectKey] ?? never();
  const i = list.indexOf(r.statusId);
  return list[(i + shift + list.length) % list.length] ?? never();
}

describe('incremental sync', () => {
  let env: SyncEnv;
  const events: IssueEvent[] = [];
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 1500 });
    env.emulator.onIssueEvent((e) => events.push(e));
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  /** Issues Jira will report as updated since `sinceMs` minus the reconcile's overlap (and a minute of rounding). */
  const inWindow = (sinceMs: number): number => env.emulator.state.listIssues().filter((r) => r.updatedMs >= sinceMs - 6 * 60_000).length;

  it('reconciles k changed issues with ceil(k/100) searches and ceil(k/1000) bulkfetches', async () => {
    const lastSyncMs = (await readSyncState(env.store, DEMO_SQUAD.id)).lastSyncMs ?? never();
    const changed = env.emulator.state.listIssues().filter((r) => WORKFLOW[r.projectKey]).slice(0, 150);
    for (const r of changed) env.emulator.state.transitionIssue(r.id, otherStatus(r));
    // k: the 150 changed here plus any the demo history itself updated inside the window.
    const k = inWindow(lastSyncMs);
    env.resetRequests();
    await reconcileSquad(env.deps, DEMO_SQUAD.id);
    const req = env.requests();
    expect(req['search']).toBeGreaterThanOrEqual(2);
    expect(req['search']).toBeLessThanOrEqual(Math.ceil(k / 100));
    expect(req['bulkfetch']).toBe(1);
    expect(Object.keys(req).sort()).toEqual(['bulkfetch', 'search']);
    const stored = await storedById(env);
    for (const r of changed) expect(storedTimeline(stored.get(r.id) ?? never())).toEqual(expectedTimeline(env.emulator.state.getIssue(r.id) ?? never()));
    expect(stored.size).toBe(expectedById(env).size);
  }, 30_000);

  it('costs one search when nothing changed in the window, whatever the squad size', async () => {
    // The last changes are now two hours old in Jira's eyes; our last sync was moments ago.
    env.advanceJiraClock(2 * 60 * 60_000);
    env.resetRequests();
    // A different overlap gives a different JQL text: the emulator caches search results per JQL
    // text and store version, and would otherwise answer this relative-date query from before.
    await reconcileSquad({ ...env.deps, syncLimits: { reconcileOverlapMs: 7 * 60_000 } }, DEMO_SQUAD.id);
    expect(env.requests()).toEqual({ search: 1 });
  });

  it('leaves the right timeline when events come twice and in reverse order, two requests each', async () => {
    const target = env.emulator.state.listIssues().find((r) => r.projectKey === 'IT') ?? never();
    events.length = 0;
    env.emulator.state.transitionIssue(target.id, otherStatus(target, 1));
    env.emulator.state.transitionIssue(target.id, otherStatus(target, 2));
    const [first, second] = events;
    env.resetRequests();
    for (const e of [second, first, second]) await handleIssueEvent(env.deps, toForgeIssueEvent(e ?? never()));
    expect(env.requests()).toEqual({ issue: 3, bulkfetch: 3 });
    const stored = (await storedById(env)).get(target.id) ?? never();
    expect(storedTimeline(stored)).toEqual(expectedTimeline(env.emulator.state.getIssue(target.id) ?? never()));
  });

  it('adds created issues and removes deleted ones, even when a stale update arrives after the delete', async () => {
    events.length = 0;
    const created = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'New idea' });
    const victim = env.emulator.state.listIssues().find((r) => r.projectKey === 'MKT' && r.id !== created.id) ?? never();
    env.emulator.state.transitionIssue(victim.id, otherStatus(victim));
    env.emulator.state.deleteIssue(victim.id);
    for (const e of events) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
    // The update event for the deleted issue delivered again, late.
    const staleUpdate = events.find((e) => e.issueId === victim.id && e.type === 'updated') ?? never();
    await handleIssueEvent(env.deps, toForgeIssueEvent(staleUpdate));
    const stored = await storedById(env);
    expect(stored.has(victim.id)).toBe(false);
    expect(storedTimeline(stored.get(created.id) ?? never())).toEqual(expectedTimeline(env.emulator.state.getIssue(created.id) ?? never()));
    expect(stored.size).toBe(expectedById(env).size);
  });
});
