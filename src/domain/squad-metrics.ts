import type { ItemTimelineDto, SquadMetricsDto } from '../contract/metrics';
import { handoffStageOf, type DayUnit, type SquadConfig } from '../contract/squad-config';
import type { ItemRowSet, MetricsFilter } from '../contract/metrics-query';
import { filterChoices, filterItems } from './filter/item-filter';
import { forecast, type ForecastOptions } from './forecast/forecast';
import { mulberry32 } from './forecast/mulberry32';
import { agingWork } from './metrics/aging';
import { breakdown } from './metrics/breakdowns';
import { cfdCounts, cfdSeries } from './metrics/cfd';
import { dropRate } from './metrics/drop-rate';
import { flowByDay } from './metrics/flow-by-day';
import { flowEfficiency } from './metrics/flow-efficiency';
import { handoffWaits } from './metrics/handoff/handoff';
import { leadTimeSamples, leadTimeSummary } from './metrics/lead-times';
import { metricsContextSteps, type MetricsContext } from './metrics/metrics-context';
import { rework } from './metrics/rework';
import { dailyCompletions, throughputDaily, throughputWeekly } from './metrics/throughput';
import { timeInStage } from './metrics/time-in-stage';
import { DEFAULT_TREND_DAYS, trends } from './metrics/trends';
import { netFlowWeekly, wipSeries } from './metrics/wip';
import { earliestEntryIso, finishedItemTimelines, itemTimelines, visitItemTimelines } from './item-timelines';
import type { IssueHistory } from './model/issue-history';
import { quickWinSummary } from './quick-win/quick-win-summary';
import { formatDay } from './time/civil';
import { DayCalendar } from './time/day-calendar';
import { formatIso } from './time/format-iso';
import { MS_PER_DAY } from './time/parse-jira-timestamp';
import { buildTimelinesSteps } from './timeline/build-timelines';
import { compileSquad } from './timeline/compile-squad';
import { itemDimensionsSteps } from './timeline/item-dimensions';
import { FieldRangeError } from './field-range-error';
import { drain, type Steps } from './steps';

export interface SquadMetricsOptions {
  /** The moment the answer is for: changes after it are ignored. */
  nowMs: number;
  /** Lead-time pair by stage name; defaults to the squad's `leadTime`. */
  from?: string | undefined;
  to?: string | undefined;
  /** Day unit; defaults to the squad's `unit`. */
  unit?: DayUnit | undefined;
  /** Reporting window; defaults to the first stage entry of any item … now. */
  windowStartMs?: number | undefined;
  windowEndMs?: number | undefined;
  /** Trend period; defaults to the window's length when a window start is given, else 28 days. */
  trendPeriodDays?: number | undefined;
  /** Per-item timelines in the answer (default true; a dashboard gadget can leave them out). */
  includeItems?: boolean | undefined;
  /** Which rows `items` holds: every item (default), or `finished`: those the lead-time figures count. */
  itemRows?: ItemRowSet | undefined;
  /** Narrow the items before anything is computed (discipline, issue type, quick wins only). */
  filter?: MetricsFilter | undefined;
  /** Ask for Monte Carlo forecasts. */
  forecast?: ForecastOptions | undefined;
  /** Random source for forecasts; defaults to `mulberry32(seed ?? 1)`. */
  random?: (() => number) | undefined;
  seed?: number | undefined;
  /** Optional hook around each step (the benchmark times them); must call `run` and return its result. */
  measure?: (<T>(step: string, run: () => T) => T) | undefined;
}

const direct = <T>(_step: string, run: () => T): T => run();

/** Items the squad's metrics consider: its projects, its issue types, created by now. */
export function selectIssues(config: SquadConfig, issues: readonly IssueHistory[], nowMs: number): IssueHistory[] {
  const projects = new Set(config.projects);
  const types = config.issueTypes.length === 0 ? null : new Set(config.issueTypes);
  return issues.filter((i) => projects.has(i.projectKey) && (types === null || types.has(i.issueType)) && i.createdMs <= nowMs);
}

