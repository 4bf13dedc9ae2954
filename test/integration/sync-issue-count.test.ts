import { toForgeIssueEvent } from '../../local/harness/issue-events';
import type { IssueEvent } from '../../local/jira-emulator';
import { readManifest } from '../../src/store/data-manifest';
import { readDataStamp } from '../../src/store/data-stamp';
import { readIssueCounts } from '../../src/store/issue-counts';
import { readPublishedIssues } from '../../src/store/issue-segments';
import { countByProject } from '../../src/squad-view/stored-data';
import { handleIssueEvent } from '../../src/sync/handle-job';
import { requestBackfill } from '../../src/sync/request-backfill';
import { getSyncStatus } from '../../src/sync/sync-status';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';

/**
 * `sync.status`'s issue count (the admin page's "n issues loaded", also answered by `squads.save`)
 * follows incremental creates and deletes between backfills: the counts are written in the same
 * transaction as the segment and stamp they describe.
 */
describe('sync status issue count between backfills', () => {
  let env: SyncEnv;
  const events: IssueEvent[] = [];
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 400 });
    env.emulator.onIssueEvent((e) => events.push(e));
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  /** What the store holds, counted the slow way, against the kept counts and the status. */
  async function expectExact(): Promise<number> {
    const published = (await readPublishedIssues(env.store, DEMO_SQUAD.id)) ?? never();
    const kept = (await readIssueCounts(env.store, DEMO_SQUAD.id)) ?? never();
    expect(kept.generation).toBe(published.manifest.generation);
    expect(kept.stamp).toBe(await readDataStamp(env.store, DEMO_SQUAD.id));
    expect(kept.counts).toEqual(countByProject(published.issues));
    expect((await getSyncStatus(env.store, DEMO_SQUAD.id, env.deps.clock.nowMs())).issueCount).toBe(published.issues.length);
    return published.issues.length;
  }

  it('is exact after the backfill', async () => {
    const n = await expectExact();
    expect(n).toBeGreaterThan(0);
    expect((await readManifest(env.store, DEMO_SQUAD.id))?.issueCount).toBe(n);
  });

  it('counts issues created and deleted by events, and a duplicate event changes nothing', async () => {
    const before = await expectExact();
    events.length = 0;
    const a = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'First new idea' });
    env.emulator.state.createIssue({ projectKey: 'IT', summary: 'Second new idea' });
    for (const e of events) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
    expect(await expectExact()).toBe(before + 2);

    events.length = 0;
    const victims = env.emulator.state.listIssues().filter((r) => r.projectKey === 'IT' && r.id !== a.id).slice(0, 3);
    for (const v of victims) env.emulator.state.deleteIssue(v.id);
    for (const e of [...events, ...events]) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
    expect(await expectExact()).toBe(before + 2 - 3);
  });
});
