import { QuotaExhaustedError, RateLimitedError } from '../jira/errors';
import type { KeyValueStore } from '../ports/key-value-store';
import { LockBusyError } from '../store/lock';
import { pauseBackgroundWork } from './quota-pause';
import type { JobOutcome } from './sync-deps';

/**
 * The outcome for errors every background job treats alike: a quota 429 pauses the whole
 * installation until the reset; other rate limits and busy locks come back later. Anything else is
 * the caller's to judge (undefined).
 */
export async function transientOutcome(store: KeyValueStore, err: unknown, nowMs: number): Promise<JobOutcome | undefined> {
  if (err instanceof QuotaExhaustedError) {
    await pauseBackgroundWork(store, err.resetAtMs, nowMs);
    return { status: 'retry', retryAfterMs: Math.max(1000, err.resetAtMs - nowMs), reason: 'jira-quota' };
  }
  if (err instanceof RateLimitedError) return { status: 'retry', retryAfterMs: Math.max(1000, err.retryAfterMs), reason: 'rate-limited' };
  if (err instanceof LockBusyError) return { status: 'retry', retryAfterMs: 5000, reason: 'busy' };
  return undefined;
}

/** Error text safe to store and show: the type and message of our own errors (no issue text). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500);
  return 'Unknown error';
}
