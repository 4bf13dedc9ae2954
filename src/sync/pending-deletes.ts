import type { KeyValueStore } from '../ports/key-value-store';
import { keys } from '../store/keys';
import { withLock } from '../store/lock';

/**
 * Issues deleted while a generation is being built. The build leaves them out and the publish step
 * removes any that slipped in; everything else that changes during a backfill is caught by the
 * reconcile that follows it (`updated >= backfill start`), but a deleted issue no longer matches
 * any search.
 */
export async function addPendingDelete(store: KeyValueStore, squadId: string, generation: number, issueId: string): Promise<void> {
  await withLock(store, keys.pendingDeletesLock(squadId, generation), async () => {
    const list = await readPendingDeletes(store, squadId, generation);
    if (list.includes(issueId)) return;
    await store.set(keys.pendingDeletes(squadId, generation), [...list, issueId]);
  });
}

export async function readPendingDeletes(store: KeyValueStore, squadId: string, generation: number): Promise<string[]> {
  const raw = await store.get(keys.pendingDeletes(squadId, generation));
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
}