/**
 * Every flow metric of one squad from its issues' histories (DESIGN §2): stage timelines by the
 * squad's policy, lead time for a stage pair with percentiles, throughput, WIP and net flow, CFD,
 * aging work, time in stage, flow efficiency, rework, drop rate, quick wins, trends, breakdowns by
 * discipline and issue type, the unmapped-status report, and forecasts on request. Pure: the same
 * inputs give the same answer.
 *
 * @example
 * const dto = computeSquadMetrics(config, histories, { nowMs: Date.parse('2024-06-01T00:00:00Z') });
 * dto.leadTime.p85 // 85th percentile idea-to-pilot, in the squad's unit
 */
export function computeSquadMetrics(config: SquadConfig, issues: readonly IssueHistory[], options: SquadMetricsOptions): SquadMetricsDto {
  return computeSquadMetricsResult(config, issues, options).dto;
}

export interface SquadMetricsResult {
  dto: SquadMetricsDto;
  /**
   * Streams the per-item rows (in input order) without keeping them: `visit` gets one reused row,
   * valid only during the call. The CLI writes 100k rows this way instead of holding them.
   */
  visitItems: (visit: (item: ItemTimelineDto, index: number) => void) => void;
}

/** {@link computeSquadMetrics}, plus a way to stream the item rows (pass `includeItems: false`). */
export function computeSquadMetricsResult(config: SquadConfig, issues: readonly IssueHistory[], options: SquadMetricsOptions): SquadMetricsResult {
  return drain(computeSquadMetricsSteps(config, issues, options));
}

/** A step of `steps` run through `measure` at once when one is given (the bench times whole steps), else step by step. */
function* measured<T>(measure: SquadMetricsOptions['measure'], step: string, steps: () => Steps<T>): Steps<T> {
  if (measure === undefined) return yield* steps();
  return measure(step, () => drain(steps()));
}

/**
 * {@link computeSquadMetricsResult} in steps (src/domain/steps.ts): it pauses inside the timelines,
 * dimensions and context, and between sections, so background work (warming the answer cache)
 * can give the event loop turns. `drain` gives the very same result at once.
 */
