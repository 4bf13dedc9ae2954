import type { KeyValueStore } from '../ports/key-value-store';

export interface LockOptions {
  /** The lock frees itself after this long if its holder dies. */
  ttlSeconds?: number;
  /** Tries before giving up with {@link LockBusyError}. */
  attempts?: number;
  waitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class LockBusyError extends Error {
  constructor(readonly key: string) {
    super(`Lock "${key}" is held by another run`);
    this.name = 'LockBusyError';
  }
}

let tokenCounter = 0;
const newToken = (): string => `${process.pid}-${Date.now().toString(36)}-${(tokenCounter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` while holding `key` (set-if-absent with a TTL): a short mutual exclusion for one
 * read-change-write of a segment. Released afterwards only if still ours.
 */
export async function withLock<T>(store: KeyValueStore, key: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const token = await acquire(store, key, options);
  try {
    return await fn();
  } finally {
    await release(store, key, token);
  }
}

export async function acquire(store: KeyValueStore, key: string, options: LockOptions = {}): Promise<string> {
  const token = newToken();
  const attempts = options.attempts ?? 40;
  const sleep = options.sleep ?? realSleep;
  for (let i = 0; i < attempts; i++) {
    if (await store.setIfAbsent(key, token, { ttlSeconds: options.ttlSeconds ?? 30 })) return token;
    if (i + 1 === attempts) break;
    // Jittered so two waiters do not retry in lock-step.
    await sleep((options.waitMs ?? 50) * (1 + Math.random()));
  }
  throw new LockBusyError(key);
}

/**
 * Frees `key` only while it holds our token (one compare-and-delete, not a read then a delete): if
 * our hold expired and another caller took the key meanwhile, theirs stays.
 */
export async function release(store: KeyValueStore, key: string, token: string): Promise<void> {
  await store.deleteIfValue(key, token);
}
