import { fetchStatusChangelogs } from '../jira/changelogs';
import type { SyncIssue } from '../jira/schemas/search';
import { searchAll, searchIds } from '../jira/search';
import { readManifest } from '../store/data-manifest';
import { readPublishedIssues, updateSegment } from '../store/issue-segments';
import { keys } from '../store/keys';
import { SegmentFullError, bucketOf } from '../store/segment';
import { removeIssue, upsertIssue } from '../store/segment-ops';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { fetchScopeOf, scopeJql, scopeKeyOf, searchFieldsOf } from './fetch-scope';
import { groupBy } from './group-by';
import { refreshPortfolioSummary } from './portfolio-summary';
import { readDataStamp } from '../store/data-stamp';
import { requestWarm } from './warm';
import { backfillJob, reconcileJob } from './jobs';
import { releaseLease, tryLease } from './lease';
import { readQuotaPause } from './quota-pause';
import { sweepOrphans } from './purge';
import { requestBackfill } from './request-backfill';
import { appClient, DONE, limitsOf, type JobOutcome, type SyncDeps } from './sync-deps';
import { readSyncState, writeSyncState } from './sync-state';
import { toStored } from './to-stored';
import { splitSegments } from './segment-split';

/**
 * Hourly scheduled trigger: for each squad, start a backfill where none has been made (or the
 * scope changed), push a stalled one again, and otherwise queue a reconcile. The installation-wide
 * lease is left to expire, so a trigger that fires twice does the work once.
 */
export async function runReconcile(deps: SyncDeps): Promise<{ queued: number; backfills: number }> {
  const limits = limitsOf(deps);
  const nowMs = deps.clock.nowMs();
  if ((await readQuotaPause(deps.store, nowMs)) !== null) return { queued: 0, backfills: 0 };
  if ((await tryLease(deps.store, keys.reconcileLease(), 10 * 60)) === null) return { queued: 0, backfills: 0 };
  let queued = 0;
  let backfills = 0;
  for (const config of await new SquadConfigRepo(deps.store).list()) {
    const [state, manifest] = await Promise.all([readSyncState(deps.store, config.id), readManifest(deps.store, config.id)]);
    const scopeKey = scopeKeyOf(fetchScopeOf(config));
    const b = state.backfill;
    if (b !== null && b.scopeKey === scopeKey) {
      if (state.error === null && nowMs - b.updatedAtMs > limits.stalledAfterMs) {
        await deps.queue.push([backfillJob({ squadId: config.id, generation: b.generation, seq: b.seq })]);
        backfills++;
      }
    } else if (manifest?.scopeKey !== scopeKey) {
      await requestBackfill(deps, config.id);
      backfills++;
    } else {
      await deps.queue.push([reconcileJob({ squadId: config.id })]);
      queued++;
    }
  }
  // Data of squads that no longer exist (a delete whose purge was lost) is purged too.
  queued += await sweepOrphans(deps);
  return { queued, backfills };
}

/**
 * Brings one squad's stored data up to date with `updated >= last sync − overlap`: ceil(k/100)
 * search pages and ceil(k/1000) bulkfetches for k changed issues, whatever the squad's size, so a
 * missed event heals within the hour. Once a day it also sweeps IDs (5,000 a request) to drop issues
 * deleted or moved out without an event reaching us.
 */
export async function reconcileSquad(deps: SyncDeps, squadId: string): Promise<JobOutcome> {
  const { store, clock } = deps;
  const limits = limitsOf(deps);
  const startMs = clock.nowMs();
  const pausedUntil = await readQuotaPause(store, startMs);
  if (pausedUntil !== null) return { status: 'retry', retryAfterMs: pausedUntil - startMs, reason: 'jira-quota' };
  const leaseKey = keys.syncLease(squadId);
  const lease = await tryLease(store, leaseKey, limits.leaseTtlSeconds);
  if (lease === null) return { status: 'retry', retryAfterMs: 60_000, reason: 'squad busy' };
  try {
    return await reconcileUnderLease(deps, squadId, startMs);
  } catch (err) {
    // A segment outgrew its cap: split the squad's segments (no backfill) and run the reconcile again on them.
    if (!(err instanceof SegmentFullError) || (await splitSegments(deps, squadId, { leaseHeld: true })) !== 'split') throw err;
    return { status: 'retry', retryAfterMs: 0, reason: 'segments split' };
  } finally {
    await releaseLease(store, leaseKey, lease);
  }
}

