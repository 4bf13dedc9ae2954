import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from './keys';

/**
 * A token that changes whenever a squad's published issue data changes in place (an incremental
 * update of a segment). With the manifest's generation it names one state of the data, so readers
 * can key derived values (per-project counts, cached answers) on it. A random token, not a counter:
 * two writers racing can never leave the value a reader already saw.
 */
export async function readDataStamp(store: KeyValueStore, squadId: string): Promise<string> {
  return (await store.get<string>(keys.dataStamp(squadId))) ?? '';
}

/** A fresh stamp, for every in-place change of published data (and every publish). */
export const newDataStamp = (): string => randomUUID();

/** The transaction operation that sets the stamp (written with the change it stamps). */
export function dataStampOp(squadId: string, stamp: string): { op: 'set'; key: string; value: string } {
  return { op: 'set', key: keys.dataStamp(squadId), value: stamp };
}
