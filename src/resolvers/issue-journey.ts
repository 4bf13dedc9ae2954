import type { ResolverContext } from '../contract/context';
import type { IssueJourneyDto, JourneySquadDto, JourneyStageDto, JourneyVisitDto } from '../contract/journey';
import { DROPPED, type SquadConfig } from '../contract/squad-config';
import { completedLeadTimes } from '../domain/board/lead-time-sample';
import { boardPositions } from '../domain/board/board-position';
import { stageVisits } from '../domain/board/stage-visits';
import type { IssueHistory } from '../domain/model/issue-history';
import { percentRankOfSorted } from '../domain/metrics/percentile';
import { isQuickWinCandidate } from '../domain/quick-win/is-candidate';
import { isQuickWin } from '../domain/quick-win/is-quick-win';
import { compileSquad } from '../domain/timeline/compile-squad';
import { DayCalendar } from '../domain/time/day-calendar';
import { MS_PER_DAY } from '../domain/time/parse-jira-timestamp';
import { fetchStatusChangelogs } from '../jira/changelogs';
import { getIssue } from '../jira/get-issue';
import { issueToHistory } from '../jira/issue-to-history';
import { checkPermissions } from '../jira/permissions-check';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { loadSquadIssues, projectIdsOf, scopeFromAccess, viewerOf, type Viewer, type ViewerScope } from '../squad-view';
import { badRequest, notFound } from './app-error';
import type { ResolverDeps } from './deps';
import { userJira } from './squads-jira';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{1,9}-\d{1,9}$/;
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * `issue.journey`: the issue panel's story of the issue in its context, read as the viewer: the
 * issue and its status history live from Jira (so a hidden issue answers not found), each squad
 * holding its project, and the squad's finished lead times from what this viewer may see.
 */
export async function issueJourney(ctx: ResolverContext, deps: ResolverDeps): Promise<IssueJourneyDto> {
  if (ctx.issueKey === undefined) throw badRequest('The issue panel opens on an issue; this call came without one', [{ path: 'issueKey', message: 'missing from the context' }]);
  // The key reaches Jira only through route escaping, which refuses "." and ".." by throwing: a
  // key that is not an issue key is the caller's mistake, answered as such before any request.
  if (!ISSUE_KEY.test(ctx.issueKey)) throw badRequest('The issue panel opened on something that is not an issue key', [{ path: 'issueKey', message: 'must be an issue key such as MKT-12' }]);
  const user = userJira(ctx, deps);
  const squadsAll = await new SquadConfigRepo(deps.store).list();
  const extra = [...new Set(squadsAll.flatMap((s) => [s.quickWin.candidate?.effortFieldId, s.discipline.by === 'field' ? s.discipline.fieldId : undefined]).filter((f): f is string => f !== undefined))];
  const issue = await getIssue(user, ctx.issueKey, ['status', 'project', 'issuetype', 'labels', 'components', 'created', 'resolution', ...extra]);
  if (issue === undefined) throw notFound(`${ctx.issueKey} does not exist or you do not have permission to see it`);
  const projectKey = issue.fields.project.key;
  const squads = squadsAll.filter((s) => s.projects.includes(projectKey) && (s.issueTypes.length === 0 || s.issueTypes.includes(issue.fields.issuetype?.name ?? '')));
  const [{ histories }, { scope, canEdit }] = await Promise.all([fetchStatusChangelogs(user, [issue.id]), panelAccess(deps, viewerOf(deps, ctx.accountId), projectKey, squads)]);
  const nowMs = deps.clock.nowMs();
  const answers = await Promise.all(
    squads.map(async (config) => {
      const history = issueToHistory(issue, histories.get(issue.id) ?? [], {
        effortFieldId: config.quickWin.candidate?.effortFieldId,
        disciplineFieldId: config.discipline.by === 'field' ? config.discipline.fieldId : undefined,
      });
      const visible = await loadSquadIssues(deps, config, { viewer: scope.viewer, scope });
      return journeyIn(config, history, visible.issues, nowMs);
    }),
  );
  return { issueKey: issue.key, canEdit, squads: answers };
}

/**
 * What the viewer may do in the panel, from ONE bulk permission check as the viewer: editing in
 * the issue's project (the quick-win toggle), and browsing each project of the squads holding it
 * (each squad's lead times count only issues the viewer may see). It was a `mypermissions` call
 * plus one permission check per squad; the squads now also share their per-project counts.
 */
