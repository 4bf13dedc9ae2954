import type { JsonValue, KeyValueStore } from '../../src/ports/key-value-store';

/** A store counting reads of published segments: an answer served from the answer cache reads none. */
export function countingStore(inner: KeyValueStore): KeyValueStore & { segmentReads: number } {
  const counting = {
    segmentReads: 0,
    get: <T extends JsonValue>(key: string): Promise<T | undefined> => {
      if (/:g\d+:s\d+$/.test(key)) counting.segmentReads++;
      return inner.get<T>(key);
    },
    set: inner.set.bind(inner),
    setIfAbsent: inner.setIfAbsent.bind(inner),
    delete: inner.delete.bind(inner),
    deleteIfValue: inner.deleteIfValue.bind(inner),
    list: inner.list.bind(inner),
    transact: inner.transact.bind(inner),
  };
  return counting;
}
