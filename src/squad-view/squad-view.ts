import type { SquadConfig } from '../contract/squad-config';
import type { SyncStatusDto } from '../contract/sync';
import { getSyncStatus } from '../sync';
import type { SquadViewDeps, Viewer } from './deps';
import { readDataVersion, storedCounts, type DataVersion } from './stored-data';
import { issueVisibility, projectAccess, visibleCount, type ProjectAccess, type SquadVisibility } from './visibility';
import type { StoredIssue } from '../store/stored-issue';
import { squadAccess, type ViewerScope } from './viewer-scope';

/**
 * One viewer's view of one squad, before any issue is read: what they may browse and, when data is
 * published, which stored issues they see. Everything a cached answer is keyed on is here.
 */
export interface SquadView {
  config: SquadConfig;
  /** The squad's sync status as stored (counts of every issue: use `viewerSyncStatus` for pages). */
  sync: SyncStatusDto;
  access: ProjectAccess;
  /** Null when nothing is published yet, or the viewer browses none of the squad's projects. */
  published: { version: DataVersion; counts: Record<string, number>; visibility: SquadVisibility; issues: StoredIssue[] | undefined } | null;
}

/**
 * Opens the squad for the viewer: one bulk permission check, the published data's version and
 * per-project counts (small keys), and per visible project one approximate count as the viewer
 * (plus an ID search where the counts differ). Throws nothing for a squad the viewer cannot see:
 * check `access.visible` (see `readableSquadView`). With a `scope` (several squads in one request),
 * the permission check and the per-project reads are the scope's: this squad asks Jira nothing new.
 */
export async function openSquadView(deps: SquadViewDeps, viewer: Viewer, config: SquadConfig, scope?: ViewerScope): Promise<SquadView> {
  const nowMs = deps.clock.nowMs();
  const accessOf = (): Promise<ProjectAccess> => (scope === undefined ? projectAccess(deps, viewer, config.projects) : Promise.resolve(squadAccess(scope, config.projects)));
  const [sync, access, version] = await Promise.all([getSyncStatus(deps.store, config.id, nowMs), accessOf(), readDataVersion(deps, config.id)]);
  if (version === undefined || access.visible.length === 0) return { config, sync, access, published: null };
  const stored = await storedCounts(deps, config.id, version);
  const visibility = await issueVisibility(viewer, access, stored.counts, scope?.reads);
  return { config, sync, access, published: { version: stored.version, counts: stored.counts, visibility, issues: stored.issues } };
}

/**
 * The sync status as this viewer may be told it: the issue count is of the issues they see, and
 * the backfill's issue counts are left out unless they see the whole squad (the percentage stays).
 */
export function viewerSyncStatus(view: SquadView): SyncStatusDto {
  const published = view.published;
  const issueCount = published === null ? 0 : published.visibility.projects.reduce((n, p) => n + visibleCount(p, published.counts[p.project] ?? 0), 0);
  const whole = published !== null && !published.visibility.someProjectsHidden && published.visibility.projects.every((p) => p.whole);
  const progress = view.sync.progress === null || whole ? view.sync.progress : { ...view.sync.progress, issuesDone: 0, issuesEstimated: null };
  return { ...view.sync, issueCount, progress };
}
