import type { SquadConfig } from '../contract/squad-config';
import { migrateSquadConfig } from '../domain/config/migrate-squad-config';
import type { JsonValue, KeyValueStore } from '../ports/key-value-store';
import { KVS_MAX_TRANSACTION_OPS } from '../ports/key-value-store';
import { keys } from './keys';
import { LockBusyError, withLock } from './lock';

/** A stored squad: its config plus the revision that guards against lost updates. */
export interface SquadRecord {
  config: SquadConfig;
  /** 1 after the first save, +1 per save; 0 for a config stored before revisions existed. */
  revision: number;
  updatedAtMs: number;
  /**
   * Set when the squad is created and kept by every save: a squad deleted and created again under
   * the same ID is another incarnation, so background work started for the old one can tell.
   */
  incarnation: string;
}

/** Incarnation of configs stored before incarnations existed. */
export const LEGACY_INCARNATION = 'legacy';
let incarnationCounter = 0;
const newIncarnation = (nowMs: number): string => `${nowMs.toString(36)}-${process.pid.toString(36)}-${(incarnationCounter++).toString(36)}`;

/** Another save changed the squad since the caller read it (or a create found it existing). */
export class SquadConflictError extends Error {
  constructor(
    readonly squadId: string,
    readonly expectedRevision: number | null,
    readonly actualRevision: number | null,
  ) {
    super(conflictMessage(squadId, expectedRevision, actualRevision));
    this.name = 'SquadConflictError';
  }
}

function conflictMessage(id: string, expected: number | null, actual: number | null): string {
  if (expected === null) return `A squad with the ID "${id}" already exists; choose another ID`;
  if (actual === null) return `Squad "${id}" was deleted meanwhile`;
  return `Squad "${id}" was changed meanwhile (now at revision ${actual}, you edited revision ${expected}); reload it and apply your edit again`;
}

export interface WriteOptions {
  /** undefined: no check; null: the squad must not exist yet (create); n: it must be at revision n. */
  expectedRevision?: number | null;
  nowMs: number;
}

const LOCK_TTL_SECONDS = 30;
const LOCK_ATTEMPTS = 10;
const LOCK_WAIT_MS = 100;
const INDEX_LOCK = 'squads:index-lock';
const configLock = (id: string): string => `${keys.squadPrefix(id)}config-lock`;

/**
 * Squad configurations in the store, one key per squad (`{revision, updatedAtMs, config}`) plus
 * an index of IDs (KVS `query` is only eventually consistent, so listing reads the index, which
 * `get` reads consistently). Every read migrates the config to the current schema version.
 * KVS has no compare-and-set, so writers take a short lease (set-if-absent with a TTL) around
 * their read-compare-write; a crashed writer's lease expires by itself.
 */
export class SquadConfigRepo {
  constructor(
    private readonly store: KeyValueStore,
    /** How to wait between lock attempts (tests pass one that does not). */
    private readonly sleep?: (ms: number) => Promise<void>,
  ) {}

  async list(): Promise<SquadConfig[]> {
    return (await this.listRecords()).map((r) => r.config);
  }

  async listRecords(): Promise<SquadRecord[]> {
    const records = await Promise.all((await this.ids()).map((id) => this.getRecord(id)));
    return records.filter((r): r is SquadRecord => r !== undefined);
  }

  async get(id: string): Promise<SquadConfig | undefined> {
    return (await this.getRecord(id))?.config;
  }

