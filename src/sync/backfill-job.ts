import { JiraHttpError } from '../jira/errors';
import { RequestStats } from '../jira/request-stats';
import { keys } from '../store/keys';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { buildStep, fetchStep, publishStep, BackfillSupersededError, save, SquadGoneError, type BackfillContext } from './backfill-steps';
import { fetchScopeOf, scopeKeyOf } from './fetch-scope';
import { backfillJob, purgeJob, type BackfillJob } from './jobs';
import { describeError, transientOutcome } from './job-failure';
import { releaseLease, tryLease } from './lease';
import { readQuotaPause } from './quota-pause';
import { requestBackfill } from './request-backfill';
import { appClient, DONE, limitsOf, type JobOutcome, type SyncDeps } from './sync-deps';
import { readSyncState } from './sync-state';

/**
 * One link of the backfill chain: holds the squad's lease, does a bounded amount of the current
 * step (fetch → build → publish), saves progress after every unit, then pushes the next link.
 * A job whose generation or sequence number no longer matches the stored state is a duplicate or
 * obsolete delivery and does nothing, so at-least-once delivery is harmless.
 */
export async function runBackfillJob(deps: SyncDeps, job: BackfillJob): Promise<JobOutcome> {
  const { store, clock } = deps;
  const limits = limitsOf(deps);
  const startMs = clock.nowMs();
  const pausedUntil = await readQuotaPause(store, startMs);
  if (pausedUntil !== null) return { status: 'retry', retryAfterMs: pausedUntil - startMs, reason: 'jira-quota' };
  const leaseKey = keys.syncLease(job.squadId);
  const lease = await tryLease(store, leaseKey, limits.leaseTtlSeconds);
  if (lease === null) return { status: 'retry', retryAfterMs: 30_000, reason: 'squad busy' };
  let next: BackfillJob | null = null;
  let restart = false;
  try {
    const state = await readSyncState(store, job.squadId);
    const b = state.backfill;
    if (b === null || b.generation !== job.generation || b.seq !== job.seq || state.error !== null) return DONE;
    const record = await new SquadConfigRepo(store).getRecord(job.squadId);
    if (record === undefined || (b.incarnation !== null && record.incarnation !== b.incarnation)) {
      // The squad was deleted mid-backfill (and maybe created again): write nothing, purge what is left.
      await abandon(deps, job.squadId, b.generation);
      return DONE;
    }
    const config = record.config;
    const scope = fetchScopeOf(config);
    // The config's scope changed without a new backfill being recorded (a lost race with the save):
    // abandon this generation and start one for the current scope.
    if (scopeKeyOf(scope) !== b.scopeKey) {
      restart = true;
      return DONE;
    }
    const stats = new RequestStats();
    const ctx: BackfillContext = {
      deps, squadId: job.squadId, config, scope, state, b, stats,
      client: appClient(deps, stats), baseRequests: b.requests, limits, jobStartMs: startMs, units: 0,
    };
    try {
      if (b.step === 'fetch') await fetchStep(ctx);
      if (b.step === 'build') await buildStep(ctx);
      if (b.step === 'publish') {
        await publishStep(ctx);
        deps.log.info('backfill published', { squadId: job.squadId, generation: b.generation, issues: b.builtIssues, search: b.requests.search, bulkfetch: b.requests.bulkfetch });
        return DONE;
      }
      b.seq++;
      await save(ctx);
      next = { squadId: job.squadId, generation: b.generation, seq: b.seq };
      return DONE;
    } catch (err) {
      if (err instanceof SquadGoneError) {
        await abandon(deps, job.squadId, b.generation);
        return DONE;
      }
      if (err instanceof BackfillSupersededError) return DONE;
      const transient = await transientOutcome(store, err, clock.nowMs());
      if (transient !== undefined) return transient;
      b.failures++;
      // The outage is reported from the first failure of a run (sync-status.ts shows it after a few).
      b.failingSinceMs ??= clock.nowMs();
      b.lastFailureStatus = err instanceof JiraHttpError ? err.status : null;
      const failed = b.failures >= limits.maxFailures;
      if (failed) state.error = describeError(err);
      await save(ctx);
      deps.log.warn('backfill step failed', { squadId: job.squadId, generation: b.generation, failures: b.failures, errorType: err instanceof Error ? err.name : 'unknown' });
      return failed ? DONE : { status: 'retry', retryAfterMs: Math.min(15 * 60_000, 30_000 * 2 ** (b.failures - 1)), reason: 'failed step' };
    }
  } finally {
    // Free the squad before handing over, or the next link would find it busy.
    await releaseLease(store, leaseKey, lease);
    if (next !== null) await deps.queue.push([backfillJob(next)]);
    if (restart) await requestBackfill(deps, job.squadId);
  }
}

/**
 * A backfill for a squad that is gone: nothing more is written; its generation's keys are purged
 * (the delete queued a purge too; this one covers a delete that raced with the step's last write).
 */
async function abandon(deps: SyncDeps, squadId: string, generation: number): Promise<void> {
  deps.log.info('backfill abandoned: squad deleted', { squadId, generation });
  await deps.queue.push([purgeJob({ squadId, upToGeneration: generation })]);
}
