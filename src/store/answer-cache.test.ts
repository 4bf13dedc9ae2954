import { KVS_MAX_VALUE_BYTES } from '../ports/key-value-store';
import { ANSWER_BUDGET_BYTES, ANSWER_MAX_ENTRIES, ANSWER_MAX_TEXT_BYTES, deleteCachedAnswers, isAnswerKey, readCachedAnswer, writeCachedAnswer } from './answer-cache';
import { keys } from './keys';
import { MemoryStore } from './memory-store';

const answerKeysOf = async (store: MemoryStore, squadId = 'sq'): Promise<string[]> => (await store.list(keys.answer(squadId, ''), { limit: 1000 })).keys;
const entry = (digest: string, version = 'v1', atMs = 0) => ({ digest, version, atMs });
/** An answer of about `bytes` bytes of JSON, with a non-ASCII stage name like real answers. */
const answerOf = (bytes: number, tag = ''): Array<{ stage: string; n: number }> => Array.from({ length: Math.ceil(bytes / 40) }, (_, i) => ({ stage: `Prüfung ${tag}`, n: i }));

describe('answer cache in storage', () => {
  it('answers only the exact digest it stored', async () => {
    const store = new MemoryStore();
    expect(await writeCachedAnswer(store, 'sq', entry('digest-a'), '{"n":1}')).toBe(true);
    expect(await readCachedAnswer(store, 'sq', 'digest-a')).toBe('{"n":1}');
    expect(await readCachedAnswer(store, 'sq', 'digest-b')).toBeUndefined();
    expect(await readCachedAnswer(store, 'other', 'digest-a')).toBeUndefined();
  });

  it('keeps an answer that fits one storage value whole, as itself: one key, read back equal', async () => {
    const store = new MemoryStore();
    const answer = { metrics: { counts: { issues: 3 }, stages: ['Prüfung', 'Live "now"'] }, rows: answerOf(100_000, 'ü'), none: null };
    expect(await writeCachedAnswer(store, 'sq', entry('whole'), answer)).toBe(true);
    expect(await answerKeysOf(store)).toEqual([keys.answer('sq', 'whole')]);
    expect(await store.get(keys.answer('sq', 'whole'))).toEqual({ v: 3, digest: 'whole', answer });
    expect(await readCachedAnswer(store, 'sq', 'whole')).toEqual(answer);
    expect(await readCachedAnswer(store, 'sq', 'other')).toBeUndefined();
  });

  it('reads answers stored as text by the version before (one part or several); text that is not JSON is a miss', async () => {
    const store = new MemoryStore();
    await store.set(keys.answer('sq', 'old'), { v: 2, digest: 'old', parts: 1, token: 't', text: '{"n":[1,2]}' });
    expect(await readCachedAnswer(store, 'sq', 'old')).toEqual({ n: [1, 2] });
    await store.set(keys.answer('sq', 'split'), { v: 2, digest: 'split', parts: 2, token: 't', text: '{"n":' });
    await store.set(`${keys.answer('sq', 'split')}:1`, { token: 't', text: '"ä"}' });
    expect(await readCachedAnswer(store, 'sq', 'split')).toEqual({ n: 'ä' });
    await store.set(keys.answer('sq', 'bad'), { v: 2, digest: 'bad', parts: 1, token: 't', text: '{"n":' });
    expect(await readCachedAnswer(store, 'sq', 'bad')).toBeUndefined();
    await store.set(keys.answer('sq', 'wrong'), { v: 3, digest: 'another', answer: 1 });
    expect(await readCachedAnswer(store, 'sq', 'wrong')).toBeUndefined();
  });

  it('keeps an answer larger than one storage value in parts, each within the limit', async () => {
    const store = new MemoryStore();
    const answer = answerOf(1_200_000);
    expect(await writeCachedAnswer(store, 'sq', entry('big'), answer)).toBe(true);
    expect(await readCachedAnswer(store, 'sq', 'big')).toEqual(answer);
    const stored = await answerKeysOf(store);
    expect(stored.length).toBeGreaterThan(5);
    for (const key of stored) expect(Buffer.byteLength(JSON.stringify(await store.get(key)))).toBeLessThanOrEqual(KVS_MAX_VALUE_BYTES);
  });

  it('reads an answer whose parts belong to another write as a miss', async () => {
    const store = new MemoryStore();
    await writeCachedAnswer(store, 'sq', entry('big'), answerOf(600_000, 'a'));
    const part = await store.get<{ token: string; text: string }>(`${keys.answer('sq', 'big')}:1`);
    await store.set(`${keys.answer('sq', 'big')}:1`, { token: 'another write', text: part?.text ?? '' });
    expect(await readCachedAnswer(store, 'sq', 'big')).toBeUndefined();
  });

  it('leaves nothing a reader takes when a write fails part-way (a warm killed mid-write)', async () => {
    const store = new MemoryStore();
    let sets = 0;
    const failing = Object.assign(Object.create(store) as MemoryStore, {
      set: async (key: string, value: Parameters<MemoryStore['set']>[1]) => {
        // The parts are written, then the storage fails before the head that names them.
        if (++sets > 2) throw new Error('storage unavailable');
        return store.set(key, value);
      },
    });
    await expect(writeCachedAnswer(failing, 'sq', entry('big'), answerOf(600_000))).rejects.toThrow('storage unavailable');
    expect((await answerKeysOf(store)).length).toBeGreaterThan(0);
    expect(await readCachedAnswer(store, 'sq', 'big')).toBeUndefined();
    // A head whose part went missing is a miss too.
    await writeCachedAnswer(store, 'sq', entry('big'), answerOf(600_000));
    await store.delete(`${keys.answer('sq', 'big')}:1`);
    expect(await readCachedAnswer(store, 'sq', 'big')).toBeUndefined();
  });

  it('keeps at most ANSWER_MAX_ENTRIES answers per squad, dropping the oldest', async () => {
    const store = new MemoryStore();
    const n = 2 * ANSWER_MAX_ENTRIES;
    for (let i = 0; i < n; i++) await writeCachedAnswer(store, 'sq', entry(`q${i}`, 'v1', i), String(i));
    expect(await answerKeysOf(store)).toHaveLength(ANSWER_MAX_ENTRIES);
    expect(await readCachedAnswer(store, 'sq', `q${n - 1}`)).toBe(String(n - 1));
    expect(await readCachedAnswer(store, 'sq', 'q0')).toBeUndefined();
  });

  it('keeps the answers of one squad within its byte budget', async () => {
    const store = new MemoryStore();
    const size = 1_500_000;
    // More answers than the budget holds (and fewer than the entry bound): the oldest must go.
    const n = Math.ceil(ANSWER_BUDGET_BYTES / size) + 2;
    for (let i = 0; i < n; i++) await writeCachedAnswer(store, 'sq', entry(`q${i}`, 'v1', i), answerOf(size, String(i)));
    let total = 0;
    for (const key of await answerKeysOf(store)) total += Buffer.byteLength(JSON.stringify(await store.get(key)));
    expect(total).toBeLessThanOrEqual(ANSWER_BUDGET_BYTES * 1.2);
    expect(await readCachedAnswer(store, 'sq', `q${n - 1}`)).toBeDefined();
    expect((await readCachedAnswer(store, 'sq', 'q0')) === undefined).toBe(true);
  });

  it('evicts answers of an older data version before newer ones', async () => {
    const store = new MemoryStore();
    await writeCachedAnswer(store, 'sq', entry('new-0', 'v2', 0), 'kept');
    for (let i = 1; i < ANSWER_MAX_ENTRIES; i++) await writeCachedAnswer(store, 'sq', entry(`old-${i}`, 'v1', i), String(i));
    await writeCachedAnswer(store, 'sq', entry('new-1', 'v2', 100), 'also kept');
    expect(await readCachedAnswer(store, 'sq', 'new-0')).toBe('kept');
    expect(await readCachedAnswer(store, 'sq', 'old-1')).toBeUndefined();
    expect(await answerKeysOf(store)).toHaveLength(ANSWER_MAX_ENTRIES);
  });

  it('sweeps answer keys no index names (two writers racing) once over a bound', async () => {
    const store = new MemoryStore();
    await store.set(keys.answer('sq', 'orphan'), { v: 2, digest: 'orphan', parts: 1, token: 't', text: '1' });
    for (let i = 0; i <= ANSWER_MAX_ENTRIES; i++) await writeCachedAnswer(store, 'sq', entry(`q${i}`, 'v1', i), String(i));
    expect(await answerKeysOf(store)).not.toContain(keys.answer('sq', 'orphan'));
    expect(await answerKeysOf(store)).toHaveLength(ANSWER_MAX_ENTRIES);
  });

  it('does not cache an answer above the size bound', async () => {
    const store = new MemoryStore();
    expect(await writeCachedAnswer(store, 'sq', entry('huge'), 'x'.repeat(ANSWER_MAX_TEXT_BYTES + 1))).toBe(false);
    expect(await readCachedAnswer(store, 'sq', 'huge')).toBeUndefined();
    expect(await answerKeysOf(store)).toEqual([]);
  });

  it('reads a value of another shape as a miss', async () => {
    const store = new MemoryStore();
    await store.set(keys.answer('sq', 'd'), ['not', 'an', 'entry']);
    expect(await readCachedAnswer(store, 'sq', 'd')).toBeUndefined();
  });

  it('deletes every answer, its parts and the index of a squad, and nothing of another', async () => {
    const store = new MemoryStore();
    for (const sq of ['sq', 'sq2']) for (let i = 0; i < 3; i++) await writeCachedAnswer(store, sq, entry(`q${i}`), i === 0 ? answerOf(400_000) : String(i));
    expect(await deleteCachedAnswers(store, 'sq')).toBeGreaterThan(3);
    expect(await answerKeysOf(store)).toEqual([]);
    expect(await store.get(keys.answerIndex('sq'))).toBeUndefined();
    expect((await answerKeysOf(store, 'sq2')).length).toBeGreaterThan(3);
    expect(isAnswerKey('sq', keys.answerIndex('sq')) && isAnswerKey('sq', keys.answer('sq', 'x')) && !isAnswerKey('sq', keys.answer('sq2', 'x'))).toBe(true);
  });

  it('after a publish deletes the answers of older generations and keeps, indexed, those of the published one', async () => {
    const store = new MemoryStore();
    await writeCachedAnswer(store, 'sq', entry('old', '6/stamp/1', 0), answerOf(400_000));
    await writeCachedAnswer(store, 'sq', entry('warm', '7/stamp/1', 1), answerOf(400_000, 'w'));
    expect(await deleteCachedAnswers(store, 'sq', { keepGeneration: 7 })).toBeGreaterThan(1);
    expect(await readCachedAnswer(store, 'sq', 'old')).toBeUndefined();
    expect(await readCachedAnswer(store, 'sq', 'warm')).toEqual(answerOf(400_000, 'w'));
    expect((await answerKeysOf(store)).every((k) => k.startsWith(keys.answer('sq', 'warm')))).toBe(true);
    const index = await store.get<{ entries: Array<{ d: string }> }>(keys.answerIndex('sq'));
    expect(index?.entries.map((e) => e.d)).toEqual(['warm']);
  });
});
