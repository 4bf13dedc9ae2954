import { TZDate } from '@date-fns/tz';
import { MAX_WINDOW_DAYS, METRICS_SECTIONS, type MetricsAnswerDto, type MetricsDataSourceDto, type MetricsQuery, type MetricsSectionsDto } from '../contract/metrics-query';
import type { SquadMetricsDto } from '../contract/metrics';
import type { SquadConfig } from '../contract/squad-config';
import type { ForecastOptions } from '../domain/forecast/forecast';
import { computeSquadMetrics } from '../domain/squad-metrics';
import { formatDay } from '../domain/time/civil';
import { DayCalendar } from '../domain/time/day-calendar';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { cachedAnswer, loadVisibleIssues, normaliseQuery, projectAccess, readableSquadView, squadFitsModule, squadNotFound, storedAsOfMs, viewerOf, viewerSyncStatus, withSquadErrors } from '../squad-view';
import type { IssueHistory } from '../domain/model/issue-history';
import { badRequest, type AppError } from './app-error';
import type { ResolverContext } from '../contract/context';
import { defineResolver, type ResolverGroup } from './define-resolver';
import { configAsSeen } from './squads-read';
import type { ResolverDeps } from './deps';

/** Above this many items, per-item timelines would make the answer too large for a page. */
export const MAX_ITEMS_IN_ANSWER = 3000;

/** Start (or end) of a calendar day in the squad's time zone, epoch ms. */
function dayBoundMs(day: string, timeZone: string, end: boolean): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d, timeZone).getTime();
  return end ? new TZDate(y, m - 1, d + 1, timeZone).getTime() - 1 : start;
}

/** `window.lastDays` and `forecast.inDays` resolved against today in the squad's zone. */
function relativeDays(config: SquadConfig, q: MetricsQuery, nowMs: number): { windowStartMs: number | undefined; forecast: ForecastOptions | undefined } {
  const cal = new DayCalendar(config.calendar, nowMs, nowMs);
  const today = cal.dayOf(nowMs);
  const lastDays = q.window?.lastDays;
  const f = q.forecast;
  return {
    windowStartMs: lastDays === undefined ? undefined : cal.startOfDay(today - lastDays + 1),
    forecast: f === undefined ? undefined : { items: f.items, targetDate: f.inDays === undefined ? f.targetDate : formatDay(today + f.inDays) },
  };
}

/** The refusal for stages the squad does not have, or in the wrong order; null when they are fine. */
function stageProblem(config: SquadConfig, q: MetricsQuery): AppError | null {
  const names = config.stages.map((s) => s.name);
  const unknown = [q.from, q.to].filter((s): s is string => s !== undefined && !names.includes(s));
  if (unknown.length > 0) {
    return badRequest(`Unknown stage ${unknown.map((s) => `"${s}"`).join(', ')}; the squad's stages are ${names.join(', ')}`, unknown.map((s) => ({ path: s === q.from ? 'from' : 'to', message: `unknown stage "${s}"` })));
  }
  const from = names.indexOf(q.from ?? config.leadTime.from);
  const to = names.indexOf(q.to ?? config.leadTime.to);
  if (from >= to) return badRequest(`"${names[to] ?? ''}" must come after "${names[from] ?? ''}"`, [{ path: 'to', message: 'must come after from' }]);
  return null;
}

/**
 * `metrics.get`: a squad's flow metrics for the calling user. The squad comes from the payload,
 * what the user may see from the trusted context: issues of projects they cannot browse, or hidden
 * by a security level, are left out before anything is computed.
 */
export function metricsResolvers(): ResolverGroup<'metrics.get'> {
  return {
    'metrics.get': defineResolver('metrics.get', (q, ctx, deps) => withSquadErrors(() => metricsOf(q, ctx, deps))),
  };
}

