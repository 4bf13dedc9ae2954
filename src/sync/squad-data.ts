import type { SquadConfig } from '../contract/squad-config';
import type { SyncStatusDto } from '../contract/sync';
import type { IssueHistory } from '../domain/model/issue-history';
import { fetchStatusChangelogs } from '../jira/changelogs';
import type { SyncIssue } from '../jira/schemas/search';
import { searchPage, type SearchPage } from '../jira/search';
import { userClientForResolver } from '../jira/user-client';
import type { ResolverDeps } from '../resolvers/deps';
import { readPublishedIssues } from '../store/issue-segments';
import { decodeIssue, normalizeHistory, storedMeta, storedProject } from '../store/stored-issue';
import { fetchScopeOf, scopeJql, searchFieldsOf } from './fetch-scope';
import { browsableProjects, visibleSecuredIds } from './permission-filter';
import { groupBy } from './group-by';
import { getSyncStatus } from './sync-status';
import { historyOf } from './to-stored';

/** Before the backfill has finished, squads up to this size are read live (≈11 requests, well inside 25 s). */
export const LIVE_MAX_ISSUES = 1000;

export interface SquadIssues {
  issues: IssueHistory[];
  /** `store`: the synced copy; `live`: read from Jira just now as the user; `none`: not available yet (see `sync`). */
  source: 'store' | 'live' | 'none';
  /** What the data reflects: the last sync (store) or now (live); null for none. */
  asOfMs: number | null;
  /** Squad projects the user cannot browse: their issues are left out. */
  hiddenProjects: string[];
  /** Stored issues left out because an issue security level hides them from the user. */
  restrictedFiltered: number;
  sync: SyncStatusDto;
}

/**
 * A squad's issues as `accountId` may see them. Stored data (gathered as the app) is filtered by
 * the user's browse permission per project and, where issues carry a security level, by an ID
 * search as the user. Before the first backfill has been published, a small squad is read live as
 * the user instead; a large one answers `none` with the sync progress.
 */
export async function loadSquadIssues(deps: ResolverDeps, config: SquadConfig, accountId: string): Promise<SquadIssues> {
  const nowMs = deps.clock.nowMs();
  const user = userClientForResolver(deps.jira, accountId, deps.clock);
  const [sync, access, published] = await Promise.all([
    getSyncStatus(deps.store, config.id, nowMs),
    browsableProjects(user, config.projects),
    readPublishedIssues(deps.store, config.id),
  ]);
  const base = { hiddenProjects: access.hidden, sync };
  if (access.visible.length === 0) return { ...base, issues: [], source: published ? 'store' : 'none', asOfMs: null, restrictedFiltered: 0 };

  if (published !== undefined) {
    const visible = new Set(access.visible);
    const kept = published.issues.filter((s) => visible.has(storedProject(s)));
    const secured = groupBy(
      kept.filter((s) => storedMeta(s).secured),
      storedProject,
      (s) => s[0],
    );
    const allowed = secured.size === 0 ? null : await visibleSecuredIds(user, secured);
    const issues: IssueHistory[] = [];
    let restrictedFiltered = 0;
    for (const s of kept) {
      if (allowed !== null && storedMeta(s).secured && !allowed.has(s[0])) restrictedFiltered++;
      else issues.push(decodeIssue(s));
    }
    const asOfMs = sync.lastSyncAt === null ? published.manifest.publishedAtMs : Date.parse(sync.lastSyncAt);
    return { ...base, issues, source: 'store', asOfMs, restrictedFiltered };
  }

  // No stored copy yet: read live as the user when the squad is small enough for the time limit.
  const none: SquadIssues = { ...base, issues: [], source: 'none', asOfMs: null, restrictedFiltered: 0 };
  const known = Math.max(sync.progress?.issuesEstimated ?? 0, sync.progress?.issuesDone ?? 0);
  if (known > LIVE_MAX_ISSUES) return none;
  const scope = { ...fetchScopeOf(config), projects: access.visible };
  const found: SyncIssue[] = [];
  let cursor: string | null = null;
  do {
    const page: SearchPage = await searchPage(user, { jql: scopeJql(scope), fields: searchFieldsOf(scope), nextPageToken: cursor });
    found.push(...page.issues);
    cursor = page.nextPageToken;
  } while (cursor !== null && found.length < LIVE_MAX_ISSUES);
  if (cursor !== null) return none;
  const { histories } = await fetchStatusChangelogs(user, found.map((i) => i.id));
  // Same precision as the store, so figures do not shift when the source switches.
  const issues = found.map((i) => normalizeHistory(historyOf(i, histories.get(i.id), scope)));
  return { ...base, issues, source: 'live', asOfMs: nowMs, restrictedFiltered: 0 };
}
