import type { BoardNarrow, BoardOverviewDto, BoardPageDto } from '../contract/board';
import { BOARD_MAX_ITEMS } from '../contract/board';
import type { ResolverContext } from '../contract/context';
import type { SquadConfig } from '../contract/squad-config';
import { completedLeadTimes } from '../domain/board/lead-time-sample';
import type { IssueHistory } from '../domain/model/issue-history';
import { percentileOfSorted } from '../domain/metrics/percentile';
import { compileSquad, type CompiledSquad } from '../domain/timeline/compile-squad';
import { fetchStatusChangelogs } from '../jira/changelogs';
import { issueToHistory } from '../jira/issue-to-history';
import type { JiraClient } from '../jira/jira-client';
import type { JiraChangeHistory } from '../jira/schemas/issue';
import type { SyncIssue } from '../jira/schemas/search';
import { approximateCount, searchPage, SEARCH_PAGE_SIZE } from '../jira/search';
import { readPublishedIssues } from '../store/issue-segments';
import { decodeIssue } from '../store/stored-issue';
import { loadSquadIssues, type ViewerScope } from '../squad-view';
import { buildCards, cardFields, type CardInput } from './board-cards';
import { flaggedFieldId as siteFlaggedFieldId } from './flagged-field';
import { boardJql, decodeCursor, encodeCursor, narrowProjects } from './board-query';
import { alignWithJira, isJqlRefusal } from './board-drift';
import type { ResolverDeps } from './deps';
import { userJira } from './squads-jira';
import { notFound } from './app-error';
import { configAsSeen } from './squads-read';

/** Items per `board.get`: the first page is small so columns fill fast, later ones larger. */
export const FIRST_PAGE_ITEMS = SEARCH_PAGE_SIZE;
export const NEXT_PAGE_ITEMS = 5 * SEARCH_PAGE_SIZE;
/** Fewer finished items than this draw no aging line (DESIGN §2's low sample). */
const MIN_SAMPLES = 5;

/**
 * One page of the board, read live as the viewer: Jira's search decides what the viewer sees (so
 * nothing they may not browse ever appears); positions come from the synced history of exactly
 * those items, and from Jira's changelog, as the viewer, where the stored copy lags behind.
 * With a `scope` (`board.page`: the request already asked Jira what the viewer may browse of the
 * squad's projects), the squad is opened on it and no permission is asked again.
 */
export async function readBoardPage(config: SquadConfig, cursorText: string | undefined, ctx: ResolverContext, deps: ResolverDeps, narrow?: BoardNarrow, scope?: ViewerScope): Promise<BoardPageDto> {
  const nowMs = deps.clock.nowMs();
  const user = userJira(ctx, deps);
  const squad = compileSquad(config);
  const cursor = cursorText === undefined ? null : decodeCursor(cursorText, config);
  const first = cursor === null;
  const [flaggedFieldId, visible] = await Promise.all([siteFlaggedFieldId(deps, user), first ? loadSquadIssues(deps, config, scope === undefined ? ctx.accountId : { viewer: scope.viewer, scope }) : Promise.resolve(null)]);
  const projects = cursor?.projects ?? config.projects.filter((p) => !(visible?.hiddenProjects ?? []).includes(p));
  if (projects.length === 0) throw notFound(`Squad "${config.id}" does not exist or does not cover this project`);
  if (narrow !== undefined && narrowProjects(config, narrow, projects).length === 0) {
    // The filters keep only disciplines whose projects the viewer cannot browse: nothing to ask.
    const overview = visible === null ? null : overviewOf(configAsSeen(config, projects), squad, visible.issues, nowMs, 0, false);
    return { overview, cards: [], nextCursor: null };
  }
  const wanted = first ? FIRST_PAGE_ITEMS : NEXT_PAGE_ITEMS;
  const loadedBefore = cursor?.loaded ?? 0;
  const read = async (c: SquadConfig): Promise<{ approx: number | null; issues: SyncIssue[]; token: string | null }> => {
    const approx = first ? await approximateCount(user, boardJql(c, projects, false, narrow)) : null;
    const issues: SyncIssue[] = [];
    let token: string | null = cursor?.token ?? null;
    do {
      const max = Math.min(SEARCH_PAGE_SIZE, wanted - issues.length, BOARD_MAX_ITEMS - loadedBefore - issues.length);
      const page = await searchPage(user, { jql: boardJql(c, projects, true, narrow), fields: cardFields(c, flaggedFieldId), nextPageToken: token, maxResults: max });
      issues.push(...page.issues);
      token = page.nextPageToken;
    } while (token !== null && issues.length < wanted && loadedBefore + issues.length < BOARD_MAX_ITEMS);
    return { approx, issues, token };
  };
  let notice: string | null = null;
  let got: Awaited<ReturnType<typeof read>>;
  try {
    got = await read(config);
  } catch (err) {
    // The config names an issue type or status Jira no longer has (renamed or deleted since it was
    // saved): show what still exists and say so, instead of failing the whole board.
    if (!isJqlRefusal(err)) throw err;
    const aligned = await alignWithJira(user, config, projects);
    if (aligned.notice === null) throw err;
    notice = aligned.notice;
    config = aligned.config;
    got = aligned.nothingLeft ? { approx: 0, issues: [], token: null } : await read(config);
  }
  const { approx, issues } = got;
  const token = got.token;

  const stored = visible === null ? await storedById(deps, config.id) : new Map(visible.issues.map((h) => [h.id, h]));
  const inputs = await withHistories(user, config, issues, stored);
  const cards = buildCards(config, squad, inputs, flaggedFieldId, nowMs);
  const loaded = loadedBefore + issues.length;
  const more = token !== null && loaded < BOARD_MAX_ITEMS;
  // The overview names only projects (and their disciplines) the viewer may browse.
  // Past the cap: Jira's approximate count says so on the first page (the pages stop at the cap).
  const tooMany = (approx ?? 0) > BOARD_MAX_ITEMS || (token !== null && loaded >= BOARD_MAX_ITEMS);
  const overview = visible === null ? null : { ...overviewOf(configAsSeen(config, projects), squad, visible.issues, nowMs, approx, tooMany), configNotice: notice };
  return { overview, cards, nextCursor: more && token !== null ? encodeCursor({ token, loaded, projects }) : null };
}

