import type { JsonValue, KeyValueStore } from '../ports/key-value-store';
import { KVS_MAX_KEY_LENGTH, KVS_MAX_TRANSACTION_OPS, KVS_MAX_VALUE_BYTES } from '../ports/key-value-store';
import type { Clock } from '../ports/clock';
import { systemClock } from '../ports/clock';

interface Entry {
  json: string;
  expiresAtMs: number | null;
}

/**
 * In-memory KeyValueStore with Forge's limits enforced, so code that passes here also fits KVS.
 * Values are stored as JSON text: callers never share object references with the store.
 */
export class MemoryStore implements KeyValueStore {
  protected readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock = systemClock) {}

  async get<T extends JsonValue>(key: string): Promise<T | undefined> {
    const entry = this.live(key);
    return entry ? (JSON.parse(entry.json) as T) : undefined;
  }

  async set(key: string, value: JsonValue, options?: { ttlSeconds?: number }): Promise<void> {
    this.entries.set(key, this.entry(key, value, options?.ttlSeconds));
    await this.persist();
  }

  async setIfAbsent(key: string, value: JsonValue, options?: { ttlSeconds?: number }): Promise<boolean> {
    if (this.live(key)) return false;
    this.entries.set(key, this.entry(key, value, options?.ttlSeconds));
    await this.persist();
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
    await this.persist();
  }

  /** Compare and delete in one synchronous step: nothing can run between them. */
  async deleteIfValue(key: string, value: string): Promise<boolean> {
    const entry = this.live(key);
    if (entry === undefined || entry.json !== JSON.stringify(value)) return false;
    this.entries.delete(key);
    await this.persist();
    return true;
  }

  async list(prefix: string, options?: { cursor?: string; limit?: number }): Promise<{ keys: string[]; cursor?: string }> {
    const limit = options?.limit ?? 100;
    const keys = [...this.entries.keys()]
      .filter((k) => k.startsWith(prefix) && this.live(k) && (options?.cursor === undefined || k > options.cursor))
      .sort();
    const page = keys.slice(0, limit);
    const last = page[page.length - 1];
    return keys.length > limit && last !== undefined ? { keys: page, cursor: last } : { keys: page };
  }

  async transact(ops: Array<{ op: 'set'; key: string; value: JsonValue } | { op: 'delete'; key: string }>): Promise<void> {
    if (ops.length > KVS_MAX_TRANSACTION_OPS) {
      throw new RangeError(`A transaction holds at most ${KVS_MAX_TRANSACTION_OPS} operations, got ${ops.length}`);
    }
    // Validate everything before touching anything: all or nothing.
    const staged = ops.map((o) => (o.op === 'set' ? { key: o.key, entry: this.entry(o.key, o.value, undefined) } : { key: o.key, entry: null }));
    for (const s of staged) {
      if (s.entry) this.entries.set(s.key, s.entry);
      else this.entries.delete(s.key);
    }
    await this.persist();
  }

  /** Hook for the file-backed subclass. */
  protected async persist(): Promise<void> {}

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAtMs !== null && entry.expiresAtMs <= this.clock.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private entry(key: string, value: JsonValue, ttlSeconds: number | undefined): Entry {
    if (key.length === 0 || key.length > KVS_MAX_KEY_LENGTH) throw new RangeError(`Key length must be 1..${KVS_MAX_KEY_LENGTH}, got ${key.length}`);
    const json = JSON.stringify(value);
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > KVS_MAX_VALUE_BYTES) throw new RangeError(`Value for "${key}" is ${bytes} bytes; the limit is ${KVS_MAX_VALUE_BYTES}`);
    return { json, expiresAtMs: ttlSeconds ? this.clock.nowMs() + ttlSeconds * 1000 : null };
  }
}