async function reconcileUnderLease(deps: SyncDeps, squadId: string, startMs: number): Promise<JobOutcome> {
  const { store } = deps;
  const limits = limitsOf(deps);
  const [state, manifest, config] = await Promise.all([readSyncState(store, squadId), readManifest(store, squadId), new SquadConfigRepo(store).get(squadId)]);
  if (config === undefined || manifest === undefined || state.backfill !== null) return DONE;
  const scope = fetchScopeOf(config);
  if (manifest.scopeKey !== scopeKeyOf(scope)) return DONE;
  const client = appClient(deps);
  const stampBefore = await readDataStamp(store, squadId);
  const sinceMs = state.lastSyncMs ?? manifest.publishedAtMs;
  const minutes = Math.max(1, Math.ceil((startMs - sinceMs + limits.reconcileOverlapMs) / 60_000));
  const jql = scopeJql(scope).replace(' ORDER BY', ` AND updated >= -${minutes}m ORDER BY`);
  const changed: SyncIssue[] = [];
  for await (const page of searchAll(client, { jql, fields: searchFieldsOf(scope) })) changed.push(...page);
  const { histories } = await fetchStatusChangelogs(client, changed.map((i) => i.id));
  const bySegment = groupBy(
    changed,
    (issue) => bucketOf(issue.id, manifest.segments),
    (issue) => toStored(issue, histories.get(issue.id), scope),
  );
  for (const [s, issues] of bySegment) {
    await updateSegment(store, squadId, manifest.generation, s, (seg) => issues.map((i) => upsertIssue(seg, i)).some(Boolean));
  }
  const swept = startMs - (state.lastSweepMs ?? 0) >= limits.sweepEveryMs ? await sweep(deps, squadId, scope, startMs) : false;
  // Re-read before writing: a backfill may have been requested meanwhile; keep its fields.
  const latest = await readSyncState(store, squadId);
  await writeSyncState(store, squadId, { ...latest, lastSyncMs: startMs, ...(swept ? { lastSweepMs: startMs } : {}) });
  await refreshPortfolioSummary(deps, squadId);
  // Only when the reconcile changed the stored data: an hourly no-op warms nothing.
  if ((await readDataStamp(store, squadId)) !== stampBefore) await requestWarm(deps, squadId);
  deps.log.info('reconciled', { squadId, changed: changed.length, requests: client.stats.total, swept });
  return DONE;
}

/** Issues fetched by ID per search request when the sweep fills gaps. */
const SWEEP_FETCH_CHUNK = 100;

/**
 * Makes the stored IDs match the app's ID search: drops stored issues it no longer returns
 * (deleted or moved out unseen) and fetches those it returns that the store lacks — an issue a
 * backfill's paging skipped because issues were deleted between its pages, or one whose event
 * never came and that has not changed since.
 */
async function sweep(deps: SyncDeps, squadId: string, scope: ReturnType<typeof fetchScopeOf>, asOfMs: number): Promise<boolean> {
  const where = scopeJql(scope).replace(/ ORDER BY .*$/, '');
  const client = appClient(deps);
  const { ids, complete } = await searchIds(client, where);
  if (!complete) return false;
  const live = new Set(ids);
  const published = await readPublishedIssues(deps.store, squadId);
  if (published === undefined) return false;
  const storedIds = new Set(published.issues.map((i) => i[0]));
  const gone = [...storedIds].filter((id) => !live.has(id));
  const segments = published.manifest.segments;
  const bySegment = groupBy(gone, (id) => bucketOf(id, segments));
  for (const [s, list] of bySegment) {
    await updateSegment(deps.store, squadId, published.manifest.generation, s, (seg) => list.map((id) => removeIssue(seg, id, asOfMs)).some(Boolean));
  }
  const missing = ids.filter((id) => !storedIds.has(id) && /^\d+$/.test(id));
  for (let i = 0; i < missing.length; i += SWEEP_FETCH_CHUNK) {
    const chunk = missing.slice(i, i + SWEEP_FETCH_CHUNK);
    const found: SyncIssue[] = [];
    for await (const page of searchAll(client, { jql: `${where} AND id in (${chunk.join(', ')})`, fields: searchFieldsOf(scope) })) found.push(...page);
    const { histories } = await fetchStatusChangelogs(client, found.map((f) => f.id));
    const byBucket = groupBy(found, (issue) => bucketOf(issue.id, segments), (issue) => toStored(issue, histories.get(issue.id), scope));
    for (const [s, list] of byBucket) {
      await updateSegment(deps.store, squadId, published.manifest.generation, s, (seg) => list.map((x) => upsertIssue(seg, x)).some(Boolean));
    }
  }
  if (missing.length > 0) deps.log.info('sweep fetched issues the store lacked', { squadId, missing: missing.length });
  return true;
}
