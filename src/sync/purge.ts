import type { KeyValueStore } from '../ports/key-value-store';
import { isAnswerKey } from '../store/answer-cache';
import { readManifest } from '../store/data-manifest';
import { keys } from '../store/keys';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { purgeJob, type PurgeJob } from './jobs';
import { releaseLease, tryLease } from './lease';
import { DONE, limitsOf, type JobOutcome, type SyncDeps } from './sync-deps';
import { readSyncState } from './sync-state';

const GENERATION_KEY = /^squad:[a-z0-9-]+:g(\d+):/;

/** The highest generation a squad's stored keys may use (state counter, manifest, floor). */
export async function generationFloor(store: KeyValueStore, squadId: string): Promise<number> {
  const raw = await store.get(keys.generationFloor(squadId));
  return typeof raw === 'number' ? raw : 0;
}

/**
 * After a squad's config is deleted: hides its data at once (the manifest, sync state and summary
 * are single consistent deletes, so a squad created again with the same ID never shows the old
 * count), records the generation floor, and queues the purge of everything else. Listing keys is
 * eventually consistent and a large squad has hundreds of them, so that part runs in the queue.
 */
export async function forgetSquadData(deps: Pick<SyncDeps, 'store' | 'queue'>, squadId: string): Promise<void> {
  const { store } = deps;
  const [state, manifest, floor] = await Promise.all([readSyncState(store, squadId), readManifest(store, squadId), generationFloor(store, squadId)]);
  const upToGeneration = Math.max(state.generation, manifest?.generation ?? 0, floor);
  await store.set(keys.generationFloor(squadId), upToGeneration);
  await store.transact([
    { op: 'delete', key: keys.dataManifest(squadId) },
    { op: 'delete', key: keys.syncState(squadId) },
    { op: 'delete', key: keys.portfolioSummary(squadId) },
    { op: 'delete', key: keys.issueCounts(squadId) },
  ]);
  await deps.queue.push([purgeJob({ squadId, upToGeneration })]);
}

/**
 * The queued purge. Holds the squad's lease, so no backfill step is writing meanwhile (each
 * backfill step checks the squad still exists before it writes). Deletes every generation key up
 * to `upToGeneration`; the squad's own small keys too, unless a squad with the same ID exists
 * again (then only those that still belong to the old generations). A pass that found keys runs
 * again later, as listing may miss fresh keys; a pass that finds none removes the floor.
 */
export async function runPurge(deps: SyncDeps, job: PurgeJob): Promise<JobOutcome> {
  const { store } = deps;
  const leaseKey = keys.syncLease(job.squadId);
  const lease = await tryLease(store, leaseKey, limitsOf(deps).leaseTtlSeconds);
  if (lease === null) return { status: 'retry', retryAfterMs: 30_000, reason: 'squad busy' };
  try {
    const floor = await generationFloor(store, job.squadId);
    if (floor < job.upToGeneration) await store.set(keys.generationFloor(job.squadId), job.upToGeneration);
    const doomed: string[] = [];
    const small: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list(keys.squadPrefix(job.squadId), { limit: 500, ...(cursor === undefined ? {} : { cursor }) });
      for (const key of page.keys) {
        const gen = GENERATION_KEY.exec(key)?.[1];
        if (gen !== undefined) {
          if (Number(gen) <= job.upToGeneration) doomed.push(key);
        } else if (isSmallDataKey(job.squadId, key)) {
          small.push(key);
        }
      }
      cursor = page.cursor;
    } while (cursor !== undefined);
    // Decided last, from fresh reads: the squad may have been created again while the keys were
    // listed (its new sync state and manifest sit above the floor, so they are never the old ones).
    const recreated = (await new SquadConfigRepo(store).getRecord(job.squadId)) !== undefined;
    const [state, manifest] = await Promise.all([readSyncState(store, job.squadId), readManifest(store, job.squadId)]);
    for (const key of small) {
      if (ownedByOld(key, job, state.generation, manifest?.generation) ?? !recreated) doomed.push(key);
    }
    for (let i = 0; i < doomed.length; i += 25) {
      await store.transact(doomed.slice(i, i + 25).map((key) => ({ op: 'delete' as const, key })));
    }
    deps.log.info('squad data purged', { squadId: job.squadId, deletedKeys: doomed.length });
    if (doomed.length > 0) {
      await deps.queue.push([purgeJob(job)], { delaySeconds: 60 });
      return DONE;
    }
    // A new squad with this ID has by now started above the floor (requestBackfill reads it). A later
    // delete may have raised the floor for its own purge: that one is not ours to remove.
    if ((await generationFloor(store, job.squadId)) <= job.upToGeneration) await store.delete(keys.generationFloor(job.squadId));
    return DONE;
  } finally {
    await releaseLease(store, leaseKey, lease);
  }
}

/** The squad's data keys outside generations (never its config, locks or lease). */
function isSmallDataKey(squadId: string, key: string): boolean {
  return key === keys.syncState(squadId) || key === keys.dataManifest(squadId) || key === keys.portfolioSummary(squadId) || key === keys.viewIndex(squadId) || key === keys.issueCounts(squadId) || key === keys.dataStamp(squadId) || isAnswerKey(squadId, key);
}

/**
 * Whether a small key belongs to the purged generations: the sync state and manifest say so by
 * their generation (a squad created again starts above the floor, whether or not this purge saw it
 * yet), cached answers always do (deleting one only costs a recomputation); undefined for the other
 * keys, which are the old squad's only while no squad has the ID again.
 */
function ownedByOld(key: string, job: PurgeJob, stateGeneration: number, manifestGeneration: number | undefined): boolean | undefined {
  if (key === keys.syncState(job.squadId)) return stateGeneration <= job.upToGeneration;
  if (key === keys.dataManifest(job.squadId)) return manifestGeneration === undefined || manifestGeneration <= job.upToGeneration;
  if (isAnswerKey(job.squadId, key)) return true;
  return undefined;
}

const SQUAD_KEY = /^squad:([a-z0-9][a-z0-9-]{0,62}):(?:g(\d+):)?/;

/**
 * The hourly sweep for orphans: squad keys whose squad no longer exists (a purge that never got
 * queued, or data written back by a step that raced with the delete) get a purge. Answers how many
 * squads it queued. Bounded: at most `maxKeys` keys are looked at per run.
 */
export async function sweepOrphans(deps: SyncDeps, maxKeys = 50_000): Promise<number> {
  const { store } = deps;
  const repo = new SquadConfigRepo(store);
  const found = new Map<string, number>();
  let cursor: string | undefined;
  let seen = 0;
  do {
    const page = await store.list('squad:', { limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    for (const key of page.keys) {
      const m = SQUAD_KEY.exec(key);
      if (m?.[1] === undefined) continue;
      found.set(m[1], Math.max(found.get(m[1]) ?? 0, Number(m[2] ?? 0)));
    }
    seen += page.keys.length;
    cursor = page.cursor;
  } while (cursor !== undefined && seen < maxKeys);
  let queued = 0;
  for (const [squadId, maxGeneration] of found) {
    if ((await repo.getRecord(squadId)) !== undefined) continue;
    const state = await readSyncState(store, squadId);
    await deps.queue.push([purgeJob({ squadId, upToGeneration: Math.max(maxGeneration, state.generation, await generationFloor(store, squadId)) })]);
    queued++;
  }
  return queued;
}