export function* computeSquadMetricsSteps(config: SquadConfig, issues: readonly IssueHistory[], options: SquadMetricsOptions): Steps<SquadMetricsResult> {
  const measure = options.measure ?? direct;
  const nowMs = options.nowMs;
  if (!Number.isFinite(nowMs)) throw new RangeError('nowMs must be a finite epoch-ms instant');
  const squad = compileSquad(config);
  const from = squad.stageIndex(options.from ?? config.leadTime.from);
  const to = squad.stageIndex(options.to ?? config.leadTime.to);
  if (from >= to) throw new FieldRangeError('to', `lead-time stage "${options.to ?? config.leadTime.to}" must come after "${options.from ?? config.leadTime.from}"`);
  const unit = options.unit ?? config.unit;

  const considered = measure('select', () => selectIssues(config, issues, nowMs));
  const choices = measure('select', () => filterChoices(config, considered));
  const selected = measure('select', () => filterItems(config, considered, options.filter));
  yield;
  const t = yield* measured(options.measure, 'timelines', () => buildTimelinesSteps(squad, selected, nowMs));

  let firstMs = nowMs;
  let createdMin = nowMs;
  let neverMapped = 0;
  for (let i = 0; i < t.count; i++) {
    const f = t.firstMs[i] as number;
    if (f === f) {
      if (f < firstMs) firstMs = f;
    } else neverMapped++;
    const c = (selected[i] as IssueHistory).createdMs;
    if (c < createdMin) createdMin = c;
  }
  const windowStartMs = options.windowStartMs ?? firstMs;
  const windowEndMs = Math.min(options.windowEndMs ?? nowMs, nowMs);
  if (!(windowStartMs <= windowEndMs)) throw new FieldRangeError('window', 'the window must start before it ends and before now');

  const ctx: MetricsContext = yield* measured(options.measure, 'calendar', function* () {
    const cal = new DayCalendar(config.calendar, Math.min(createdMin, windowStartMs), nowMs + 8 * MS_PER_DAY);
    const dims = yield* itemDimensionsSteps(config, selected);
    return yield* metricsContextSteps({ t, cal, unit, from, to, windowStartMs, windowEndMs, percentiles: config.percentiles, dims });
  });
  yield;

  const samples = measure('leadTime', () => leadTimeSamples(ctx));
  const leadTime = measure('leadTime', () => leadTimeSummary(ctx, samples));
  const sortedLead = samples.days.slice().sort();
  yield;
  const daily = measure('throughput', () => dailyCompletions(ctx));
  const dailyQw = measure('throughput', () => dailyCompletions(ctx, (i) => ctx.dims.quickWin[i] === 1));
  const flow = measure('wip', () => flowByDay(ctx, ctx.firstDay, ctx.lastDay));
  const periodDays = options.trendPeriodDays ?? (options.windowStartMs === undefined ? DEFAULT_TREND_DAYS : ctx.lastDay - ctx.firstDay + 1);
  yield;

  // Each section in turn, with a pause after it; the answer's fields keep their order below.
  const items = options.includeItems === false ? [] : measure('items', () => (options.itemRows === 'finished' ? finishedItemTimelines(ctx) : itemTimelines(ctx)));
  yield;
  const throughput = measure('throughput', () => throughputWeekly(ctx, daily, dailyQw));
  const throughputDailyRows = measure('throughput', () => throughputDaily(ctx, daily));
  const wip = measure('wip', () => wipSeries(flow));
  const netFlow = measure('wip', () => netFlowWeekly(flow));
  yield;
  const cfd = measure('cfd', () => cfdSeries(ctx, cfdCounts(ctx)));
  yield;
  const aging = measure('aging', () => agingWork(ctx, sortedLead));
  yield;
  const timeInStageRows = measure('timeInStage', () => timeInStage(ctx, samples.items));
  const flowEfficiencyFigures = measure('flowEfficiency', () => flowEfficiency(ctx, samples.items));
  const reworkFigures = measure('rework', () => rework(ctx, samples.items));
  const dropRateFigures = measure('dropRate', () => dropRate(ctx));
  yield;
  const quickWins = measure('quickWins', () => quickWinSummary(ctx, samples));
  const trendFigures = measure('trends', () => trends(ctx, periodDays));
  yield;
  const breakdowns = measure('breakdowns', () => ({
    discipline: breakdown(ctx, samples, ctx.dims.discipline, ctx.dims.disciplineNames),
    issueType: breakdown(ctx, samples, ctx.dims.issueType, ctx.dims.issueTypeNames),
  }));
  yield;
  const handoffs = measure('handoffs', () =>
    handoffWaits(ctx, {
      stage: squad.stageIndex(handoffStageOf(config)),
      linkTypes: config.handoff.linkTypes,
      parentChild: config.handoff.parentChild,
      disciplineOrder: Object.values(config.discipline.values),
      periodDays,
    }),
  );
  yield;

  const dto: SquadMetricsDto = {
    squad: { id: config.id, name: config.name },
    asOf: { nowIso: formatIso(nowMs), timeZone: config.calendar.timeZone, unit, policy: config.backwardPolicy },
    window: { from: formatDay(ctx.firstDay), to: formatDay(ctx.lastDay), firstEntry: earliestEntryIso(t) },
    counts: { issues: t.count, excluded: issues.length - t.count, inProgress: 0, completed: 0, dropped: 0 },
    leadTime,
    items,
    throughput,
    throughputDaily: throughputDailyRows,
    wip,
    netFlow,
    cfd,
    aging,
    timeInStage: timeInStageRows,
    flowEfficiency: flowEfficiencyFigures,
    rework: reworkFigures,
    dropRate: dropRateFigures,
    quickWins,
    trends: trendFigures,
    breakdowns,
    unmapped: { statuses: t.unmapped, issuesNeverMapped: neverMapped },
    handoffs,
    choices,
  };
  const S = t.stageCount;
  for (let i = 0; i < t.count; i++) {
    if (t.currentStage[i] === -2) dto.counts.dropped++;
    else if ((t.entryMs[i * S + to] as number) === (t.entryMs[i * S + to] as number)) dto.counts.completed++;
  }
  dto.counts.inProgress = dto.aging.length;
  if (options.forecast !== undefined) {
    const random = options.random ?? mulberry32(options.seed ?? 1);
    const ask = options.forecast;
    yield;
    dto.forecast = measure('forecast', () => forecast(ctx, ask, random));
  }
  return { dto, visitItems: (visit) => visitItemTimelines(ctx, visit) };
}
