/** Jira statuses worth retrying: rate limits and transient server trouble. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * `Retry-After` in ms: seconds (Jira's form) or an HTTP date; undefined when absent or unreadable.
 * Falls back to `X-RateLimit-Reset` (ISO instant) when only that is sent.
 */
export function retryAfterMs(headers: Record<string, string>, nowMs: number): number | undefined {
  const value = headers['retry-after']?.trim();
  if (value !== undefined && value !== '') {
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  const reset = headers['x-ratelimit-reset']?.trim();
  if (reset !== undefined && reset !== '') {
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  return undefined;
}

/**
 * Wait before attempt `attempt + 1` (attempt counts from 0): exponential backoff with "equal
 * jitter" (half fixed, half random, so concurrent clients spread out) capped at `maxDelayMs`, and
 * never shorter than the server's `Retry-After`.
 */
export function backoffDelayMs(attempt: number, opts: { baseDelayMs: number; maxDelayMs: number; random: () => number }, serverMs?: number): number {
  const exp = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
  const jittered = exp / 2 + (exp / 2) * opts.random();
  if (serverMs === undefined) return Math.round(jittered);
  // Honour the server, plus a little jitter so every waiting job does not return at the same instant.
  return Math.round(serverMs + opts.baseDelayMs * opts.random());
}
