import { keys } from '../store/keys';
import { warmJob, type WarmJob } from './jobs';
import { releaseLease, tryLease } from './lease';
import { DONE, limitsOf, type JobOutcome, type SyncDeps } from './sync-deps';

/**
 * Warming the answer cache after the squad's data changed: a whole-squad viewer's first questions
 * are computed in the background (`deps.warmAnswers`, the read side's) so their first call is a
 * cache hit. Requests are coalesced: while one warm is queued, further changes join it instead of
 * queuing another (a burst of issue events costs one warm, run once the burst has settled), and a
 * lease keeps one warm per squad running at a time. Nothing here may fail or delay the sync work
 * that asked: errors are logged with a code and swallowed.
 */

/** Incremental changes wait this long before warming, so a burst of events costs one warm. */
export const WARM_DEBOUNCE_SECONDS = 30;
/** A warm stops starting new answers after this long (well inside a consumer's 900 s). */
export const WARM_BUDGET_MS = 120_000;
/** The lease outlives any warm, so a run killed mid-way frees the squad by itself. */
const WARM_LEASE_SECONDS = 300;

/**
 * Queues a warm of the squad's first answers, unless one is already queued (it will see this
 * change too). `immediate` (a publish) queues one at once even so: the first viewer after a
 * publish should not wait for the debounce of an earlier change. Without `deps.warmAnswers`
 * (no read side wired) nothing is asked.
 */
export async function requestWarm(deps: SyncDeps, squadId: string, options: { immediate?: boolean } = {}): Promise<void> {
  if (deps.warmAnswers === undefined) return;
  try {
    const delaySeconds = options.immediate === true ? 0 : WARM_DEBOUNCE_SECONDS;
    // Expires by itself in case the queued job is lost: a later change then asks again.
    const fresh = await deps.store.setIfAbsent(keys.warmRequest(squadId), 1, { ttlSeconds: delaySeconds + WARM_LEASE_SECONDS });
    if (!fresh && options.immediate !== true) return;
    await deps.queue.push([warmJob({ squadId })], { delaySeconds });
  } catch (err) {
    deps.log.warn('answer warm not requested', { squadId, code: 'WARM_REQUEST_FAILED', errorType: err instanceof Error ? err.name : typeof err });
  }
}

/**
 * The warm job: computes and caches the first answers for the data as it is now. Always done
 * (never retried on failure: the next change asks again, and a viewer computes as before).
 */
export async function runWarm(deps: SyncDeps, job: WarmJob): Promise<JobOutcome> {
  const warm = deps.warmAnswers;
  if (warm === undefined) return DONE;
  const { store, clock } = deps;
  const startMs = clock.nowMs();
  // Changes from now on ask for a warm of their own: this one may have read the data before them.
  // (A warm ahead answers a time bucket, not a change: the change's own warm stays queued.)
  if (job.atMs === undefined) await store.delete(keys.warmRequest(job.squadId)).catch(() => undefined);
  const lease = await tryLease(store, keys.warmLease(job.squadId), WARM_LEASE_SECONDS).catch(() => null);
  if (lease === null) {
    // Another warm is running; it may have read the data before the change that queued this one.
    return { status: 'retry', retryAfterMs: 30_000, reason: 'warm busy' };
  }
  try {
    const deadlineMs = startMs + Math.min(limitsOf(deps).jobBudgetMs, WARM_BUDGET_MS);
    const report = await warm(job.squadId, { deadlineMs, ...(job.atMs === undefined ? {} : { atMs: job.atMs }) });
    deps.log.info('answers warmed', { squadId: job.squadId, ahead: job.atMs !== undefined, warmed: report.warmed, cached: report.cached, skipped: report.skipped ?? 'none', ms: clock.nowMs() - startMs });
  } catch (err) {
    deps.log.warn('answers not warmed', { squadId: job.squadId, code: 'WARM_FAILED', errorType: err instanceof Error ? err.name : typeof err });
  } finally {
    await releaseLease(store, keys.warmLease(job.squadId), lease).catch(() => undefined);
  }
  return DONE;
}
