import { kvs, ForgeKvsAPIError, MetadataField, WhereConditions } from '@forge/kvs';
import type { JsonValue, KeyValueStore } from '../ports/key-value-store';

const ttl = (ttlSeconds: number | undefined) => (ttlSeconds === undefined ? undefined : { value: Math.max(1, Math.ceil(ttlSeconds)), unit: 'SECONDS' as const });

/** Far longer than one get→delete round trip (tens of milliseconds). */
export const LEASE_RELEASE_MARGIN_MS = 5_000;

/** A `FAIL_IF_EXISTS` write that lost: the key is there. */
function isConflict(err: unknown): boolean {
  return err instanceof ForgeKvsAPIError && (err.code === 'KEY_CONFLICT' || err.responseDetails.status === 409);
}

/**
 * KeyValueStore over Forge's key-value store (`@forge/kvs`): the only file importing it. `get` is
 * consistent, `query` (our `list`) is eventually consistent, writes are last-write-wins; the sync
 * is written with that in mind (see docs/operations.md).
 */
export class ForgeKvsStore implements KeyValueStore {
  async get<T extends JsonValue>(key: string): Promise<T | undefined> {
    return kvs.get<T>(key);
  }

  async set(key: string, value: JsonValue, options?: { ttlSeconds?: number }): Promise<void> {
    const t = ttl(options?.ttlSeconds);
    await kvs.set(key, value, t === undefined ? undefined : { ttl: t });
  }

  /**
   * Atomic create (`keyPolicy: FAIL_IF_EXISTS`). Expired keys may linger until Forge removes them,
   * so a conflict with a key whose TTL has passed deletes it and tries once more.
   */
  async setIfAbsent(key: string, value: JsonValue, options?: { ttlSeconds?: number }): Promise<boolean> {
    const t = ttl(options?.ttlSeconds);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await kvs.set(key, value, t === undefined ? { keyPolicy: 'FAIL_IF_EXISTS' } : { keyPolicy: 'FAIL_IF_EXISTS', ttl: t });
        return true;
      } catch (err) {
        if (!isConflict(err)) throw err;
        const current = await kvs.get<JsonValue>(key, { metadataFields: [MetadataField.EXPIRE_TIME] });
        const expiresAt = current?.expireTime === undefined ? NaN : Date.parse(current.expireTime);
        if (current !== undefined && !(expiresAt <= Date.now())) return false;
        await kvs.delete(key);
      }
    }
    return false;
  }

  async delete(key: string): Promise<void> {
    await kvs.delete(key);
  }

  /**
   * KVS has no conditional delete for plain keys (transaction conditions are for entities only).
   * A lease key changes hands only after it expires (set-if-absent fails while it lives), so the
   * read and the delete cannot be split by another holder while the lease has time left: delete only
   * when the value is ours and at least LEASE_RELEASE_MARGIN_MS remain; closer to expiry, leave it
   * to expire by itself rather than risk deleting a successor's.
   */
  async deleteIfValue(key: string, value: string): Promise<boolean> {
    const current = await kvs.get<JsonValue>(key, { metadataFields: [MetadataField.EXPIRE_TIME] });
    if (current === undefined || current.value !== value) return false;
    const expiresAt = current.expireTime === undefined ? Infinity : Date.parse(current.expireTime);
    if (!(expiresAt - Date.now() >= LEASE_RELEASE_MARGIN_MS)) return false;
    await kvs.delete(key);
    return true;
  }

  async list(prefix: string, options?: { cursor?: string; limit?: number }): Promise<{ keys: string[]; cursor?: string }> {
    let q = kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(options?.limit ?? 100);
    if (options?.cursor !== undefined) q = q.cursor(options.cursor);
    const page = await q.getMany<JsonValue>();
    const keys = page.results.map((r) => r.key);
    return page.nextCursor === undefined ? { keys } : { keys, cursor: page.nextCursor };
  }

  async transact(ops: Array<{ op: 'set'; key: string; value: JsonValue } | { op: 'delete'; key: string }>): Promise<void> {
    const tx = kvs.transact();
    for (const o of ops) {
      if (o.op === 'set') tx.set(o.key, o.value);
      else tx.delete(o.key);
    }
    await tx.execute();
  }
}