  /** Reads and migrates a stored squad; a value no version can read is an error naming the squad. */
  async getRecord(id: string): Promise<SquadRecord | undefined> {
    const raw = await this.store.get(keys.squadConfig(id));
    if (raw === undefined) return undefined;
    // Configs written before revisions existed are bare configs: read them as revision 0.
    const envelope = isEnvelope(raw) ? raw : { revision: 0, updatedAtMs: 0, config: raw };
    const incarnation = typeof envelope.incarnation === 'string' ? envelope.incarnation : LEGACY_INCARNATION;
    try {
      return { config: migrateSquadConfig(envelope.config), revision: envelope.revision, updatedAtMs: envelope.updatedAtMs, incarnation };
    } catch (err) {
      throw new Error(`Stored configuration of squad "${id}" is invalid: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  /**
   * Writes the config first, then the index, so a reader never finds an ID without its config.
   * @throws SquadConflictError when `expectedRevision` does not match what is stored.
   */
  async save(config: SquadConfig, options: WriteOptions = { nowMs: Date.now() }): Promise<SquadRecord> {
    return this.withLock(configLock(config.id), async () => {
      const stored = await this.store.get(keys.squadConfig(config.id));
      const current = stored === undefined ? null : isEnvelope(stored) ? stored.revision : 0;
      checkRevision(config.id, options.expectedRevision, current);
      const kept = stored !== undefined && isEnvelope(stored) && typeof stored.incarnation === 'string' ? stored.incarnation : null;
      const incarnation = kept ?? (current === null ? newIncarnation(options.nowMs) : LEGACY_INCARNATION);
      const record: SquadRecord = { config, revision: (current ?? 0) + 1, updatedAtMs: options.nowMs, incarnation };
      await this.store.set(keys.squadConfig(config.id), toJson(record));
      if (current === null) {
        await this.withLock(INDEX_LOCK, async () => {
          const ids = await this.ids();
          if (!ids.includes(config.id)) await this.store.set(keys.squadIndex(), [...ids, config.id].sort());
        });
      }
      return record;
    });
  }

  /**
   * Removes the squad from the index and its config (so it disappears at once), then, unless
   * `keepData` (the app hands the data to a queued purge, src/sync/purge.ts), every other key under
   * the squad's prefix in batches of at most 25 deletes.
   */
  async delete(id: string, options: Omit<WriteOptions, 'nowMs'> & { keepData?: boolean } = {}): Promise<void> {
    await this.withLock(configLock(id), async () => {
      const current = await this.storedRevision(id);
      if (options.expectedRevision !== undefined) checkRevision(id, options.expectedRevision, current);
      await this.withLock(INDEX_LOCK, async () => {
        const ids = await this.ids();
        if (ids.includes(id)) await this.store.set(keys.squadIndex(), ids.filter((i) => i !== id));
      });
      await this.store.delete(keys.squadConfig(id));
    });
    if (options.keepData !== true) await this.deletePrefix(keys.squadPrefix(id));
  }

  private async deletePrefix(prefix: string): Promise<void> {
    for (;;) {
      const page = await this.store.list(prefix, { limit: KVS_MAX_TRANSACTION_OPS });
      if (page.keys.length === 0) return;
      await this.store.transact(page.keys.map((key) => ({ op: 'delete' as const, key })));
    }
  }

  private async storedRevision(id: string): Promise<number | null> {
    const raw = await this.store.get(keys.squadConfig(id));
    if (raw === undefined) return null;
    return isEnvelope(raw) ? raw.revision : 0;
  }

  private async ids(): Promise<string[]> {
    return (await this.store.get<string[]>(keys.squadIndex())) ?? [];
  }

  /** `withLock` of ./lock (released only while still ours), busy as a SquadBusyError saying what is busy. */
  private async withLock<T>(lockKey: string, body: () => Promise<T>): Promise<T> {
    try {
      return await withLock(this.store, lockKey, body, { ttlSeconds: LOCK_TTL_SECONDS, attempts: LOCK_ATTEMPTS, waitMs: LOCK_WAIT_MS, ...(this.sleep ? { sleep: this.sleep } : {}) });
    } catch (err) {
      if (err instanceof LockBusyError && err.key === lockKey) throw new SquadBusyError(lockKey === INDEX_LOCK ? 'the list of squads' : 'this squad');
      throw err;
    }
  }
}

/** Another writer held the lease for longer than we wait (one to two seconds). */
export class SquadBusyError extends Error {
  constructor(what: string) {
    super(`Someone else is saving a change to ${what}; try again in a moment`);
    this.name = 'SquadBusyError';
  }
}

function checkRevision(id: string, expected: number | null | undefined, actual: number | null): void {
  if (expected === undefined || expected === actual) return;
  throw new SquadConflictError(id, expected, actual);
}

interface Envelope {
  revision: number;
  updatedAtMs: number;
  incarnation?: unknown;
  config: unknown;
}

function isEnvelope(raw: unknown): raw is Envelope {
  return typeof raw === 'object' && raw !== null && 'config' in raw && 'revision' in raw && typeof raw.revision === 'number';
}

function toJson(record: SquadRecord): JsonValue {
  // A parsed config is plain JSON data (no Dates, no undefined inside arrays); round-trip to drop undefined keys.
  return JSON.parse(JSON.stringify(record)) as JsonValue;
}
