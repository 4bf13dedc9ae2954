import { TZDate } from '@date-fns/tz';
import { badRequest } from '../contract/app-error';
import type { SquadMetricsDto } from '../contract/metrics';
import { MAX_WINDOW_DAYS, METRICS_SECTIONS, type MetricsDataSourceDto, type MetricsQuery, type MetricsSectionsDto } from '../contract/metrics-query';
import type { SquadConfig } from '../contract/squad-config';
import type { ForecastOptions } from '../domain/forecast/forecast';
import type { IssueHistory } from '../domain/model/issue-history';
import { computeSquadMetricsSteps } from '../domain/squad-metrics';
import { drain, type Steps } from '../domain/steps';
import { formatDay } from '../domain/time/civil';
import { DayCalendar } from '../domain/time/day-calendar';

/**
 * `metrics.get`'s figures for one question over the issues a viewer sees: what the answer cache
 * keeps. One function for the resolver and for warming the cache (warm-answers.ts), so a warmed
 * answer is byte for byte what the viewer's own call would have computed.
 */

/** Above this many items, per-item timelines would make the answer too large for a page. */
export const MAX_ITEMS_IN_ANSWER = 3000;

/** Fields of the query that are sets: their order does not change the answer (nor its cache key). */
export const METRICS_SET_FIELDS: ReadonlySet<string> = new Set(['sections', 'filter.disciplines', 'filter.issueTypes']);

/** The computed part of an answer: what the answer cache keeps. */
export interface MetricsFigures {
  metrics: MetricsSectionsDto;
  itemsOmitted: boolean;
  rowsTotal: MetricsDataSourceDto['rowsTotal'];
}

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

/**
 * The figures for `q`. `config` is the squad as the viewer sees it (`configAsSeen`: no discipline
 * of a project they cannot browse is named); `issues` are only those they see.
 */
export function metricsFigures(config: SquadConfig, q: MetricsQuery, issues: IssueHistory[], nowMs: number): MetricsFigures {
  return drain(metricsFiguresSteps(config, q, issues, nowMs));
}

/** {@link metricsFigures} in steps (src/domain/steps.ts), for background work that gives the event loop turns. */
export function* metricsFiguresSteps(config: SquadConfig, q: MetricsQuery, issues: IssueHistory[], nowMs: number): Steps<MetricsFigures> {
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
  const { dto: metrics } = yield* computeSquadMetricsSteps(config, issues, {
    nowMs,
    from: q.from,
    to: q.to,
    unit: q.unit,
    windowStartMs,
    windowEndMs,
    includeItems: q.includeItems !== false && !itemsOmitted && (q.sections === undefined || q.sections.includes('items')),
    itemRows: q.rows,
    filter: q.filter,
    forecast,
  });
  const lean = leanAnswer(metrics, q);
  return { metrics: lean.metrics, itemsOmitted, rowsTotal: lean.rowsTotal };
}

/**
 * Only the sections the page asked for (the header always), and one page of the per-item rows
 * (`items`): the headline tile's answer stays a few KB whatever the squad's size. `aging` always
 * comes whole (one row per item in progress, which the aging chart and the WIP tiles need all of).
 * Exported for the panel bench, which hands the page answers of a generated squad.
 */
export function leanAnswer(full: SquadMetricsDto, q: MetricsQuery): { metrics: MetricsSectionsDto; rowsTotal: MetricsDataSourceDto['rowsTotal'] } {
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
  return { metrics: out, rowsTotal };
}
