import { z } from 'zod';
import { KVS_MAX_TRANSACTION_OPS, KVS_MAX_VALUE_BYTES, type JsonValue, type KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';

/**
 * Cached answers of the read side, one key per answer (`keys.answer(squadId, digest)`: a hit is a
 * single read) and a small index per squad that bounds them: at most {@link ANSWER_MAX_ENTRIES}
 * answers per squad, however many distinct questions (query × visibility × data version × time)
 * are asked. When full, a write evicts answers of an older data version first, then the oldest,
 * and deletes any answer key the index does not name (left by two writers racing). Cleanup after a
 * publish and the purge after a delete remove them all with the squad's other keys.
 */
export const ANSWER_MAX_ENTRIES = 32;
/** Room for the envelope beside the answer within one KVS value. */
export const ANSWER_MAX_BYTES = KVS_MAX_VALUE_BYTES - 1024;

interface StoredAnswer {
  v: 1;
  digest: string;
  answer: JsonValue;
}

const indexSchema = z.object({
  v: z.literal(1),
  /** Oldest first. `ver`: the data version the answer was computed from (evicted first once stale). */
  entries: z.array(z.object({ d: z.string(), ver: z.string(), at: z.number() })),
});
type AnswerIndex = z.infer<typeof indexSchema>;

export function isAnswerKey(squadId: string, key: string): boolean {
  return key.startsWith(keys.answer(squadId, '')) || key === keys.answerIndex(squadId);
}

/** The answer stored for exactly this digest, or undefined. */
export async function readCachedAnswer(store: KeyValueStore, squadId: string, digest: string): Promise<JsonValue | undefined> {
  const raw = await store.get<JsonValue>(keys.answer(squadId, digest));
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const stored = raw as Partial<StoredAnswer>;
  return stored.v === 1 && stored.digest === digest ? stored.answer : undefined;
}

export interface AnswerEntry {
  digest: string;
  /** The data version (generation, stamp, config revision) the answer was computed from. */
  version: string;
  atMs: number;
}

/**
 * Stores an answer and records it in the squad's index, evicting beyond the bound; answers false
 * (and stores nothing) when it would not fit one KVS value: a large answer is recomputed next time.
 */
export async function writeCachedAnswer(store: KeyValueStore, squadId: string, entry: AnswerEntry, answer: JsonValue): Promise<boolean> {
  const value: StoredAnswer = { v: 1, digest: entry.digest, answer };
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') > ANSWER_MAX_BYTES) return false;
  const parsed = indexSchema.safeParse(await store.get(keys.answerIndex(squadId)));
  const before: AnswerIndex['entries'] = parsed.success ? parsed.data.entries.filter((e) => e.d !== entry.digest) : [];
  const { kept, evicted } = evict(before, entry.version, ANSWER_MAX_ENTRIES - 1);
  const index: AnswerIndex = { v: 1, entries: [...kept, { d: entry.digest, ver: entry.version, at: entry.atMs }] };
  const deletes = evicted.map((e) => ({ op: 'delete' as const, key: keys.answer(squadId, e.d) }));
  const ops = [{ op: 'set' as const, key: keys.answer(squadId, entry.digest), value: value as unknown as JsonValue }, { op: 'set' as const, key: keys.answerIndex(squadId), value: index as unknown as JsonValue }];
  await store.transact([...ops, ...deletes.slice(0, KVS_MAX_TRANSACTION_OPS - ops.length)]);
  // A full index (or an unreadable one) is the moment to sweep keys no index names any more.
  if (evicted.length > 0 || !parsed.success) await sweepUnindexed(store, squadId, new Set(index.entries.map((e) => e.d)));
  return true;
}

/** Keeps at most `max` entries: those of other data versions go first, then the oldest. */
function evict(entries: AnswerIndex['entries'], version: string, max: number): { kept: AnswerIndex['entries']; evicted: AnswerIndex['entries'] } {
  if (entries.length <= max) return { kept: entries, evicted: [] };
  const order = [...entries].sort((a, b) => Number(a.ver === version) - Number(b.ver === version) || a.at - b.at);
  const evicted = new Set(order.slice(0, entries.length - max));
  return { kept: entries.filter((e) => !evicted.has(e)), evicted: [...evicted] };
}

/** Deletes answer keys the index does not name (listing is eventually consistent: a miss waits for the next sweep). */
async function sweepUnindexed(store: KeyValueStore, squadId: string, indexed: ReadonlySet<string>): Promise<void> {
  const prefix = keys.answer(squadId, '');
  const page = await store.list(prefix, { limit: 100 });
  const doomed = page.keys.filter((k) => !indexed.has(k.slice(prefix.length)));
  for (let i = 0; i < doomed.length; i += KVS_MAX_TRANSACTION_OPS) {
    await store.transact(doomed.slice(i, i + KVS_MAX_TRANSACTION_OPS).map((key) => ({ op: 'delete' as const, key })));
  }
}

/** Every cached answer of a squad and its index (after a publish: they are all of older data). */
export async function deleteCachedAnswers(store: KeyValueStore, squadId: string): Promise<number> {
  const page = await store.list(keys.answer(squadId, ''), { limit: 100 });
  const doomed = [...page.keys, keys.answerIndex(squadId)];
  for (let i = 0; i < doomed.length; i += KVS_MAX_TRANSACTION_OPS) {
    await store.transact(doomed.slice(i, i + KVS_MAX_TRANSACTION_OPS).map((key) => ({ op: 'delete' as const, key })));
  }
  return page.keys.length;
}
