import type { Clock } from '../ports/clock';
import type { JsonValue } from '../ports/key-value-store';
import { acquire, release } from './lock';
import { MemoryStore } from './memory-store';

/** A store where something can happen between any read and the next write (a second caller). */
class InterleavingStore extends MemoryStore {
  afterGet: (() => Promise<void>) | null = null;
  override async get<T extends JsonValue>(key: string): Promise<T | undefined> {
    const value = await super.get<T>(key);
    const hook = this.afterGet;
    this.afterGet = null;
    if (hook) await hook();
    return value;
  }
}

describe('lease release with two callers', () => {
  it('does not free a lease another caller took after ours expired, even between a read and a delete', async () => {
    let now = 0;
    const clock: Clock = { nowMs: () => now };
    const store = new InterleavingStore(clock);
    const noSleep = { attempts: 1, sleep: async () => undefined };
    const a = await acquire(store, 'lease', { ttlSeconds: 10, ...noSleep });
    let b: string | null = null;
    // A slow release: A's lease expires and B takes it right after any read A makes.
    const takeOver = async (): Promise<void> => {
      now += 11_000;
      b = await acquire(store, 'lease', { ttlSeconds: 10, ...noSleep });
    };
    now += 9_000;
    store.afterGet = takeOver;
    await release(store, 'lease', a);
    if (store.afterGet === takeOver) {
      // The release never read the key: B takes the lease after it, as it would after any release.
      store.afterGet = null;
      await takeOver();
    }
    expect(b).not.toBeNull();
    expect(await store.get('lease')).toBe(b);
  });

  it('frees our own live lease', async () => {
    const store = new MemoryStore();
    const token = await acquire(store, 'lease', { ttlSeconds: 10, attempts: 1 });
    await release(store, 'lease', token);
    expect(await store.get('lease')).toBeUndefined();
  });
});
