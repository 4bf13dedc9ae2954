import type { JsonValue, KeyValueStore } from '../ports/key-value-store';
import { readManifest, type DataManifest } from './data-manifest';
import { keys } from './keys';
import { withLock, type LockOptions } from './lock';
import { SEGMENT_MAX_BYTES, SegmentFullError, segmentBytes, type Segment } from './segment';
import { checkSegment } from './segment-check';
import type { StoredIssue } from './stored-issue';
import { dataStampOp, newDataStamp } from './data-stamp';
import { applyDelta, countIssues, issueCountsOp, readIssueCounts, segmentCounts } from './issue-counts';
import { SLICE_BUDGET_MS, TimeSlice } from '../ports/time-slice';

export async function readSegment(store: KeyValueStore, squadId: string, generation: number, segment: number): Promise<Segment | undefined> {
  const raw = await store.get(keys.segment(squadId, generation, segment));
  return raw === undefined ? undefined : parseSegment(raw, squadId, generation, segment);
}

/**
 * A stored segment's value checked against its schema, by hand (segment-check.ts: the same rules
 * as `segmentSchema`, tested against it): zod rebuilt every tuple of every segment on each cold
 * read, more time than reading them. Nothing is copied.
 */
function parseSegment(raw: unknown, squadId: string, generation: number, segment: number): Segment {
  const checked = checkSegment(raw);
  if (!checked.ok) throw new Error(`Stored segment ${segment} (generation ${generation}) of squad "${squadId}" is invalid at ${checked.path}: ${checked.message}`);
  return checked.segment;
}

export async function writeSegment(store: KeyValueStore, squadId: string, generation: number, segment: number, value: Segment): Promise<void> {
  const bytes = segmentBytes(value);
  if (bytes > SEGMENT_MAX_BYTES) throw new SegmentFullError(squadId, segment, bytes);
  await store.set(keys.segment(squadId, generation, segment), value);
}

export interface PublishedIssues {
  manifest: DataManifest;
  issues: StoredIssue[];
}

/**
 * Every stored issue of the published generation. Reads the manifest, then its segments (a few at a
 * time). If a segment is gone, a newer generation was published and the old one cleaned up
 * meanwhile: start over once from the new manifest, so the answer is never a mix.
 */
export async function readPublishedIssues(store: KeyValueStore, squadId: string, options: { concurrency?: number } = {}): Promise<PublishedIssues | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const manifest = await readManifest(store, squadId);
    if (manifest === undefined) return undefined;
    const segments = await readAll(store, squadId, manifest, options.concurrency ?? 16);
    if (segments === undefined) continue;
    const issues: StoredIssue[] = [];
    const slice = new TimeSlice(SLICE_BUDGET_MS, 1);
    for (const s of segments) {
      for (const issue of Object.values(s.i)) issues.push(issue);
      await slice.tick();
    }
    return { manifest, issues };
  }
  throw new Error(`Squad "${squadId}": the published data changed twice while it was read; try again`);
}

/**
 * The manifest's segments, read a few at a time and checked one by one; parsing 50,000 issues
 * takes seconds, so the event loop gets a turn whenever a slice is used up (other requests wait
 * at most about one slice).
 */
async function readAll(store: KeyValueStore, squadId: string, manifest: DataManifest, concurrency: number): Promise<Segment[] | undefined> {
  const out: Segment[] = [];
  const slice = new TimeSlice(SLICE_BUDGET_MS, 1);
  for (let start = 0; start < manifest.segments; start += concurrency) {
    const raws = await Promise.all(Array.from({ length: Math.min(concurrency, manifest.segments - start) }, (_, i) => store.get(keys.segment(squadId, manifest.generation, start + i))));
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i];
      if (raw === undefined) return undefined;
      out.push(parseSegment(raw, squadId, manifest.generation, start + i));
      await slice.tick();
    }
  }
  return out;
}

/** Stored issues per project in generation `generation` (every segment read; for a publish that lacks them). */
export async function countGeneration(store: KeyValueStore, squadId: string, generation: number, segments: number): Promise<Record<string, number>> {
  const all = await readAll(store, squadId, { v: 1, generation, segments, issueCount: 0, scopeKey: '', publishedAtMs: 0 }, 16);
  if (all === undefined) throw new Error(`Squad "${squadId}": generation ${generation} lacks a segment`);
  const counts: Record<string, number> = {};
  for (const s of all) countIssues(Object.values(s.i), counts);
  return counts;
}

/**
 * Read-change-write of one segment under its lock. `change` mutates the segment and answers
 * whether it changed; nothing is written otherwise. Answers false when the segment does not exist
 * (a generation still being built, or already cleaned up).
 */
export async function updateSegment(
  store: KeyValueStore,
  squadId: string,
  generation: number,
  segment: number,
  change: (s: Segment) => boolean,
  lock: LockOptions = {},
): Promise<boolean> {
  return withLock(
    store,
    keys.segmentLock(squadId, generation, segment),
    async () => {
      const current = await readSegment(store, squadId, generation, segment);
      if (current === undefined) return false;
      const before = segmentCounts(current);
      if (!change(current)) return false;
      const bytes = segmentBytes(current);
      if (bytes > SEGMENT_MAX_BYTES) throw new SegmentFullError(squadId, segment, bytes);
      const after = segmentCounts(current);
      // The segment, a new data stamp and the squad's issue counts in one transaction: a reader
      // never sees counts that disagree with the data (the counts lock is only ever taken inside
      // a segment lock, so two segments' changes cannot lose one another's count).
      await withLock(store, keys.issueCountsLock(squadId), async () => {
        const counts = await readIssueCounts(store, squadId);
        const stamp = newDataStamp();
        const ops: Array<{ op: 'set'; key: string; value: JsonValue }> = [
          { op: 'set', key: keys.segment(squadId, generation, segment), value: current },
          dataStampOp(squadId, stamp),
        ];
        // Counts of another generation (or none) are left alone: readers then count the segments.
        if (counts?.generation === generation) ops.push(issueCountsOp(squadId, { v: 1, generation, stamp, counts: applyDelta(counts.counts, before, after) }));
        await store.transact(ops);
      });
      return true;
    },
    lock,
  );
}
