/**
 * Every storage key, in one place, namespaced by squad so one squad's data can be listed and
 * removed by prefix. Squad IDs are validated slugs (see squad-config schema), so no escaping.
 *
 * Issue data lives under a generation: a backfill writes `squad:{id}:g{gen}:…` keys while readers
 * keep using the published generation named by `squad:{id}:data`, which is flipped last.
 */
export const keys = {
  squadIndex: (): string => 'squads:index',
  squadConfig: (squadId: string): string => `squad:${squadId}:config`,
  squadPrefix: (squadId: string): string => `squad:${squadId}:`,
  syncState: (squadId: string): string => `squad:${squadId}:sync`,
  syncLease: (squadId: string): string => `squad:${squadId}:lease`,
  /** The manifest of the published generation: which segments to read. */
  dataManifest: (squadId: string): string => `squad:${squadId}:data`,
  segment: (squadId: string, generation: number, segment: number): string => `squad:${squadId}:g${generation}:s${segment}`,
  /** Changes whenever published segments change in place (see data-stamp.ts). */
  dataStamp: (squadId: string): string => `squad:${squadId}:stamp`,
  /** Stored issues per project of the published data, written with it (see issue-counts.ts). */
  issueCounts: (squadId: string): string => `squad:${squadId}:counts`,
  /** Held while the counts are read, changed and written with a segment (inside the segment's lock). */
  issueCountsLock: (squadId: string): string => `squad:${squadId}:counts:lock`,
  /** Per-project issue counts of the published data at one generation and stamp (read side). */
  viewIndex: (squadId: string): string => `squad:${squadId}:viewidx`,
  /** A cached answer of the read side, by a digest of data version, query and visibility (never an account). */
  answer: (squadId: string, digest: string): string => `squad:${squadId}:ans:${digest}`,
  /** Which cached answers a squad holds (bounds them; see answer-cache.ts). */
  answerIndex: (squadId: string): string => `squad:${squadId}:ansidx`,
  /** Set while a warm of the squad's first answers is queued: later changes join it (see src/sync/warm.ts). */
  warmRequest: (squadId: string): string => `squad:${squadId}:warmreq`,
  /** Held while the squad's first answers are warmed: one warm per squad at a time. */
  warmLease: (squadId: string): string => `squad:${squadId}:warmlease`,
  /** Set by the first run of the five-minute trigger that warms ahead for a time bucket (src/sync/warm-ahead.ts). */
  warmAhead: (bucketStartMs: number): string => `app:warm-ahead:${bucketStartMs}`,
  /** Short lock held while one segment is read, changed and written back. */
  segmentLock: (squadId: string, generation: number, segment: number): string => `squad:${squadId}:g${generation}:s${segment}:lock`,
  /** Backfill staging: issues fetched in batch `batch` that hash into segment group `group`. */
  stagingChunk: (squadId: string, generation: number, group: number, batch: number, part: number): string =>
    `squad:${squadId}:g${generation}:st:${group}:${batch}:${part}`,
  /** Which staging chunks exist (KVS `query` is eventually consistent, so we never list them). */
  stagingIndex: (squadId: string, generation: number): string => `squad:${squadId}:g${generation}:stindex`,
  /** Issues deleted while generation `generation` was being built, applied when it is published. */
  pendingDeletes: (squadId: string, generation: number): string => `squad:${squadId}:g${generation}:deletes`,
  pendingDeletesLock: (squadId: string, generation: number): string => `squad:${squadId}:g${generation}:deletes:lock`,
  /** Small per-squad summary for the portfolio gadget and headline tiles (one read, < 16 KB). */
  portfolioSummary: (squadId: string): string => `squad:${squadId}:portfolio`,
  /**
   * Outside the squad's prefix on purpose: generations up to this number of a deleted squad may
   * still have keys until its purge finishes, so a new squad with the same ID starts above it.
   */
  generationFloor: (squadId: string): string => `app:generation-floor:${squadId}`,
  /** Installation-wide: project key → ID, for bulk permission checks (IDs are what Jira takes there). */
  projectIds: (): string => 'app:project-ids',
  /** Installation-wide: the site's Flagged field ID and when it was looked up. */
  flaggedField: (): string => 'app:flagged-field',
  /** Installation-wide: background work paused until Jira's quota resets. */
  quotaPause: (): string => 'app:quota-pause',
  /** Installation-wide lease of the hourly reconcile (scheduled triggers may fire twice). */
  reconcileLease: (): string => 'app:reconcile-lease',
} as const;
