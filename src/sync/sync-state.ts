import { z } from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from '../store/keys';

/** Bumped when the stored shape changes; an older state is read as "never synced" and rebuilt. */
export const SYNC_SCHEMA_VERSION = 1;

const requestCounts = z.object({
  search: z.number().int().nonnegative(),
  bulkfetch: z.number().int().nonnegative(),
  changelog: z.number().int().nonnegative(),
  other: z.number().int().nonnegative(),
});
export type RequestCounts = z.infer<typeof requestCounts>;
export const zeroCounts = (): RequestCounts => ({ search: 0, bulkfetch: 0, changelog: 0, other: 0 });

/** How many skipped issues are named; the count goes on past it. */
export const SKIPPED_NAMED_MAX = 50;
const skippedSchema = z.object({
  count: z.number().int().nonnegative(),
  issues: z.array(z.object({ id: z.string().nullable(), key: z.string().nullable(), reason: z.string() })).max(SKIPPED_NAMED_MAX),
});
export type SkippedIssues = z.infer<typeof skippedSchema>;
export const noneSkipped = (): SkippedIssues => ({ count: 0, issues: [] });

const backfillSchema = z.object({
  generation: z.number().int().positive(),
  /** Fetch scope the backfill was started for (see fetch-scope.ts). */
  scopeKey: z.string(),
  /** Bumped by every job that makes progress; a job carrying an older seq is a duplicate. */
  seq: z.number().int().nonnegative(),
  step: z.enum(['fetch', 'build', 'publish']),
  startedAtMs: z.number(),
  updatedAtMs: z.number(),
  /** Enhanced-search `nextPageToken` of the next page to fetch; null before the first page. */
  cursor: z.string().nullable(),
  /** Batches (≈1,000 issues, one bulkfetch each) staged so far. */
  batches: z.number().int().nonnegative(),
  issuesDone: z.number().int().nonnegative(),
  issuesEstimated: z.number().int().nonnegative().nullable(),
  /** Segment groups the staging is split into (power of two); segments are a multiple of it. */
  groups: z.number().int().positive(),
  /** Chosen when fetching ends, from the bytes staged. */
  segments: z.number().int().positive().nullable(),
  stagedBytes: z.number().int().nonnegative(),
  /** Next group to build in the build step. */
  nextGroup: z.number().int().nonnegative(),
  /** Issues written to segments by the build step (copies merged, deletions applied). */
  builtIssues: z.number().int().nonnegative().default(0),
  /** The same per project (null from before it was kept: the publish counts the segments). */
  builtCounts: z.record(z.string(), z.number().int().nonnegative()).nullable().default(null),
  /** The site has no bulkfetch: changelogs are paged per issue. */
  perIssue: z.boolean().default(false),
  /** The squad incarnation (src/store/squad-config-repo.ts) the backfill runs for; null from before incarnations. */
  incarnation: z.string().nullable().default(null),
  /** Consecutive failed attempts; the backfill is marked failed after too many. */
  failures: z.number().int().nonnegative(),
  /** When the current run of failures began, and the HTTP status of the last one (null: no answer). */
  failingSinceMs: z.number().nullable().default(null),
  lastFailureStatus: z.number().int().nullable().default(null),
  /** Issues left out so far for a missing or malformed field. */
  skipped: skippedSchema.default(noneSkipped),
  requests: requestCounts,
});
export type BackfillState = z.infer<typeof backfillSchema>;

export const syncStateSchema = z.object({
  v: z.literal(SYNC_SCHEMA_VERSION),
  /** Last generation number handed out; generations only grow. */
  generation: z.number().int().nonnegative(),
  backfill: backfillSchema.nullable(),
  /** Changes updated at or after this instant may not be stored yet (reconcile watermark). */
  lastSyncMs: z.number().nullable(),
  lastFullSyncMs: z.number().nullable(),
  /** Last sweep for issues deleted or moved out without an event reaching us. */
  lastSweepMs: z.number().nullable().default(null),
  /** Requests the last completed full sync took. */
  lastFullSyncRequests: requestCounts.nullable(),
  error: z.string().nullable(),
  /** Issues the last published backfill left out (missing or malformed fields). */
  skipped: skippedSchema.nullable().default(null),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export function emptySyncState(): SyncState {
  return { v: SYNC_SCHEMA_VERSION, generation: 0, backfill: null, lastSyncMs: null, lastFullSyncMs: null, lastSweepMs: null, lastFullSyncRequests: null, error: null, skipped: null };
}

/** Reads the state; a missing or older-schema value reads as empty (the next backfill rebuilds). */
export async function readSyncState(store: KeyValueStore, squadId: string): Promise<SyncState> {
  const raw = await store.get(keys.syncState(squadId));
  if (raw === undefined) return emptySyncState();
  const parsed = syncStateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A state from an older schema: keep the generation counter so new keys never collide with old ones.
  const generation = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && typeof raw['generation'] === 'number' ? raw['generation'] : 0;
  return { ...emptySyncState(), generation };
}

export async function writeSyncState(store: KeyValueStore, squadId: string, state: SyncState): Promise<void> {
  await store.set(keys.syncState(squadId), state);
}

export function addCounts(a: RequestCounts, b: RequestCounts): RequestCounts {
  return { search: a.search + b.search, bulkfetch: a.bulkfetch + b.bulkfetch, changelog: a.changelog + b.changelog, other: a.other + b.other };
}
