import { z } from 'zod';

/**
 * Sync status of one squad, as the admin page and the metrics pages show it. `phase`:
 * - `never`: nothing stored yet and no backfill requested;
 * - `backfilling`: a backfill is building a new copy (an older copy may still serve, see `hasData`);
 * - `ready`: stored data is published and kept current by issue events and the hourly reconcile;
 * - `failed`: the last backfill stopped on an error; previous data (if any) is intact and the
 *   backfill resumes from where it stopped when retried;
 * - `paused`: Jira's rate-limit quota is exhausted; background work resumes at `pausedUntil`.
 */
export const SYNC_PHASES = ['never', 'backfilling', 'ready', 'failed', 'paused'] as const;
export type SyncPhase = (typeof SYNC_PHASES)[number];

export const BACKFILL_STEPS = ['fetch', 'build', 'publish'] as const;
export type BackfillStep = (typeof BACKFILL_STEPS)[number];

export interface SyncProgressDto {
  step: BackfillStep;
  issuesDone: number;
  /** From Jira's approximate count; null when Jira could not say. */
  issuesEstimated: number | null;
  /** 0..100, monotone over the whole backfill (fetching is most of it). */
  percent: number;
}

export interface SyncStatusDto {
  squadId: string;
  phase: SyncPhase;
  /** A published copy exists (it may be from before the current backfill). */
  hasData: boolean;
  issueCount: number;
  progress: SyncProgressDto | null;
  /** ISO instants. */
  lastSyncAt: string | null;
  lastFullSyncAt: string | null;
  pausedUntil: string | null;
  /** Why the last backfill stopped, without personal data. */
  error: string | null;
  /**
   * Jira has failed the backfill's last few attempts in a row (it keeps retrying): since when, and
   * the HTTP status of the last answer (null when Jira did not answer at all). Null otherwise.
   */
  outage?: SyncOutageDto | null;
  /** Issues left out because Jira answered them without a field the app needs; null when none. */
  skipped?: SkippedIssuesDto | null;
}

export interface SyncOutageDto {
  httpStatus: number | null;
  /** ISO instant of the first failure in the run. */
  sinceAt: string;
  failures: number;
}

export interface SkippedIssuesDto {
  count: number;
  /** Named only to those who administer every project of the squad; others see just the count. */
  issues: Array<{ key: string | null; reason: string }> | null;
}

/** Squad IDs are checked like everywhere else: an ID is part of storage keys, so no other text may pass. */
export const syncStatusPayload = z
  .object({ squadId: z.string().max(63, 'must be lower-case letters, digits and dashes (at most 63)').regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)') })
  .strict();

/** Resolver keys → payload/answer types, for the UI's typed invoke. */
export interface SyncFunctions {
  'sync.status': { payload: z.input<typeof syncStatusPayload>; data: SyncStatusDto };
}
