import type { Job } from '../ports/job-queue';
import { runBackfillJob } from './backfill-job';
import { runCleanup } from './cleanup';
import { processIssueChange } from './issue-change';
import { backfillJobSchema, cleanupJobSchema, issueJobSchema, JOB_KINDS, purgeJobSchema, reconcileJobSchema, warmJobSchema } from './jobs';
import { runPurge } from './purge';
import { transientOutcome } from './job-failure';
import { readQuotaPause } from './quota-pause';
import { reconcileSquad } from './reconcile';
import { DONE, type JobOutcome, type SyncDeps } from './sync-deps';
import { runWarm } from './warm';

export { handleIssueEvent } from './issue-event';
export { runReconcile } from './reconcile';
export type { JobOutcome } from './sync-deps';

/**
 * The queue consumer: runs one job and answers done or retry-after. A payload that does not parse
 * is logged and dropped (retrying it would fail forever). Rate limits, the quota pause and busy
 * locks answer retry; other errors of issue and reconcile jobs are thrown so the queue retries
 * them with its own backoff (the backfill counts its failures itself).
 */
export async function handleJob(deps: SyncDeps, job: Job): Promise<JobOutcome> {
  const nowMs = deps.clock.nowMs();
  try {
    switch (job.kind) {
      case JOB_KINDS.backfill: {
        const p = backfillJobSchema.safeParse(job.payload);
        return p.success ? await runBackfillJob(deps, p.data) : drop(deps, job.kind);
      }
      case JOB_KINDS.issue: {
        const p = issueJobSchema.safeParse(job.payload);
        if (!p.success) return drop(deps, job.kind);
        const pausedUntil = await readQuotaPause(deps.store, nowMs);
        if (pausedUntil !== null) return { status: 'retry', retryAfterMs: pausedUntil - nowMs, reason: 'jira-quota' };
        return await processIssueChange(deps, p.data);
      }
      case JOB_KINDS.reconcile: {
        const p = reconcileJobSchema.safeParse(job.payload);
        return p.success ? await reconcileSquad(deps, p.data.squadId) : drop(deps, job.kind);
      }
      case JOB_KINDS.purge: {
        const p = purgeJobSchema.safeParse(job.payload);
        return p.success ? await runPurge(deps, p.data) : drop(deps, job.kind);
      }
      case JOB_KINDS.cleanup: {
        const p = cleanupJobSchema.safeParse(job.payload);
        return p.success ? await runCleanup(deps, p.data) : drop(deps, job.kind);
      }
      case JOB_KINDS.warm: {
        const p = warmJobSchema.safeParse(job.payload);
        return p.success ? await runWarm(deps, p.data) : drop(deps, job.kind);
      }
      default:
        return drop(deps, job.kind);
    }
  } catch (err) {
    const transient = await transientOutcome(deps.store, err, deps.clock.nowMs());
    if (transient !== undefined) return transient;
    throw err;
  }
}

function drop(deps: SyncDeps, kind: string): JobOutcome {
  deps.log.warn('dropped malformed job', { kind });
  return DONE;
}
