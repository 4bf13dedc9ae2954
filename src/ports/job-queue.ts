/**
 * Background work port: `@forge/events` Queue in Forge, an in-process queue locally. Delivery is
 * at-least-once and unordered, so every job handler must be idempotent.
 */
export interface Job {
  /** Which consumer handles it, e.g. "sync.backfill". */
  kind: string;
  payload: Record<string, unknown>;
}

export interface JobQueue {
  /** Pushes up to 50 jobs (Forge's limit per push); `delaySeconds` defers them. */
  push(jobs: Job[], options?: { delaySeconds?: number }): Promise<void>;
}
