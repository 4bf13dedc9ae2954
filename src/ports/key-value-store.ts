/**
 * Storage port, shaped after @forge/kvs so the Forge implementation is a thin adapter: values are
 * JSON, a value must stay under 240 KiB, keys under 500 characters, a transaction holds at most 25
 * operations. `query` by prefix is eventually consistent in Forge; `get` is consistent.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface KeyValueStore {
  get<T extends JsonValue>(key: string): Promise<T | undefined>;
  set(key: string, value: JsonValue, options?: { ttlSeconds?: number }): Promise<void>;
  /** Sets only when absent (or expired); true when this call wrote it. Used for leases. */
  setIfAbsent(key: string, value: JsonValue, options?: { ttlSeconds?: number }): Promise<boolean>;
  delete(key: string): Promise<void>;
  /**
   * Deletes `key` only while it still holds `value` (a lease token), so a holder whose lease
   * expired and was taken by another cannot free the other's. True when this call deleted it.
   */
  deleteIfValue(key: string, value: string): Promise<boolean>;
  /** Keys starting with `prefix`, in key order, paged by an opaque cursor. */
  list(prefix: string, options?: { cursor?: string; limit?: number }): Promise<{ keys: string[]; cursor?: string }>;
  /** All-or-nothing batch of at most 25 operations. */
  transact(ops: Array<{ op: 'set'; key: string; value: JsonValue } | { op: 'delete'; key: string }>): Promise<void>;
}

export const KVS_MAX_VALUE_BYTES = 240 * 1024;
export const KVS_MAX_KEY_LENGTH = 500;
export const KVS_MAX_TRANSACTION_OPS = 25;
