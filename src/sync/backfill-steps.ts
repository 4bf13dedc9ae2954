import type { SquadConfig } from '../contract/squad-config';
import type { JiraClient } from '../jira/jira-client';
import type { RequestStats } from '../jira/request-stats';
import { approximateCount, type SkippedIssue } from '../jira/search';
import { readManifest } from '../store/data-manifest';
import { keys } from '../store/keys';
import { refreshPortfolioSummary } from './portfolio-summary';
import { countGeneration, updateSegment, writeSegment } from '../store/issue-segments';
import { countIssues, issueCountsOp, totalOf } from '../store/issue-counts';
import { dataStampOp, newDataStamp } from '../store/data-stamp';
import { bucketOf, emptySegment, groupCountFor, SEGMENT_MAX_BYTES, segmentBytes, segmentCountFor, type Segment } from '../store/segment';
import { DELETED, removeIssue } from '../store/segment-ops';
import { SquadConfigRepo } from '../store/squad-config-repo';
import type { StoredIssue } from '../store/stored-issue';
import { fetchBatch } from './fetch-batch';
import { scopeJql, searchFieldsOf, type FetchScope } from './fetch-scope';
import { cleanupJob, reconcileJob } from './jobs';
import { readPendingDeletes } from './pending-deletes';
import { stageBatch, readStagedGroup } from './staging';
import type { SyncDeps, SyncLimits } from './sync-deps';
import { addCounts, readSyncState, SKIPPED_NAMED_MAX, writeSyncState, type BackfillState, type RequestCounts, type SkippedIssues, type SyncState } from './sync-state';
import { toStored } from './to-stored';
import { forEachSliced, mapSliced, someSliced, TimeSlice } from '../ports/time-slice';
import { requestWarm } from './warm';

/** The squad was deleted (or deleted and created again) while its backfill ran: stop writing. */
export class SquadGoneError extends Error {
  constructor(readonly squadId: string) {
    super(`Squad "${squadId}" was deleted while its history was loading`);
    this.name = 'SquadGoneError';
  }
}

/** Another backfill of the same squad (a forced restart) was recorded while this job worked: stop writing. */
export class BackfillSupersededError extends Error {
  constructor(readonly squadId: string) {
    super(`A newer history load of squad "${squadId}" started`);
    this.name = 'BackfillSupersededError';
  }
}

/**
 * Before each unit of work and before publishing: the squad still exists and is the incarnation
 * the backfill was started for. One consistent read; a step never writes for a deleted squad.
 */
export async function assertSameSquad(ctx: Pick<BackfillContext, 'deps' | 'squadId' | 'b'>): Promise<void> {
  const record = await new SquadConfigRepo(ctx.deps.store).getRecord(ctx.squadId);
  if (record === undefined || (ctx.b.incarnation !== null && record.incarnation !== ctx.b.incarnation)) throw new SquadGoneError(ctx.squadId);
}

/** One job's view of a running backfill; steps mutate `b` and save `state` after each unit of work. */
export interface BackfillContext {
  deps: SyncDeps;
  squadId: string;
  config: SquadConfig;
  scope: FetchScope;
  state: SyncState;
  b: BackfillState;
  client: JiraClient;
  stats: RequestStats;
  /** Requests counted before this job. */
  baseRequests: RequestCounts;
  limits: SyncLimits;
  jobStartMs: number;
  /** Units (batches or groups) done by this job. */
  units: number;
}

export function countsOf(stats: RequestStats): RequestCounts {
  const search = stats.get('search') + stats.get('count');
  const bulkfetch = stats.get('bulkfetch');
  const changelog = stats.get('changelog');
  return { search, bulkfetch, changelog, other: stats.total - search - bulkfetch - changelog };
}

