import { toForgeIssueEvent } from '../../../local/harness/issue-events';
import type { IssueEvent } from '../../../local/jira-emulator';
import { readManifest } from '../../../src/store/data-manifest';
import { readSegment, updateSegment } from '../../../src/store/issue-segments';
import { SEGMENT_MAX_BYTES, bucketOf, emptySegment, segmentBytes, type Segment } from '../../../src/store/segment';
import type { StoredIssue } from '../../../src/store/stored-issue';
import { handleIssueEvent } from '../../../src/sync/handle-job';
import { reconcileSquad } from '../../../src/sync/reconcile';
import { requestBackfill } from '../../../src/sync/request-backfill';
import { rebucket } from '../../../src/sync/segment-split';
import { readSyncState } from '../../../src/sync/sync-state';
import { DEMO_SQUAD, expectedById, never, startSyncEnv, storedById, storedTimeline, type SyncEnv } from '../sync-env';

jest.setTimeout(120_000);

/**
 * Issue 12.12: a segment that outgrows its cap (issues added after the backfill, by events or the
 * reconcile) is split automatically — the squad's segments double into a new generation built from
 * the stored copy — instead of failing until someone forces a backfill.
 */
describe('fault: a segment outgrows its cap after the backfill', () => {
  let env: SyncEnv;
  afterEach(async () => env.close());

  /** Pads one segment with tombstones (ids of issues that left the squad) until `room` bytes are left. */
  async function fill(segment: number, count: number, generation: number, room: number): Promise<void> {
    await updateSegment(env.store, DEMO_SQUAD.id, generation, segment, (s) => {
      // Each tombstone adds `"id":1,` to the JSON: count bytes as they go instead of re-measuring.
      let bytes = segmentBytes(s);
      for (let n = 9_000_000; bytes < SEGMENT_MAX_BYTES - room; n++) {
        const id = String(n);
        if (bucketOf(id, count) !== segment) continue;
        s.g[id] = 1;
        bytes += id.length + 5;
      }
      return true;
    });
  }

  async function expectStoredEqualsJira(): Promise<void> {
    const stored = await storedById(env);
    const expected = expectedById(env);
    const wrong = [...expected].filter(([id, want]) => JSON.stringify(storedTimeline(stored.get(id) ?? never())) !== JSON.stringify(want));
    expect({ wrong: wrong.map(([id]) => id), count: stored.size }).toEqual({ wrong: [], count: expected.size });
  }

  it('an issue event into a full segment splits the segments (no backfill) and the issue is stored', async () => {
    env = await startSyncEnv({ issueCount: 300, timeScale: 0.002 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const before = (await readManifest(env.store, DEMO_SQUAD.id)) ?? never();
    const fullSyncAt = (await readSyncState(env.store, DEMO_SQUAD.id)).lastFullSyncMs;
    const events: IssueEvent[] = [];
    env.emulator.onIssueEvent((e) => events.push(e));
    const created = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'One issue too many' });
    const target = bucketOf(created.id, before.segments);
    await fill(target, before.segments, before.generation, 20);

    for (const e of events) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
    await env.queue.idle();

    const after = (await readManifest(env.store, DEMO_SQUAD.id)) ?? never();
    expect(after.segments).toBeGreaterThanOrEqual(before.segments * 2);
    expect(after.generation).toBeGreaterThan(before.generation);
    const state = await readSyncState(env.store, DEMO_SQUAD.id);
    expect({ backfill: state.backfill, lastFullSyncMs: state.lastFullSyncMs, generation: state.generation >= after.generation }).toEqual({ backfill: null, lastFullSyncMs: fullSyncAt, generation: true });
    for (let s = 0; s < after.segments; s++) expect(segmentBytes((await readSegment(env.store, DEMO_SQUAD.id, after.generation, s)) ?? never())).toBeLessThan(SEGMENT_MAX_BYTES);
    await expectStoredEqualsJira();
    // The old generation is cleaned up.
    expect(await readSegment(env.store, DEMO_SQUAD.id, before.generation, target)).toBeUndefined();
  });

  it('the reconcile splits when an update it applies overflows, then finishes on the new segments', async () => {
    env = await startSyncEnv({ issueCount: 300, timeScale: 0.002 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const before = (await readManifest(env.store, DEMO_SQUAD.id)) ?? never();
    const created = env.emulator.state.createIssue({ projectKey: 'IT', summary: 'Missed event' });
    await fill(bucketOf(created.id, before.segments), before.segments, before.generation, 20);
    // No event came: the reconcile finds it by `updated`.
    expect(await reconcileSquad(env.deps, DEMO_SQUAD.id)).toMatchObject({ status: 'retry', reason: 'segments split' });
    expect(await reconcileSquad(env.deps, DEMO_SQUAD.id)).toEqual({ status: 'done' });
    expect(((await readManifest(env.store, DEMO_SQUAD.id)) ?? never()).segments).toBeGreaterThanOrEqual(before.segments * 2);
    await expectStoredEqualsJira();
  });

  it('rebucket keeps every issue and tombstone, each in its segment of the new count', () => {
    // The stored shape does not matter to re-bucketing: any value stands for an issue.
    const issue = (id: string): StoredIssue => [id, 'MKT-1'] as unknown as StoredIssue;
    const old: Segment[] = [emptySegment(), emptySegment()];
    for (let n = 1; n <= 500; n++) {
      const id = String(10_000 + n);
      const seg = old[bucketOf(id, 2)] ?? never();
      if (n % 5 === 0) seg.g[id] = n;
      else seg.i[id] = issue(id);
    }
    const parts = rebucket(old, 2);
    expect(parts.length).toBe(4);
    const ids = parts.flatMap((p, s) => Object.keys(p.i).concat(Object.keys(p.g)).map((id) => [id, s] as const));
    expect(ids.length).toBe(500);
    expect(ids.every(([id, s]) => bucketOf(id, 4) === s)).toBe(true);
  });
});