async function storedById(deps: ResolverDeps, squadId: string): Promise<Map<string, IssueHistory>> {
  const published = await readPublishedIssues(deps.store, squadId);
  const out = new Map<string, IssueHistory>();
  for (const s of published?.issues ?? []) out.set(s[0], decodeIssue(s));
  return out;
}

/**
 * Each live issue with a history whose last status is the one Jira shows now: the stored one
 * (with today's labels and fields), or, where the store has not caught up, the changelog read now.
 */
async function withHistories(user: JiraClient, config: SquadConfig, issues: readonly SyncIssue[], stored: ReadonlyMap<string, IssueHistory>): Promise<CardInput[]> {
  const opts = {
    effortFieldId: config.quickWin.candidate?.effortFieldId,
    disciplineFieldId: config.discipline.by === 'field' ? config.discipline.fieldId : undefined,
  };
  const stale = issues.filter((i) => stored.get(i.id)?.statusId !== i.fields.status.id).map((i) => i.id);
  const live: ReadonlyMap<string, JiraChangeHistory[]> = stale.length === 0 ? new Map() : (await fetchStatusChangelogs(user, stale)).histories;
  return issues.map((issue) => {
    const kept = stored.get(issue.id);
    if (kept !== undefined && kept.statusId === issue.fields.status.id) {
      const now = issueToHistory(issue, [], opts);
      return { issue, history: { ...now, createdMs: kept.createdMs, changes: kept.changes, ...(kept.projectMoves ? { projectMoves: kept.projectMoves } : {}) } };
    }
    return { issue, history: issueToHistory(issue, live.get(issue.id) ?? [], opts) };
  });
}

function overviewOf(config: SquadConfig, squad: CompiledSquad, visible: readonly IssueHistory[], nowMs: number, approx: number | null, tooMany: boolean): BoardOverviewDto {
  const sample = completedLeadTimes(squad, visible, nowMs);
  const disciplines = [...new Set(Object.values(config.discipline.values))];
  return {
    squad: { id: config.id, name: config.name, projects: [...config.projects] },
    stages: config.stages.map((s) => ({ name: s.name, color: s.color, wipLimit: s.wipLimit ?? null, wipMin: s.wipMin ?? null, laneWipLimits: { ...(s.laneWipLimits ?? {}) } })),
    disciplines,
    swimlanes: config.board.swimlanes,
    doneWindowDays: config.board.doneWindowDays,
    quickWinLabel: config.quickWin.label,
    leadTime: { from: config.leadTime.from, to: config.leadTime.to },
    leadTimeP85Days: sample.length < MIN_SAMPLES ? null : percentileOfSorted(sample, 85),
    approximateTotal: approx,
    tooMany,
    configNotice: null,
    mapStatusesHint: 'A Jira admin maps statuses to stages on the SquadFlow admin page (Apps → SquadFlow → your squad → Status mapping).',
  };
}