/** Saves progress: every unit of work is followed by this, so a killed job loses at most one unit. */
export async function save(ctx: BackfillContext): Promise<void> {
  // This job's copy of the state was read when it started: a squad deleted and created again (or a
  // forced restart) since then has a new backfill recorded, which this write must not overwrite.
  await assertSameSquad(ctx);
  if ((await readSyncState(ctx.deps.store, ctx.squadId)).backfill?.generation !== ctx.b.generation) throw new BackfillSupersededError(ctx.squadId);
  ctx.b.updatedAtMs = ctx.deps.clock.nowMs();
  ctx.b.requests = addCounts(ctx.baseRequests, countsOf(ctx.stats));
  await writeSyncState(ctx.deps.store, ctx.squadId, ctx.state);
}

export function addSkipped(into: SkippedIssues, more: readonly SkippedIssue[]): SkippedIssues {
  return { count: into.count + more.length, issues: [...into.issues, ...more].slice(0, SKIPPED_NAMED_MAX) };
}

export function hasBudget(ctx: BackfillContext): boolean {
  return ctx.units < ctx.limits.maxBatchesPerJob && ctx.deps.clock.nowMs() - ctx.jobStartMs < ctx.limits.jobBudgetMs;
}

/** Fetch step: batches of ≈1,000 issues (10 search pages + 1 bulkfetch) staged by segment group. */
export async function fetchStep(ctx: BackfillContext): Promise<void> {
  const { b, deps, squadId } = ctx;
  if (b.batches === 0 && b.cursor === null && b.issuesEstimated === null) {
    // One request buys a progress bar and the right number of build jobs.
    b.issuesEstimated = await approximateCount(ctx.client, scopeJql(ctx.scope).replace(/ ORDER BY .*$/, ''));
    b.groups = groupCountFor(b.issuesEstimated);
    await save(ctx);
  }
  const jql = scopeJql(ctx.scope);
  const fields = searchFieldsOf(ctx.scope);
  while (b.step === 'fetch' && hasBudget(ctx)) {
    await assertSameSquad(ctx);
    const batch = await fetchBatch(ctx.client, { jql, fields, cursor: b.cursor, maxIssues: ctx.limits.batchIssues, perIssue: b.perIssue });
    const stored = await mapSliced(batch.issues, (issue) => toStored(issue, batch.histories.get(issue.id), ctx.scope));
    // Odd issues are left out and named (to admins); the sync goes on without them.
    b.skipped = addSkipped(b.skipped, batch.skipped);
    // Without Jira's count, a squad that fits one batch is known to be small: one group suffices.
    if (b.batches === 0 && b.issuesEstimated === null && batch.nextCursor === null) b.groups = groupCountFor(stored.length);
    b.stagedBytes += await stageBatch(deps.store, squadId, b.generation, b.batches, b.groups, stored);
    b.batches++;
    b.issuesDone += stored.length;
    b.cursor = batch.nextCursor;
    b.perIssue = batch.perIssue;
    b.failures = 0;
    b.failingSinceMs = null;
    b.lastFailureStatus = null;
    if (batch.nextCursor === null) {
      b.step = 'build';
      b.segments = segmentCountFor(b.stagedBytes, b.groups);
      b.nextGroup = 0;
      b.builtIssues = 0;
      b.builtCounts = {};
    }
    ctx.units++;
    await assertSameSquad(ctx);
    await save(ctx);
  }
}

