import type { Clock } from '../ports/clock';
import type { JiraHttpFactory } from '../ports/jira-http';
import type { JobQueue } from '../ports/job-queue';
import type { KeyValueStore } from '../ports/key-value-store';
import type { Logger } from '../ports/logger';
import { JiraClient, type JiraClientOptions } from '../jira/jira-client';
import type { RequestStats } from '../jira/request-stats';

/** Bounds of one piece of background work; the defaults fit Forge's 900 s consumers with room to spare. */
export interface SyncLimits {
  /** Issues fetched per batch: 10 search pages, then one bulkfetch. */
  batchIssues: number;
  /** A job starts no new batch or group after this long. */
  jobBudgetMs: number;
  /** And does at most this many batches (tests use 1 to get many small jobs). */
  maxBatchesPerJob: number;
  /** Consecutive failures after which a backfill is marked failed (resumable by a new request). */
  maxFailures: number;
  /** Squad lease TTL: a run killed mid-way frees the squad after this long. */
  leaseTtlSeconds: number;
  /** Overlap of reconcile windows, for clock skew between the app and Jira. */
  reconcileOverlapMs: number;
  /** How often the reconcile also sweeps for issues deleted or moved out without an event. */
  sweepEveryMs: number;
  /** Old generations are removed this long after a new one is published (readers may still be on them). */
  cleanupDelaySeconds: number;
  /** A backfill whose state has not moved for this long is pushed again by the reconcile. */
  stalledAfterMs: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  batchIssues: 1000,
  jobBudgetMs: 240_000,
  maxBatchesPerJob: 100,
  maxFailures: 6,
  leaseTtlSeconds: 900,
  reconcileOverlapMs: 5 * 60_000,
  sweepEveryMs: 24 * 60 * 60_000,
  cleanupDelaySeconds: 300,
  stalledAfterMs: 20 * 60_000,
};

/** What background sync work needs; ResolverDeps satisfies it. */
export interface SyncDeps {
  jira: JiraHttpFactory;
  store: KeyValueStore;
  queue: JobQueue;
  clock: Clock;
  log: Logger;
  /** Client settings for background requests (tests pass a fast sleep). */
  jiraClientOptions?: JiraClientOptions;
  syncLimits?: Partial<SyncLimits>;
  /**
   * Computes and caches the answers a viewer who sees the whole squad asks first (the read side's
   * `warmSquadAnswers`, bound by the wiring: the sync cannot import the read side). Absent: the sync
   * asks for no warming (most tests). See warm.ts.
   */
  warmAnswers?: (squadId: string, options: WarmOptions) => Promise<WarmReport>;
}

/** A warm's bounds: start no answer past `deadlineMs`; compute as of `atMs` (a time bucket ahead) or now. */
export interface WarmOptions {
  deadlineMs: number;
  atMs?: number;
}

/** What a warm did, for logs (counts and codes only: nothing about a viewer or an issue). */
export interface WarmReport {
  /** Answers computed and stored. */
  warmed: number;
  /** Answers already in the cache for this data, config and time. */
  cached: number;
  /** Why it stopped early: `budget` (the job's time was nearly up), `no-data` (nothing published). */
  skipped: 'budget' | 'no-data' | null;
}

export const limitsOf = (deps: SyncDeps): SyncLimits => ({ ...DEFAULT_SYNC_LIMITS, ...deps.syncLimits });

/** A client acting as the app, counting into `stats`. */
export function appClient(deps: SyncDeps, stats?: RequestStats): JiraClient {
  return new JiraClient(deps.jira.asApp(), { clock: deps.clock, ...deps.jiraClientOptions, ...(stats ? { stats } : {}) });
}

/** What a job handler answers: done (including "nothing to do"), or run me again later. */
export type JobOutcome = { status: 'done' } | { status: 'retry'; retryAfterMs: number; reason: string };
export const DONE: JobOutcome = { status: 'done' };
