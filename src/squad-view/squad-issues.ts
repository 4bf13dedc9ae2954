import { setImmediate as nextTurn } from 'node:timers/promises';
import type { IssueHistory } from '../domain/model/issue-history';
import { fetchStatusChangelogs } from '../jira/changelogs';
import type { SyncIssue } from '../jira/schemas/search';
import { searchPage, type SearchPage } from '../jira/search';
import { readPublishedIssues } from '../store/issue-segments';
import { decodeIssue, normalizeHistory, storedProject, type StoredIssue } from '../store/stored-issue';
import { fetchScopeOf, historyOf, scopeJql, searchFieldsOf } from '../sync';
import type { SquadViewDeps, Viewer } from './deps';
import type { SquadView } from './squad-view';
import { canSeeIssue } from './visibility';

/** Before the backfill has finished, squads up to this size are read live (≈11 requests, well inside 25 s). */
export const LIVE_MAX_ISSUES = 1000;

export interface SquadIssues {
  issues: IssueHistory[];
  /** `store`: the synced copy; `live`: read from Jira just now as the viewer; `none`: not available yet (see the sync status). */
  source: 'store' | 'live' | 'none';
  /** What the data reflects: the last sync (store) or now (live); null for none. */
  asOfMs: number | null;
}

/** What the stored data reflects: the last sync, else when it was published; null when nothing is published. */
export function storedAsOfMs(view: SquadView): number | null {
  if (view.published === null) return null;
  return view.sync.lastSyncAt === null ? view.published.version.manifest.publishedAtMs : Date.parse(view.sync.lastSyncAt);
}

/**
 * The published issues the view may see, decoded (read from the store unless the view already
 * holds them). With `yieldEvery`, background work gives the event loop a turn every so many issues.
 */
export async function visibleStoredIssues(deps: SquadViewDeps, view: SquadView, options: { yieldEvery?: number } = {}): Promise<IssueHistory[]> {
  const published = view.published;
  if (published === null) return [];
  const stored = published.issues ?? (await readPublishedIssues(deps.store, view.config.id))?.issues ?? [];
  const issues: IssueHistory[] = [];
  const every = options.yieldEvery ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < stored.length; i++) {
    const s = stored[i] as StoredIssue;
    if (canSeeIssue(published.visibility, storedProject(s), s[0])) issues.push(decodeIssue(s));
    if ((i + 1) % every === 0) await nextTurn();
  }
  return issues;
}

/**
 * The squad's issues as the viewer may see them. Stored data (gathered as the app) is filtered by
 * the view's visibility. Before the first backfill has been published, a small squad is read live
 * as the viewer instead; a large one answers `none`.
 */
export async function loadVisibleIssues(deps: SquadViewDeps, viewer: Viewer, view: SquadView): Promise<SquadIssues> {
  const { published, sync, access, config } = view;
  if (access.visible.length === 0) return { issues: [], source: 'none', asOfMs: null };
  if (published !== null) return { issues: await visibleStoredIssues(deps, view), source: 'store', asOfMs: storedAsOfMs(view) ?? 0 };
  // No stored copy yet: read live as the viewer when the squad is small enough for the time limit.
  const none: SquadIssues = { issues: [], source: 'none', asOfMs: null };
  const known = Math.max(sync.progress?.issuesEstimated ?? 0, sync.progress?.issuesDone ?? 0);
  if (known > LIVE_MAX_ISSUES) return none;
  const scope = { ...fetchScopeOf(config), projects: access.visible };
  const found: SyncIssue[] = [];
  let cursor: string | null = null;
  do {
    const page: SearchPage = await searchPage(viewer.jira, { jql: scopeJql(scope), fields: searchFieldsOf(scope), nextPageToken: cursor });
    found.push(...page.issues);
    cursor = page.nextPageToken;
  } while (cursor !== null && found.length < LIVE_MAX_ISSUES);
  if (cursor !== null) return none;
  const { histories } = await fetchStatusChangelogs(viewer.jira, found.map((i) => i.id));
  // Same precision as the store, so figures do not shift when the source switches.
  const issues = found.map((i) => normalizeHistory(historyOf(i, histories.get(i.id), scope)));
  return { issues, source: 'live', asOfMs: deps.clock.nowMs() };
}