/** Build step: one group at a time, its staged copies merged (newest wins) into its segments. */
export async function buildStep(ctx: BackfillContext): Promise<void> {
  const { b, deps, squadId } = ctx;
  while (b.step === 'build' && hasBudget(ctx)) {
    await assertSameSquad(ctx);
    const segments = b.segments ?? b.groups;
    const group = b.nextGroup;
    const deletes = new Set(await readPendingDeletes(deps.store, squadId, b.generation));
    const latest = new Map<string, StoredIssue>();
    // A group is about 20,000 issues: every loop over it gives the event loop turns (TimeSlice).
    const slice = new TimeSlice();
    await forEachSliced(
      await readStagedGroup(deps.store, squadId, b.generation, group),
      (issue) => {
        const prev = latest.get(issue[0]);
        if (!deletes.has(issue[0]) && (prev === undefined || issue[11] >= prev[11])) latest.set(issue[0], issue);
      },
      slice,
    );
    const out = new Map<number, Segment>();
    for (let s = group; s < segments; s += b.groups) out.set(s, emptySegment());
    await forEachSliced(
      latest.values(),
      (issue) => {
        const segment = out.get(bucketOf(issue[0], segments));
        if (segment !== undefined) segment.i[issue[0]] = issue;
      },
      slice,
    );
    for (const id of deletes) {
      const segment = out.get(bucketOf(id, segments));
      if (segment !== undefined) segment.g[id] = DELETED;
    }
    if (await someSliced([...out.values()], (s) => segmentBytes(s) > SEGMENT_MAX_BYTES)) {
      // Uneven hashing filled a segment: start the build over with twice as many.
      b.segments = segments * 2;
      b.nextGroup = 0;
      b.builtIssues = 0;
      b.builtCounts = {};
      await save(ctx);
      continue;
    }
    const entries = [...out.entries()];
    for (let i = 0; i < entries.length; i += 8) {
      await Promise.all(entries.slice(i, i + 8).map(([s, value]) => writeSegment(deps.store, squadId, b.generation, s, value)));
    }
    b.builtIssues += latest.size;
    if (b.builtCounts !== null) b.builtCounts = countIssues(latest.values(), b.builtCounts);
    b.nextGroup++;
    b.failures = 0;
    b.failingSinceMs = null;
    b.lastFailureStatus = null;
    if (b.nextGroup >= b.groups) b.step = 'publish';
    ctx.units++;
    await save(ctx);
  }
}

/**
 * Publish step: flip the manifest to the new generation (the one write readers switch on), apply
 * deletes recorded meanwhile, then schedule the old generation's removal and a reconcile for
 * what changed while the backfill ran.
 */
export async function publishStep(ctx: BackfillContext): Promise<void> {
  const { b, deps, squadId, state } = ctx;
  const store = deps.store;
  const segments = b.segments ?? b.groups;
  await assertSameSquad(ctx);
  const counts = b.builtCounts ?? (await countGeneration(store, squadId, b.generation, segments));
  // The flip, the new generation's issue counts and a new data stamp in one transaction.
  const stamp = newDataStamp();
  await store.transact([
    { op: 'set', key: keys.dataManifest(squadId), value: { v: 1, generation: b.generation, segments, issueCount: totalOf(counts), scopeKey: b.scopeKey, publishedAtMs: deps.clock.nowMs() } },
    issueCountsOp(squadId, { v: 1, generation: b.generation, stamp, counts }),
    dataStampOp(squadId, stamp),
  ]);
  const deletedMeanwhile = await readPendingDeletes(store, squadId, b.generation);
  for (const id of deletedMeanwhile) {
    await updateSegment(store, squadId, b.generation, bucketOf(id, segments), (s) => s.i[id] !== undefined && removeIssue(s, id, DELETED));
  }
  b.requests = addCounts(ctx.baseRequests, countsOf(ctx.stats));
  state.backfill = null;
  state.lastSyncMs = b.startedAtMs;
  state.lastFullSyncMs = deps.clock.nowMs();
  // Issues deleted while the backfill paged shift Jira's pages, so one may have been skipped: the
  // reconcile queued below then sweeps IDs at once (and fetches what is missing).
  state.lastSweepMs = deletedMeanwhile.length > 0 ? null : b.startedAtMs;
  state.lastFullSyncRequests = b.requests;
  state.error = null;
  state.skipped = b.skipped;
  try {
    // Deleted between the check and the manifest write: take back what this step published.
    await assertSameSquad(ctx);
  } catch (err) {
    if ((await readManifest(store, squadId))?.generation === b.generation) await store.delete(keys.dataManifest(squadId));
    throw err;
  }
  await writeSyncState(store, squadId, state);
  await refreshPortfolioSummary(deps, squadId);
  await deps.queue.push([cleanupJob({ squadId })], { delaySeconds: ctx.limits.cleanupDelaySeconds });
  await deps.queue.push([reconcileJob({ squadId })]);
  // The first viewers after a publish find their answers computed (never fails the publish).
  await requestWarm(deps, squadId, { immediate: true });
}
