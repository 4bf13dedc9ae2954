import { z } from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from '../store/keys';
import { bucketOf, issueBytes } from '../store/segment';
import { storedIssueSchema, type StoredIssue } from '../store/stored-issue';
import { SLICE_BUDGET_MS, TimeSlice } from '../ports/time-slice';

/**
 * Backfill staging: each fetched batch is split by segment group and written as chunks, so the
 * build step can read one group's issues without reading everything. Which chunks exist is kept
 * in an index key (KVS listing is only eventually consistent). Rewriting a batch (a retried job)
 * overwrites the same keys, so staging is idempotent.
 */
const PART_MAX_BYTES = 200 * 1024;
const chunkSchema = z.object({ v: z.literal(1), i: z.array(storedIssueSchema) });
const indexSchema = z.object({ v: z.literal(1), parts: z.record(z.string(), z.array(z.number().int().nonnegative())) });
type StagingIndex = z.infer<typeof indexSchema>;

async function readIndex(store: KeyValueStore, squadId: string, generation: number): Promise<StagingIndex> {
  const raw = await store.get(keys.stagingIndex(squadId, generation));
  if (raw === undefined) return { v: 1, parts: {} };
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Staging index of squad "${squadId}" generation ${generation} is invalid`);
  return parsed.data;
}

async function splitParts(issues: StoredIssue[], slice: TimeSlice): Promise<StoredIssue[][]> {
  const parts: StoredIssue[][] = [];
  let current: StoredIssue[] = [];
  let bytes = 0;
  for (const issue of issues) {
    const size = issueBytes(issue) + 1;
    if (current.length > 0 && bytes + size > PART_MAX_BYTES) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(issue);
    bytes += size;
    await slice.tick();
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Writes batch `batch` split into `groups`; answers the bytes staged. */
export async function stageBatch(store: KeyValueStore, squadId: string, generation: number, batch: number, groups: number, issues: StoredIssue[]): Promise<number> {
  const byGroup: StoredIssue[][] = Array.from({ length: groups }, () => []);
  let bytes = 0;
  const slice = new TimeSlice();
  for (const issue of issues) {
    byGroup[bucketOf(issue[0], groups)]?.push(issue);
    bytes += issueBytes(issue);
    await slice.tick();
  }
  const partCounts: number[] = [];
  for (let g = 0; g < groups; g++) {
    const parts = await splitParts(byGroup[g] ?? [], slice);
    partCounts.push(parts.length);
    await Promise.all(parts.map((part, p) => store.set(keys.stagingChunk(squadId, generation, g, batch, p), { v: 1, i: part })));
  }
  const index = await readIndex(store, squadId, generation);
  index.parts[String(batch)] = partCounts;
  await store.set(keys.stagingIndex(squadId, generation), index);
  return bytes;
}

/** Every staged issue of one group, in batch order (a later batch's copy of an issue comes later). */
export async function readStagedGroup(store: KeyValueStore, squadId: string, generation: number, group: number): Promise<StoredIssue[]> {
  const index = await readIndex(store, squadId, generation);
  const wanted: string[] = [];
  const batches = Object.keys(index.parts).map(Number).sort((a, b) => a - b);
  for (const b of batches) {
    const count = index.parts[String(b)]?.[group] ?? 0;
    for (let p = 0; p < count; p++) wanted.push(keys.stagingChunk(squadId, generation, group, b, p));
  }
  const out: StoredIssue[] = [];
  // Each chunk's check is a few ms; a group holds about 20,000 issues: give the loop turns between.
  const slice = new TimeSlice(SLICE_BUDGET_MS, 1);
  for (let i = 0; i < wanted.length; i += 16) {
    const chunks = await Promise.all(wanted.slice(i, i + 16).map((k) => store.get(k)));
    for (let j = 0; j < chunks.length; j++) {
      const parsed = chunkSchema.safeParse(chunks[j]);
      if (!parsed.success) throw new Error(`Staging chunk ${wanted[i + j] ?? ''} is missing or invalid; restart the backfill`);
      for (const issue of parsed.data.i) out.push(issue);
      await slice.tick();
    }
  }
  return out;
}

/** Every staging key of a generation, index included (for cleanup). */
export async function stagingKeysOf(store: KeyValueStore, squadId: string, generation: number): Promise<string[]> {
  const index = await readIndex(store, squadId, generation);
  const out: string[] = [];
  for (const [batch, counts] of Object.entries(index.parts)) {
    counts.forEach((count, group) => {
      for (let p = 0; p < count; p++) out.push(keys.stagingChunk(squadId, generation, group, Number(batch), p));
    });
  }
  out.push(keys.stagingIndex(squadId, generation));
  return out;
}
