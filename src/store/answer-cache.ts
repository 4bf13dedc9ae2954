import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { KVS_MAX_TRANSACTION_OPS, KVS_MAX_VALUE_BYTES, type JsonValue, type KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';

/**
 * Cached answers of the read side. An answer that fits one KVS value is kept as itself under its
 * digest (`keys.answer(squadId, digest)`): a hit is one read and one parse, the storage's own. A
 * larger one is kept as its JSON text, split into parts that each fit one KVS value (a hit is two
 * rounds of reads, and the joined text is parsed). A small index per squad bounds them: at
 * most {@link ANSWER_MAX_ENTRIES} answers and {@link ANSWER_BUDGET_BYTES} per squad, however many
 * distinct questions (query × visibility × data version × time) are asked; an answer above
 * {@link ANSWER_MAX_TEXT_BYTES} is simply not cached. When over a bound, a write evicts answers of
 * an older data version first, then the oldest, and sweeps answer keys the index does not name
 * (left by two writers racing). Cleanup after a publish and the purge after a delete remove them
 * all with the squad's other keys.
 */
/**
 * Answers that depend on "now" (ages of items in progress, `lastDays`, "as of") are cached for at
 * most this long: a quarter of an hour moves an age by 0.01 days, below what any page shows.
 * 15 minutes also divides every time zone's offset, so a bucket never straddles a squad's midnight.
 */
export const ANSWER_TIME_BUCKET_MS = 15 * 60_000;

/** When the time bucket after the one `nowMs` falls in starts (what a warm ahead computes for). */
export const nextBucketStartMs = (nowMs: number): number => (Math.floor(nowMs / ANSWER_TIME_BUCKET_MS) + 1) * ANSWER_TIME_BUCKET_MS;

export const ANSWER_MAX_ENTRIES = 32;
/** Text of one answer at most (the speed page's first answer for a 50,000-issue squad is about 1.9 MB). */
export const ANSWER_MAX_TEXT_BYTES = 3 * 1024 * 1024;
/** All cached answers of one squad together at most. */
export const ANSWER_BUDGET_BYTES = 12 * 1024 * 1024;
/** Characters of answer text per stored part (escaped as a JSON string it must stay under the KVS limit). */
const PART_CHARS = 180_000;
const PART_MAX_BYTES = KVS_MAX_VALUE_BYTES - 1024;

/**
 * An answer stored whole under its digest. (Storing it as text in a string, as parts are, cost a
 * second parse of ~115 KB on every hit of the speed page's first answer: the storage parses the
 * value, then the text had to be parsed again.)
 */
const wholeSchema = z.object({ v: z.literal(3), digest: z.string(), answer: z.unknown() });
/** Bytes of answer JSON that still fit one value whole, with room for the envelope around it. */
const WHOLE_MAX_BYTES = KVS_MAX_VALUE_BYTES - 1024;
/** The first part, under the digest: says how many parts there are and which write they belong to. */
const headSchema = z.object({ v: z.literal(2), digest: z.string(), parts: z.number().int().positive(), token: z.string(), text: z.string() });
const partSchema = z.object({ token: z.string(), text: z.string() });

const indexSchema = z.object({
  v: z.literal(2),
  /** `ver`: the data version the answer was computed from (evicted first once stale); `b`: bytes; `n`: parts. */
  entries: z.array(z.object({ d: z.string(), ver: z.string(), at: z.number(), b: z.number(), n: z.number().int().positive() })),
});
type IndexEntry = z.infer<typeof indexSchema>['entries'][number];

const partKey = (squadId: string, digest: string, part: number): string => (part === 0 ? keys.answer(squadId, digest) : `${keys.answer(squadId, digest)}:${part}`);

export function isAnswerKey(squadId: string, key: string): boolean {
  return key.startsWith(keys.answer(squadId, '')) || key === keys.answerIndex(squadId);
}

/** The answer stored for exactly this digest, or undefined. */
export async function readCachedAnswer(store: KeyValueStore, squadId: string, digest: string): Promise<JsonValue | undefined> {
  const raw = await store.get(keys.answer(squadId, digest));
  const whole = wholeSchema.safeParse(raw);
  if (whole.success) return whole.data.digest === digest && whole.data.answer !== undefined ? (whole.data.answer as JsonValue) : undefined;
  const text = await readParts(store, squadId, digest, raw);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

/** The text of an answer stored in parts whose head is `raw`, or undefined. */
async function readParts(store: KeyValueStore, squadId: string, digest: string, raw: unknown): Promise<string | undefined> {
  const head = headSchema.safeParse(raw);
  if (!head.success || head.data.digest !== digest) return undefined;
  if (head.data.parts === 1) return head.data.text;
  const rest = await Promise.all(Array.from({ length: head.data.parts - 1 }, (_, k) => store.get(partKey(squadId, digest, k + 1))));
  const texts = [head.data.text];
  for (const raw of rest) {
    const part = partSchema.safeParse(raw);
    // A part of another write (two writers of one digest racing) or a missing one: a miss.
    if (!part.success || part.data.token !== head.data.token) return undefined;
    texts.push(part.data.text);
  }
  return texts.join('');
}

export interface AnswerEntry {
  digest: string;
  /** The data version (generation, stamp, config revision) the answer was computed from. */
  version: string;
  atMs: number;
}

/** The text in parts of at most PART_CHARS whose stored form fits a KVS value; null when one cannot. */
function partsOf(text: string): string[] | null {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += PART_CHARS) {
    const part = text.slice(at, at + PART_CHARS);
    // Escaped as a JSON string inside its envelope: quotes and non-ASCII grow.
    if (Buffer.byteLength(JSON.stringify(part), 'utf8') > PART_MAX_BYTES) return null;
    parts.push(part);
  }
  return parts.length === 0 ? [''] : parts;
}

/**
 * Stores an answer (whole, or its JSON text in parts) and records it in the squad's index, evicting
 * beyond the bounds; answers false (and stores nothing) when it is too large to cache: it is
 * recomputed next time.
 */
export async function writeCachedAnswer(store: KeyValueStore, squadId: string, entry: AnswerEntry, answer: JsonValue): Promise<boolean> {
  const text = JSON.stringify(answer);
  const bytes = Buffer.byteLength(text, 'utf8');
  const whole = bytes <= WHOLE_MAX_BYTES;
  const parts = bytes > ANSWER_MAX_TEXT_BYTES ? null : whole ? [] : partsOf(text);
  if (parts === null) return false;
  const parsed = indexSchema.safeParse(await store.get(keys.answerIndex(squadId)));
  const before = parsed.success ? parsed.data.entries.filter((e) => e.d !== entry.digest) : [];
  const { kept, evicted } = evict(before, entry.version, bytes);
  const token = randomUUID();
  // Parts first, the head last: a reader finds the head only when its parts are there.
  for (let k = 1; k < parts.length; k++) await store.set(partKey(squadId, entry.digest, k), { token, text: parts[k] as string });
  await store.set(keys.answer(squadId, entry.digest), whole ? { v: 3, digest: entry.digest, answer } : { v: 2, digest: entry.digest, parts: parts.length, token, text: parts[0] as string });
  const index = { v: 2 as const, entries: [...kept, { d: entry.digest, ver: entry.version, at: entry.atMs, b: bytes, n: Math.max(1, parts.length) }] };
  await store.set(keys.answerIndex(squadId), index);
  await deleteKeys(store, evicted.flatMap((e) => Array.from({ length: e.n }, (_, k) => partKey(squadId, e.d, k))));
  // Over a bound (or without a readable index) is the moment to sweep keys no index names any more.
  if (evicted.length > 0 || !parsed.success) await sweepUnindexed(store, squadId, new Set(index.entries.map((e) => e.d)));
  return true;
}

/** Makes room for one more answer of `bytes`: other data versions go first, then the oldest. */
function evict(entries: IndexEntry[], version: string, bytes: number): { kept: IndexEntry[]; evicted: IndexEntry[] } {
  const order = [...entries].sort((a, b) => Number(a.ver === version) - Number(b.ver === version) || a.at - b.at);
  const evicted = new Set<IndexEntry>();
  let count = entries.length;
  let total = entries.reduce((n, e) => n + e.b, 0);
  for (const e of order) {
    if (count < ANSWER_MAX_ENTRIES && total + bytes <= ANSWER_BUDGET_BYTES) break;
    evicted.add(e);
    count--;
    total -= e.b;
  }
  return { kept: entries.filter((e) => !evicted.has(e)), evicted: [...evicted] };
}

async function deleteKeys(store: KeyValueStore, doomed: readonly string[]): Promise<void> {
  for (let i = 0; i < doomed.length; i += KVS_MAX_TRANSACTION_OPS) {
    await store.transact(doomed.slice(i, i + KVS_MAX_TRANSACTION_OPS).map((key) => ({ op: 'delete' as const, key })));
  }
}

/** Deletes answer keys the index does not name (listing is eventually consistent: a miss waits for the next sweep). */
async function sweepUnindexed(store: KeyValueStore, squadId: string, indexed: ReadonlySet<string>): Promise<void> {
  const prefix = keys.answer(squadId, '');
  const page = await store.list(prefix, { limit: 200 });
  await deleteKeys(store, page.keys.filter((k) => !indexed.has(k.slice(prefix.length).split(':')[0] ?? '')));
}

/**
 * The squad's cached answers and their index; with `keepGeneration` (the cleanup after a publish),
 * only those computed from other generations: answers of the published one (warmed right after
 * the publish) stay, and stay indexed. Answers how many keys went.
 */
export async function deleteCachedAnswers(store: KeyValueStore, squadId: string, options: { keepGeneration?: number } = {}): Promise<number> {
  const prefix = keys.answer(squadId, '');
  const page = await store.list(prefix, { limit: 200 });
  const keep = options.keepGeneration;
  const parsed = keep === undefined ? undefined : indexSchema.safeParse(await store.get(keys.answerIndex(squadId)));
  const kept = parsed?.success === true ? parsed.data.entries.filter((e) => e.ver.startsWith(`${keep}/`)) : [];
  const keptDigests = new Set(kept.map((e) => e.d));
  const doomed = page.keys.filter((k) => !keptDigests.has(k.slice(prefix.length).split(':')[0] ?? ''));
  if (kept.length > 0) {
    await deleteKeys(store, doomed);
    await store.set(keys.answerIndex(squadId), { v: 2, entries: kept });
  } else {
    await deleteKeys(store, [...doomed, keys.answerIndex(squadId)]);
  }
  return doomed.length;
}
