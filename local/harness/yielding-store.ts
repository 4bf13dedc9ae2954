import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JsonValue, KeyValueStore } from '../../src/ports/key-value-store';

/**
 * The store as background jobs see it in the harness: every operation first gives the event loop a
 * turn. An in-memory (or file) store answers at once, so a backfill publishing 50,000 issues is one
 * long chain of promise callbacks that never lets the HTTP server accept a connection — pages
 * stalled for seconds and connections were reset. Forge's KVS is a network call, so there the loop
 * runs between operations anyway; this makes the harness behave the same. Page requests use the
 * store directly.
 */
export function yieldingStore(inner: KeyValueStore): KeyValueStore {
  return {
    async get<T extends JsonValue>(key: string): Promise<T | undefined> {
      await nextTurn();
      return inner.get<T>(key);
    },
    async set(key, value, options) {
      await nextTurn();
      return inner.set(key, value, options);
    },
    async setIfAbsent(key, value, options) {
      await nextTurn();
      return inner.setIfAbsent(key, value, options);
    },
    async delete(key) {
      await nextTurn();
      return inner.delete(key);
    },
    async deleteIfValue(key, value) {
      await nextTurn();
      return inner.deleteIfValue(key, value);
    },
    async list(prefix, options) {
      await nextTurn();
      return inner.list(prefix, options);
    },
    async transact(ops) {
      await nextTurn();
      return inner.transact(ops);
    },
  };
}
