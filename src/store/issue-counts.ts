import { z } from 'zod';
import type { JsonValue, KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';
import type { Segment } from './segment';
import { storedProject, type StoredIssue } from './stored-issue';

/**
 * Stored issues per project of one state of a squad's published data: the generation and the data
 * stamp (see data-stamp.ts) they were counted for. Written in the same transaction as the data they
 * describe — the manifest when a generation is published or split, the segment and the stamp when
 * an event or the reconcile changes one in place — so the counts and the data never disagree, and
 * `sync.status` and the read side's visibility check need no recount between backfills.
 */
export const issueCountsSchema = z.object({
  v: z.literal(1),
  generation: z.number().int().positive(),
  stamp: z.string(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type IssueCounts = z.infer<typeof issueCountsSchema>;

export async function readIssueCounts(store: KeyValueStore, squadId: string): Promise<IssueCounts | undefined> {
  const parsed = issueCountsSchema.safeParse(await store.get(keys.issueCounts(squadId)));
  // Unreadable counts are no counts: readers count the segments instead.
  return parsed.success ? parsed.data : undefined;
}

/** The transaction operation that writes `counts`. */
export function issueCountsOp(squadId: string, counts: IssueCounts): { op: 'set'; key: string; value: JsonValue } {
  return { op: 'set', key: keys.issueCounts(squadId), value: counts };
}

export function totalOf(counts: Record<string, number>): number {
  let n = 0;
  for (const v of Object.values(counts)) n += v;
  return n;
}

/** Issues per project in `issues` (added to `into` when given). */
export function countIssues(issues: Iterable<StoredIssue>, into: Record<string, number> = {}): Record<string, number> {
  for (const s of issues) {
    const p = storedProject(s);
    into[p] = (into[p] ?? 0) + 1;
  }
  return into;
}

export function segmentCounts(segment: Segment): Record<string, number> {
  return countIssues(Object.values(segment.i));
}

/** `counts + after − before`, dropping projects left with none. */
export function applyDelta(counts: Record<string, number>, before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out = { ...counts };
  for (const [p, n] of Object.entries(after)) out[p] = (out[p] ?? 0) + n;
  for (const [p, n] of Object.entries(before)) out[p] = (out[p] ?? 0) - n;
  for (const [p, n] of Object.entries(out)) if (n <= 0) delete out[p];
  return out;
}
