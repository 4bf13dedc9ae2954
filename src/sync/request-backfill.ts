import type { SyncStatusDto } from '../contract/sync';
import { notFound } from '../contract/app-error';
import type { Clock } from '../ports/clock';
import type { JobQueue } from '../ports/job-queue';
import type { KeyValueStore } from '../ports/key-value-store';
import { readManifest } from '../store/data-manifest';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { fetchScopeOf, scopeKeyOf } from './fetch-scope';
import { backfillJob } from './jobs';
import { getSyncStatus } from './sync-status';
import { generationFloor } from './purge';
import { noneSkipped, readSyncState, writeSyncState, zeroCounts, type BackfillState } from './sync-state';

export { getSyncStatus } from './sync-status';

export interface RequestBackfillOptions {
  /** Fetch everything again even when the stored data already covers the squad's scope. */
  force?: boolean;
}

/**
 * Called after a squad is saved. Starts a backfill only when the stored data does not cover the
 * squad's fetch scope (projects, effort and discipline fields): stage mappings, policies and
 * calendars are applied to stored histories at read time, so changing them costs no Jira request.
 * A backfill already running for the same scope is resumed (its next job is pushed again; a
 * duplicate job is dropped by its sequence number), never restarted.
 */
export async function requestBackfill(
  deps: { store: KeyValueStore; queue: JobQueue; clock: Clock },
  squadId: string,
  options: RequestBackfillOptions = {},
): Promise<SyncStatusDto> {
  const { store, queue, clock } = deps;
  const record = await new SquadConfigRepo(store).getRecord(squadId);
  if (record === undefined) throw notFound(`Squad "${squadId}" does not exist`);
  const scopeKey = scopeKeyOf(fetchScopeOf(record.config));
  const [state, manifest, floor] = await Promise.all([readSyncState(store, squadId), readManifest(store, squadId), generationFloor(store, squadId)]);
  const nowMs = clock.nowMs();

  const running = state.backfill;
  // A backfill left by an earlier squad with this ID (deleted meanwhile) is never resumed.
  const ours = running !== null && (running.incarnation === null || running.incarnation === record.incarnation);
  if (running !== null && ours && running.scopeKey === scopeKey && options.force !== true) {
    // Resume: clear a recorded failure and push the job for the current sequence number again.
    if (state.error !== null) await writeSyncState(store, squadId, { ...state, error: null, backfill: { ...running, failures: 0 } });
    await queue.push([backfillJob({ squadId, generation: running.generation, seq: running.seq })]);
    return getSyncStatus(store, squadId, nowMs);
  }
  // A manifest at or below the floor is a deleted squad's, written back by a publish that raced with
  // the delete (and about to be taken back): it covers nothing of this squad.
  if (running === null && manifest !== undefined && manifest.generation > floor && manifest.scopeKey === scopeKey && options.force !== true) {
    return getSyncStatus(store, squadId, nowMs);
  }

  // Never reuse a generation number: its keys may still exist until cleanup removes them.
  const generation = Math.max(state.generation, manifest?.generation ?? 0, floor) + 1;
  const backfill: BackfillState = {
    generation,
    scopeKey,
    seq: 0,
    step: 'fetch',
    startedAtMs: nowMs,
    updatedAtMs: nowMs,
    cursor: null,
    batches: 0,
    issuesDone: 0,
    issuesEstimated: null,
    groups: 1,
    segments: null,
    stagedBytes: 0,
    nextGroup: 0,
    builtIssues: 0,
    builtCounts: {},
    perIssue: false,
    incarnation: record.incarnation,
    failures: 0,
    failingSinceMs: null,
    lastFailureStatus: null,
    skipped: noneSkipped(),
    requests: zeroCounts(),
  };
  await writeSyncState(store, squadId, { ...state, generation, backfill, error: null });
  await queue.push([backfillJob({ squadId, generation, seq: 0 })]);
  return getSyncStatus(store, squadId, nowMs);
}
