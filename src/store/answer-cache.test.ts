import { KVS_MAX_VALUE_BYTES } from '../ports/key-value-store';
import { ANSWER_MAX_ENTRIES, deleteCachedAnswers, isAnswerKey, readCachedAnswer, writeCachedAnswer } from './answer-cache';
import { keys } from './keys';
import { MemoryStore } from './memory-store';

const answerKeysOf = async (store: MemoryStore, squadId = 'sq'): Promise<string[]> => (await store.list(keys.answer(squadId, ''), { limit: 1000 })).keys;
const entry = (digest: string, version = 'v1', atMs = 0) => ({ digest, version, atMs });

describe('answer cache in storage', () => {
  it('answers only the exact digest it stored', async () => {
    const store = new MemoryStore();
    expect(await writeCachedAnswer(store, 'sq', entry('digest-a'), { n: 1 })).toBe(true);
    expect(await readCachedAnswer(store, 'sq', 'digest-a')).toEqual({ n: 1 });
    expect(await readCachedAnswer(store, 'sq', 'digest-b')).toBeUndefined();
    expect(await readCachedAnswer(store, 'other', 'digest-a')).toBeUndefined();
  });

  it('keeps at most ANSWER_MAX_ENTRIES answers per squad, dropping the oldest', async () => {
    const store = new MemoryStore();
    const n = 3 * ANSWER_MAX_ENTRIES;
    for (let i = 0; i < n; i++) await writeCachedAnswer(store, 'sq', entry(`q${i}`, 'v1', i), i);
    const stored = await answerKeysOf(store);
    expect(stored).toHaveLength(ANSWER_MAX_ENTRIES);
    expect(await readCachedAnswer(store, 'sq', `q${n - 1}`)).toBe(n - 1);
    expect(await readCachedAnswer(store, 'sq', 'q0')).toBeUndefined();
  });

  it('evicts answers of an older data version before newer ones', async () => {
    const store = new MemoryStore();
    await writeCachedAnswer(store, 'sq', entry('new-0', 'v2', 0), 'kept');
    for (let i = 1; i < ANSWER_MAX_ENTRIES; i++) await writeCachedAnswer(store, 'sq', entry(`old-${i}`, 'v1', i), i);
    await writeCachedAnswer(store, 'sq', entry('new-1', 'v2', 100), 'also kept');
    expect(await readCachedAnswer(store, 'sq', 'new-0')).toBe('kept');
    expect(await readCachedAnswer(store, 'sq', 'old-1')).toBeUndefined();
    expect(await answerKeysOf(store)).toHaveLength(ANSWER_MAX_ENTRIES);
  });

  it('sweeps answer keys no index names (two writers racing) once the index is full', async () => {
    const store = new MemoryStore();
    await store.set(keys.answer('sq', 'orphan'), { v: 1, digest: 'orphan', answer: 1 });
    for (let i = 0; i <= ANSWER_MAX_ENTRIES; i++) await writeCachedAnswer(store, 'sq', entry(`q${i}`, 'v1', i), i);
    expect(await answerKeysOf(store)).not.toContain(keys.answer('sq', 'orphan'));
    expect(await answerKeysOf(store)).toHaveLength(ANSWER_MAX_ENTRIES);
  });

  it('does not cache an answer too large for one storage value', async () => {
    const store = new MemoryStore();
    expect(await writeCachedAnswer(store, 'sq', entry('big'), 'x'.repeat(KVS_MAX_VALUE_BYTES))).toBe(false);
    expect(await readCachedAnswer(store, 'sq', 'big')).toBeUndefined();
    expect(await answerKeysOf(store)).toEqual([]);
  });

  it('reads a value of another shape as a miss', async () => {
    const store = new MemoryStore();
    await store.set(keys.answer('sq', 'd'), ['not', 'an', 'entry']);
    expect(await readCachedAnswer(store, 'sq', 'd')).toBeUndefined();
  });

  it('deletes every answer and the index of a squad, and nothing of another', async () => {
    const store = new MemoryStore();
    for (const sq of ['sq', 'sq2']) for (let i = 0; i < 3; i++) await writeCachedAnswer(store, sq, entry(`q${i}`), i);
    expect(await deleteCachedAnswers(store, 'sq')).toBe(3);
    expect(await answerKeysOf(store)).toEqual([]);
    expect(await store.get(keys.answerIndex('sq'))).toBeUndefined();
    expect(await answerKeysOf(store, 'sq2')).toHaveLength(3);
    expect(isAnswerKey('sq', keys.answerIndex('sq')) && isAnswerKey('sq', keys.answer('sq', 'x')) && !isAnswerKey('sq', keys.answer('sq2', 'x'))).toBe(true);
  });
});
