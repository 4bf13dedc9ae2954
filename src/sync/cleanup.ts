import { deleteCachedAnswers } from '../store/answer-cache';
import { readManifest } from '../store/data-manifest';
import { keys } from '../store/keys';
import type { CleanupJob } from './jobs';
import { DONE, type JobOutcome, type SyncDeps } from './sync-deps';
import { readSyncState } from './sync-state';

const GENERATION_KEY = /^squad:[a-z0-9-]+:g(\d+):/;

/**
 * Deletes the keys of generations nobody reads any more: everything under `squad:{id}:g…` except
 * the published generation, the generation a backfill is building and its staging (removed once
 * published). Runs a few minutes after a publish so readers still on the old copy can finish.
 * Listing is eventually consistent; a key it misses is caught by the next cleanup. The squad's
 * cached answers of older generations go too (those of the published one, warmed at publish, stay).
 */
export async function runCleanup(deps: SyncDeps, job: CleanupJob): Promise<JobOutcome> {
  const { store } = deps;
  const [manifest, state] = await Promise.all([readManifest(store, job.squadId), readSyncState(store, job.squadId)]);
  const keep = new Set<number>();
  if (manifest !== undefined) keep.add(manifest.generation);
  if (state.backfill !== null) keep.add(state.backfill.generation);
  const doomed: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(`${keys.squadPrefix(job.squadId)}g`, { limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    for (const key of page.keys) {
      const gen = Number(GENERATION_KEY.exec(key)?.[1]);
      if (Number.isNaN(gen)) continue;
      const isStaging = key.includes(':st:') || key.endsWith(':stindex') || key.endsWith(':deletes');
      if (!keep.has(gen) || (isStaging && state.backfill?.generation !== gen)) doomed.push(key);
    }
    cursor = page.cursor;
  } while (cursor !== undefined);
  for (let i = 0; i < doomed.length; i += 25) {
    await store.transact(doomed.slice(i, i + 25).map((key) => ({ op: 'delete' as const, key })));
  }
  const answers = await deleteCachedAnswers(store, job.squadId, manifest === undefined ? {} : { keepGeneration: manifest.generation });
  deps.log.info('sync cleanup', { squadId: job.squadId, deletedKeys: doomed.length, deletedAnswers: answers });
  return DONE;
}