async function metricsOf(q: MetricsQuery, ctx: ResolverContext, deps: ResolverDeps): Promise<MetricsAnswerDto> {
  const config = await new SquadConfigRepo(deps.store).get(q.squadId);
  if (config === undefined || !squadFitsModule(ctx, config)) throw squadNotFound(q.squadId);
  const stageError = stageProblem(config, q);
  if (stageError !== null) {
    // The refusal names the squad's stages, which someone who may not read the squad must not learn.
    const { visible } = await projectAccess(deps, viewerOf(deps, ctx.accountId), config.projects);
    throw visible.length === 0 ? squadNotFound(q.squadId) : stageError;
  }
  const { record, view, viewer } = await readableSquadView(deps, ctx, q.squadId);
  const sync = viewerSyncStatus(view);
  const projects = view.access.visible;
  const nowMs = deps.clock.nowMs();
  if (view.published !== null) {
    // Stored data: the figures depend only on the data's version, the config, the question, what
    // the viewer sees and the time; the squad's answer cache holds them under a digest of those.
    const question = { kind: 'metrics.get', revision: record.revision, query: normaliseQuery(q, METRICS_SET_FIELDS), nowMs };
    const { answer } = await cachedAnswer(deps, view, question, async () => {
      const data = await loadVisibleIssues(deps, viewer, view);
      return { answer: figuresOf(configAsSeen(view.config, projects), q, data.issues, nowMs), cacheable: data.source === 'store' };
    });
    const asOfMs = storedAsOfMs(view);
    const asOf = asOfMs === null ? null : new Date(asOfMs).toISOString();
    return { metrics: answer.metrics, data: { projects, source: 'store', asOf, itemsOmitted: answer.itemsOmitted, rowsTotal: answer.rowsTotal }, sync };
  }
  const data = await loadVisibleIssues(deps, viewer, view);
  const asOf = data.asOfMs === null ? null : new Date(data.asOfMs).toISOString();
  if (data.source === 'none') return { metrics: null, data: { projects, source: 'none', asOf, itemsOmitted: false, rowsTotal: null }, sync };
  const figures = figuresOf(configAsSeen(view.config, projects), q, data.issues, nowMs);
  return { metrics: figures.metrics, data: { projects, source: data.source, asOf, itemsOmitted: figures.itemsOmitted, rowsTotal: figures.rowsTotal }, sync };
}

/** Fields of the query that are sets: their order does not change the answer (nor its cache key). */
const METRICS_SET_FIELDS: ReadonlySet<string> = new Set(['sections', 'filter.disciplines', 'filter.issueTypes']);

/** The computed part of an answer: what the answer cache keeps. */
interface MetricsFigures {
  metrics: MetricsSectionsDto;
  itemsOmitted: boolean;
  rowsTotal: MetricsDataSourceDto['rowsTotal'];
}

/** `config` as the viewer sees it (configAsSeen): no discipline of a project they cannot browse is named. */
function figuresOf(config: SquadConfig, q: MetricsQuery, issues: IssueHistory[], nowMs: number): MetricsFigures {
  const tz = config.calendar.timeZone;
  const relative = relativeDays(config, q, nowMs);
  const forecast = relative.forecast;
  // A paged question gets its page of rows whatever the size: the panel reads large squads' rows that way.
  const itemsOmitted = q.includeItems !== false && q.page === undefined && issues.length > MAX_ITEMS_IN_ANSWER;
  const windowStartMs = relative.windowStartMs ?? (q.window?.from === undefined ? undefined : dayBoundMs(q.window.from, tz, false));
  const windowEndMs = q.window?.to === undefined ? undefined : dayBoundMs(q.window.to, tz, true);
  if (windowStartMs !== undefined && (windowEndMs ?? nowMs) - windowStartMs > (MAX_WINDOW_DAYS + 1) * 86_400_000) {
    throw badRequest('window.from: the window may span at most 10 years', [{ path: 'window.from', message: 'the window may span at most 10 years' }]);
  }
  const metrics = computeSquadMetrics(config, issues, {
    nowMs,
    from: q.from,
    to: q.to,
    unit: q.unit,
    windowStartMs,
    windowEndMs,
    includeItems: q.includeItems !== false && !itemsOmitted && (q.sections === undefined || q.sections.includes('items')),
    filter: q.filter,
    forecast,
  });
  const lean = leanAnswer(metrics, q);
  return { metrics: lean.metrics, itemsOmitted, rowsTotal: lean.rowsTotal };
}

/**
 * Only the sections the page asked for (the header always), and one page of the per-item rows:
 * the headline tile's answer stays a few KB whatever the squad's size.
 */
function leanAnswer(full: SquadMetricsDto, q: MetricsQuery): { metrics: MetricsSectionsDto; rowsTotal: MetricsDataSourceDto['rowsTotal'] } {
  const { squad, asOf, window, counts, choices } = full;
  const out: MetricsSectionsDto = { squad, asOf, window, counts, choices };
  const wanted = q.sections ?? METRICS_SECTIONS;
  const target = out as Record<string, unknown>;
  const source = full as unknown as Record<string, unknown>;
  for (const name of wanted) if (source[name] !== undefined) target[name] = source[name];
  if (q.page === undefined) return { metrics: out, rowsTotal: null };
  const { offset, limit } = q.page;
  const rowsTotal = { items: full.items.length, aging: full.aging.length };
  if (out.items !== undefined) out.items = out.items.slice(offset, offset + limit);
  if (out.aging !== undefined) out.aging = out.aging.slice(offset, offset + limit);
  return { metrics: out, rowsTotal };
}
