import type { KeyValueStore } from '../ports/key-value-store';
import { readManifest, type DataManifest } from './data-manifest';
import { keys } from './keys';
import { withLock, type LockOptions } from './lock';
import { SEGMENT_MAX_BYTES, SegmentFullError, segmentBytes, segmentSchema, type Segment } from './segment';
import type { StoredIssue } from './stored-issue';
import { touchDataStamp } from './data-stamp';

export async function readSegment(store: KeyValueStore, squadId: string, generation: number, segment: number): Promise<Segment | undefined> {
  const raw = await store.get(keys.segment(squadId, generation, segment));
  if (raw === undefined) return undefined;
  const parsed = segmentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Stored segment ${segment} (generation ${generation}) of squad "${squadId}" is invalid at ${first?.path.join('.') ?? '(root)'}: ${first?.message ?? ''}`);
  }
  return parsed.data;
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
    for (const s of segments) for (const issue of Object.values(s.i)) issues.push(issue);
    return { manifest, issues };
  }
  throw new Error(`Squad "${squadId}": the published data changed twice while it was read; try again`);
}

async function readAll(store: KeyValueStore, squadId: string, manifest: DataManifest, concurrency: number): Promise<Segment[] | undefined> {
  const out: Segment[] = [];
  for (let start = 0; start < manifest.segments; start += concurrency) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(concurrency, manifest.segments - start) }, (_, i) => readSegment(store, squadId, manifest.generation, start + i)),
    );
    for (const s of batch) {
      if (s === undefined) return undefined;
      out.push(s);
    }
  }
  return out;
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
      if (current === undefined || !change(current)) return false;
      await writeSegment(store, squadId, generation, segment, current);
      // After the write: a reader that saw the old stamp re-derives from data at least this new.
      await touchDataStamp(store, squadId);
      return true;
    },
    lock,
  );
}
