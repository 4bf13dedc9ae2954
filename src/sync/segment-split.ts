import { readManifest } from '../store/data-manifest';
import { dataStampOp, newDataStamp } from '../store/data-stamp';
import { countIssues, issueCountsOp, totalOf } from '../store/issue-counts';
import { requestWarm } from './warm';
import { readSegment, writeSegment } from '../store/issue-segments';
import { keys } from '../store/keys';
import { acquire, release } from '../store/lock';
import { SEGMENT_TARGET_BYTES, bucketOf, emptySegment, segmentBytes, type Segment } from '../store/segment';
import { cleanupJob } from './jobs';
import { releaseLease, tryLease } from './lease';
import { generationFloor } from './purge';
import { limitsOf, type SyncDeps } from './sync-deps';
import { readSyncState, writeSyncState } from './sync-state';

/** A split never multiplies the segment count by more than this (a hash that uneven is a bug). */
const MAX_SPLIT_FACTOR = 8;

export type SplitOutcome = 'split' | 'busy' | 'skipped';

/**
 * Re-buckets an issue's segments when one outgrew its cap (issue events and reconciles add issues
 * to a published generation): the issues go into a new generation with twice the segments (or
 * more, until each holds about the backfill's target size), from the stored copy alone — no Jira
 * request, no backfill. Counts stay powers of two, so segment `s` of `n` splits into `s` and
 * `s + n`. Every segment lock of the old generation is held while it is copied and the manifest
 * flipped, so no change lands in the old copy unseen: a writer that waited re-applies its change
 * to the new generation (`applyToPublished` re-reads the manifest). The old generation is removed
 * by the usual cleanup. Holds the squad's sync lease unless the caller already does; skipped while
 * a backfill builds (it sizes its own segments from what it staged).
 */
export async function splitSegments(deps: SyncDeps, squadId: string, options: { leaseHeld?: boolean } = {}): Promise<SplitOutcome> {
  const { store } = deps;
  const limits = limitsOf(deps);
  const lease = options.leaseHeld === true ? null : await tryLease(store, keys.syncLease(squadId), limits.leaseTtlSeconds);
  if (options.leaseHeld !== true && lease === null) return 'busy';
  try {
    const [state, manifest, floor] = await Promise.all([readSyncState(store, squadId), readManifest(store, squadId), generationFloor(store, squadId)]);
    if (manifest === undefined || state.backfill !== null) return 'skipped';
    // Reserve the generation number first, as a backfill does: it is never reused.
    const generation = Math.max(state.generation, manifest.generation, floor) + 1;
    await writeSyncState(store, squadId, { ...state, generation });
    const held: Array<[string, string]> = [];
    try {
      for (let s = 0; s < manifest.segments; s++) {
        const key = keys.segmentLock(squadId, manifest.generation, s);
        held.push([key, await acquire(store, key, { ttlSeconds: 120 })]);
      }
      const old: Segment[] = [];
      for (let s = 0; s < manifest.segments; s++) {
        const seg = await readSegment(store, squadId, manifest.generation, s);
        // Cleaned up meanwhile: a newer generation is live, nothing to split here.
        if (seg === undefined) return 'skipped';
        old.push(seg);
      }
      const parts = rebucket(old, manifest.segments);
      for (let s = 0; s < parts.length; s++) await writeSegment(store, squadId, generation, s, parts[s] ?? emptySegment());
      // Same issues, new generation: the flip, their counts and a new stamp in one transaction.
      const counts: Record<string, number> = {};
      for (const seg of old) countIssues(Object.values(seg.i), counts);
      const stamp = newDataStamp();
      await store.transact([
        { op: 'set', key: keys.dataManifest(squadId), value: { ...manifest, generation, segments: parts.length, issueCount: totalOf(counts), publishedAtMs: deps.clock.nowMs() } },
        issueCountsOp(squadId, { v: 1, generation, stamp, counts }),
        dataStampOp(squadId, stamp),
      ]);
      deps.log.info('segments split', { squadId, from: manifest.segments, to: parts.length, generation });
    } finally {
      for (const [key, token] of held) await release(store, key, token);
    }
    await deps.queue.push([cleanupJob({ squadId })], { delaySeconds: limits.cleanupDelaySeconds });
    await requestWarm(deps, squadId, { immediate: true });
    return 'split';
  } finally {
    if (lease !== null) await releaseLease(store, keys.syncLease(squadId), lease);
  }
}

/** The issues and tombstones of `old` (n segments) in 2n segments, or more until each is about the target size. */
export function rebucket(old: readonly Segment[], n: number): Segment[] {
  for (let count = n * 2; ; count *= 2) {
    const parts = Array.from({ length: count }, emptySegment);
    for (const seg of old) {
      for (const [id, issue] of Object.entries(seg.i)) (parts[bucketOf(id, count)] ?? emptySegment()).i[id] = issue;
      for (const [id, at] of Object.entries(seg.g)) (parts[bucketOf(id, count)] ?? emptySegment()).g[id] = at;
    }
    if (parts.every((p) => segmentBytes(p) <= SEGMENT_TARGET_BYTES) || count >= n * MAX_SPLIT_FACTOR) return parts;
  }
}
