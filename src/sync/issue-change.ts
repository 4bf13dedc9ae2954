import type { SquadConfig } from '../contract/squad-config';
import { fetchStatusChangelogs } from '../jira/changelogs';
import { getIssue } from '../jira/get-issue';
import type { SyncIssue } from '../jira/schemas/search';
import { readManifest } from '../store/data-manifest';
import { updateSegment } from '../store/issue-segments';
import { SegmentFullError, bucketOf, type Segment } from '../store/segment';
import { DELETED, removeIssue, upsertIssue } from '../store/segment-ops';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { fetchScopeOf, searchFieldsOf } from './fetch-scope';
import type { IssueJob } from './jobs';
import { addPendingDelete } from './pending-deletes';
import { appClient, DONE, type JobOutcome, type SyncDeps } from './sync-deps';
import { readSyncState } from './sync-state';
import { splitSegments } from './segment-split';
import { refreshPortfolioSummary } from './portfolio-summary';
import { toStored, updatedMsOf } from './to-stored';
import { requestWarm } from './warm';

/**
 * Applies one change to the published segment holding the issue (read-change-write under the
 * segment's lock).
 */
async function applyToPublished(deps: SyncDeps, squadId: string, issueId: string, change: (s: Segment) => boolean): Promise<void> {
  const { store } = deps;
  for (let attempt = 0; attempt < 3; attempt++) {
    const manifest = await readManifest(store, squadId);
    if (manifest === undefined) return;
    try {
      await updateSegment(store, squadId, manifest.generation, bucketOf(issueId, manifest.segments), change);
    } catch (err) {
      // The segment outgrew its cap: split the squad's segments (a new generation, no backfill) and
      // apply the change there. If the split cannot run now, the job fails and is retried.
      if (!(err instanceof SegmentFullError) || (await splitSegments(deps, squadId)) !== 'split') throw err;
      continue;
    }
    const after = await readManifest(store, squadId);
    // A newer generation went live while we worked: it may lack this change, so apply it there too.
    if (after === undefined || after.generation === manifest.generation) return;
  }
}

interface Candidate {
  config: SquadConfig;
  backfillGeneration: number | null;
}

/** Squads whose stored data may hold the issue or should: those with data or a backfill running. */
async function candidates(deps: SyncDeps, job: IssueJob): Promise<Candidate[]> {
  const configs = (await new SquadConfigRepo(deps.store).list()).filter((c) => job.squadIds === undefined || job.squadIds.includes(c.id));
  const out: Candidate[] = [];
  for (const config of configs) {
    // A created issue concerns only squads of its project; an update may be a move out of any squad.
    if (job.eventType === 'created' && job.projectKey !== undefined && !config.projects.includes(job.projectKey)) continue;
    const [manifest, state] = await Promise.all([readManifest(deps.store, config.id), readSyncState(deps.store, config.id)]);
    if (manifest === undefined && state.backfill === null) continue;
    out.push({ config, backfillGeneration: state.backfill?.generation ?? null });
  }
  return out;
}

/**
 * One issue changed (created, updated, deleted): re-read it as the app and update its timeline in
 * every squad concerned — two requests (the issue and its status history), whatever the squad's
 * size. The stored copy is replaced only by a newer one (`updated`), so duplicate and out-of-order
 * events leave the right result; an issue now outside a squad's projects is removed from it.
 */
export async function processIssueChange(deps: SyncDeps, job: IssueJob): Promise<JobOutcome> {
  const { store } = deps;
  const squads = await candidates(deps, job);
  if (squads.length === 0) return DONE;
  const id = job.issueId;

  if (job.eventType === 'deleted') {
    for (const { config, backfillGeneration } of squads) {
      await applyToPublished(deps, config.id, id, (s) => s.i[id] !== undefined && removeIssue(s, id, DELETED));
      if (backfillGeneration !== null) {
        await addPendingDelete(store, config.id, backfillGeneration, id);
        // The backfill may have published between the two steps above: apply to what is now live.
        await applyToPublished(deps, config.id, id, (s) => s.i[id] !== undefined && removeIssue(s, id, DELETED));
      }
    }
    await refreshSummaries(deps, squads);
    return DONE;
  }

  const client = appClient(deps);
  const fields = [...new Set(squads.flatMap((c) => searchFieldsOf(fetchScopeOf(c.config))))];
  const issue: SyncIssue | undefined = await getIssue(client, id, fields);
  if (issue === undefined) {
    // Gone, or the app may no longer see it: drop it as of now; a later copy can bring it back.
    const asOfMs = deps.clock.nowMs();
    for (const { config } of squads) await applyToPublished(deps, config.id, id, (s) => s.i[id] !== undefined && removeIssue(s, id, asOfMs));
    await refreshSummaries(deps, squads);
    return DONE;
  }
  const project = issue.fields.project.key;
  const inScope = squads.some((c) => c.config.projects.includes(project));
  const histories = inScope ? (await fetchStatusChangelogs(client, [issue.id])).histories.get(issue.id) : undefined;
  for (const { config } of squads) {
    if (config.projects.includes(project)) {
      const stored = toStored(issue, histories, fetchScopeOf(config));
      await applyToPublished(deps, config.id, id, (s) => upsertIssue(s, stored));
    } else {
      const asOfMs = updatedMsOf(issue);
      await applyToPublished(deps, config.id, id, (s) => s.i[id] !== undefined && removeIssue(s, id, asOfMs));
    }
  }
  await refreshSummaries(deps, squads);
  return DONE;
}

/** Keeps each squad's portfolio summary current with the change just applied, and asks for its first answers to be warmed (debounced). */
async function refreshSummaries(deps: SyncDeps, squads: readonly Candidate[]): Promise<void> {
  for (const { config } of squads) {
    await refreshPortfolioSummary(deps, config.id);
    await requestWarm(deps, config.id);
  }
}