async function panelAccess(deps: ResolverDeps, viewer: Viewer, projectKey: string, squads: readonly SquadConfig[]): Promise<{ scope: ViewerScope; canEdit: boolean }> {
  const projects = [...new Set([projectKey, ...squads.flatMap((s) => s.projects)])];
  const ids = await projectIdsOf(deps, projects);
  const grants = await checkPermissions(viewer.jira, { project: { permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projectIds: [...ids.values()] } });
  const has = (permission: string, project: string): boolean => grants.projects.get(permission)?.has(ids.get(project) ?? '') === true;
  const browsable = projects.filter((p) => has('BROWSE_PROJECTS', p));
  return { scope: scopeFromAccess(viewer, projects, browsable), canEdit: has('EDIT_ISSUES', projectKey) };
}

function journeyIn(config: SquadConfig, history: IssueHistory, squadIssues: readonly IssueHistory[], nowMs: number): JourneySquadDto {
  const squad = compileSquad(config);
  const cal = new DayCalendar(config.calendar, history.createdMs, nowMs + MS_PER_DAY);
  const business = (a: number, b: number): number => cal.workingDaysBetween(cal.dayOf(a), cal.dayOf(b));
  const names = history.statusNames ?? {};
  const stageName = (code: number): string | null => (code === -2 ? DROPPED : code < 0 ? null : (squad.stageNames[code] ?? null));
  const visits: JourneyVisitDto[] = stageVisits(squad, history, nowMs).map((v) => {
    const end = v.leftMs ?? nowMs;
    return { stage: stageName(v.stage), statusNames: v.statusIds.map((id) => names[id] ?? id), entered: iso(v.enteredMs), left: v.leftMs === null ? null : iso(v.leftMs), elapsedDays: (end - v.enteredMs) / MS_PER_DAY, businessDays: business(v.enteredMs, end) };
  });
  const current = visits[visits.length - 1] as JourneyVisitDto;
  const stages: JourneyStageDto[] = config.stages.map((s) => {
    const mine = visits.filter((v) => v.stage === s.name);
    return {
      name: s.name,
      visits: mine.length,
      elapsedDays: mine.length === 0 ? null : mine.reduce((sum, v) => sum + v.elapsedDays, 0),
      businessDays: mine.length === 0 ? null : mine.reduce((sum, v) => sum + v.businessDays, 0),
      statusNames: [...new Set(mine.flatMap((v) => v.statusNames))],
      current: current.stage === s.name,
    };
  });
  const [pos] = boardPositions(squad, [history], nowMs);
  const from = pos?.agingFromMs ?? NaN;
  const to = pos?.agingToMs ?? NaN;
  const soFar = from === from && to !== to;
  const leadEnd = soFar ? nowMs : to;
  const sample = completedLeadTimes(squad, squadIssues.filter((i) => i.id !== history.id), nowMs);
  const leadDays = from === from && leadEnd === leadEnd ? (leadEnd - from) / MS_PER_DAY : null;
  const lastStage = squad.stageNames[squad.stageCount - 1];
  const finishedAt = current.stage === lastStage ? Date.parse(current.entered) : nowMs;
  const currentStage = current.stage === DROPPED ? null : current.stage;
  return {
    squadId: config.id,
    squadName: config.name,
    currentStage,
    currentStatusName: names[history.statusId] ?? history.statusId,
    dropped: current.stage === DROPPED,
    inStageSince: current.entered,
    inStageElapsedDays: current.elapsedDays,
    inStageBusinessDays: current.businessDays,
    totalElapsedDays: (finishedAt - history.createdMs) / MS_PER_DAY,
    totalBusinessDays: business(history.createdMs, finishedAt),
    stages,
    visits,
    leadTime: {
      from: config.leadTime.from,
      to: config.leadTime.to,
      elapsedDays: leadDays,
      businessDays: leadDays === null ? null : business(from, leadEnd),
      soFar,
    },
    olderThanPercent: soFar && leadDays !== null && sample.length > 0 ? percentRankOfSorted(sample, leadDays) : null,
    sampleSize: sample.length,
    quickWin: isQuickWin(config, history),
    suggestedQuickWin: isQuickWinCandidate(config, history, currentStage),
    quickWinLabel: config.quickWin.label,
  };
}
