import type { KeyValueStore } from '../ports/key-value-store';
import { acquire, LockBusyError, release } from '../store/lock';

/**
 * A background run's hold on a key (a squad, or the hourly reconcile): one try, no waiting — a
 * busy lease means another run is doing the work, and the job comes back later.
 */
export async function tryLease(store: KeyValueStore, key: string, ttlSeconds: number): Promise<string | null> {
  try {
    return await acquire(store, key, { ttlSeconds, attempts: 1, sleep: async () => undefined });
  } catch (err) {
    if (err instanceof LockBusyError) return null;
    throw err;
  }
}

export const releaseLease = release;
