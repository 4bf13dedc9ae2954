import type { PortfolioFiguresDto, PortfolioPeriod, StagePair, TrendDirection } from '../../contract/portfolio';
import type { SquadConfig } from '../../contract/squad-config';
import { leadTimeSamples } from '../metrics/lead-times';
import { metricsContextSteps } from '../metrics/metrics-context';
import { periodFigures } from '../metrics/period-figures';
import { selectPercentiles } from '../metrics/select-percentiles';
import { dailyCompletions, throughputWeekly } from '../metrics/throughput';
import type { IssueHistory } from '../model/issue-history';
import { selectIssues } from '../squad-metrics';
import { DayCalendar } from '../time/day-calendar';
import { durationInUnit } from '../time/day-units';
import { formatIso } from '../time/format-iso';
import { MS_PER_DAY } from '../time/parse-jira-timestamp';
import { buildTimelinesSteps } from '../timeline/build-timelines';
import { compileSquad } from '../timeline/compile-squad';
import { compareKeys } from '../timeline/compare-keys';
import { itemDimensionsSteps } from '../timeline/item-dimensions';
import { drain, STEP_MASK, type Steps } from '../steps';
import { periodDays, periodDto } from './period';
import { stageAt } from './stage-at';

export interface PortfolioRowOptions {
  nowMs: number;
  period: PortfolioPeriod;
  /** Stage pair; absent = the squad's headline (`leadTime`). */
  pair?: StagePair | undefined;
  /** How many of the oldest in-progress items to list (the squad summary keeps a few). */
  oldest?: number | undefined;
}

export interface OldestItem {
  key: string;
  stage: string;
  ageDays: number;
}

export interface PortfolioRow {
  figures: PortfolioFiguresDto;
  /** This period's lead times, ascending (pooled across squads for the total row). */
  leadTimeSample: number[];
  /** Previous period's lead times, ascending. */
  previousSample: number[];
  oldest: OldestItem[];
}

/** Whether the squad has both stages of `pair`, in that order. */
export function hasStagePair(config: SquadConfig, pair: StagePair): boolean {
  const names = config.stages.map((s) => s.name);
  const a = names.indexOf(pair.from);
  const b = names.indexOf(pair.to);
  return a >= 0 && b > a;
}

/** Median this period against the previous: shorter is faster. */
export function trendOf(p50: number | null, previousP50: number | null): TrendDirection {
  if (p50 === null || previousP50 === null) return 'no-data';
  if (Math.abs(p50 - previousP50) < 1e-9) return 'unchanged';
  return p50 < previousP50 ? 'faster' : 'slower';
}

const sorted = (values: Float64Array): number[] => Array.from(values).sort((a, b) => a - b);

/**
 * One squad's portfolio row for a relative period (DESIGN §2, issue 11): the funnel (items per
 * stage at the period's end), the pair's lead time p50/p85 this period with the trend against the
 * same number of days before, pilots launched (items entering the pair's end stage), quick wins
 * among them, work in progress, in-progress items older than this period's p85, weekly throughput,
 * and demand against capacity (ideas entering the first stage per week against pilots per week,
 * the backlog in the first stage and its growth). Same definitions as `computeSquadMetrics`, so
 * the CLI with `--now <period end> --window-start/--window-end <period> --trend-days <days>`
 * gives the same lead time, throughput and aging. Pure.
 *
 * @example
 * const row = portfolioRow(config, histories, { nowMs, period: 'this-quarter' });
 * row.figures.leadTime.p85 // 85th percentile idea-to-pilot this quarter
 */
export function portfolioRow(config: SquadConfig, issues: readonly IssueHistory[], options: PortfolioRowOptions): PortfolioRow {
  return drain(portfolioRowSteps(config, issues, options));
}

/** `portfolioRow` in steps (see src/domain/steps.ts): a summary of 50,000 items pauses every few hundred. */
export function* portfolioRowSteps(config: SquadConfig, issues: readonly IssueHistory[], options: PortfolioRowOptions): Steps<PortfolioRow> {
  if (!Number.isFinite(options.nowMs)) throw new RangeError('nowMs must be a finite epoch-ms instant');
  const squad = compileSquad(config);
  const pair = options.pair ?? config.leadTime;
  const from = squad.stageIndex(pair.from);
  const to = squad.stageIndex(pair.to);
  if (from >= to) throw new RangeError(`stage "${pair.to}" must come after "${pair.from}"`);

  const probe = new DayCalendar(config.calendar, options.nowMs, options.nowMs);
  const days = periodDays(options.period, probe.dayOf(options.nowMs));
  const startMs = probe.startOfDay(days.firstDay);
  const previousStartMs = probe.startOfDay(days.previousFirstDay);
  const asOfMs = Math.min(options.nowMs, probe.startOfDay(days.lastDay + 1) - 1);

  const selected = selectIssues(config, issues, asOfMs);
  const t = yield* buildTimelinesSteps(squad, selected, asOfMs);
  let createdMin = previousStartMs;
  for (const issue of selected) if (issue.createdMs < createdMin) createdMin = issue.createdMs;
  const cal = new DayCalendar(config.calendar, createdMin, asOfMs + 8 * MS_PER_DAY);
  const dims = yield* itemDimensionsSteps(config, selected);
  const ctx = yield* metricsContextSteps({
    t,
    cal,
    unit: config.unit,
    from,
    to,
    windowStartMs: startMs,
    windowEndMs: asOfMs,
    percentiles: config.percentiles,
    dims,
  });

  const samples = leadTimeSamples(ctx);
  const [p50, p85] = selectPercentiles(samples.days.slice(), [50, 85]);
  const previous = periodFigures(ctx, days.previousFirstDay, days.previousLastDay);
  const previousSample = leadTimeSamples({ ...ctx, windowStartMs: previousStartMs, windowEndMs: startMs - 1 }).days;
  let quickWins = 0;
  for (const i of samples.items) quickWins += ctx.dims.quickWin[i] as number;
  const weeks = throughputWeekly(ctx, dailyCompletions(ctx), new Int32Array(days.lastDay - days.firstDay + 1));

  // Funnel, WIP and aging at the period's end; backlog at both ends; arrivals into the first stage.
  const S = t.stageCount;
  const stageCounts = new Array<number>(S).fill(0);
  const threshold = p85 ?? null;
  let wip = 0;
  let aged = 0;
  let arrivals = 0;
  let backlogAtStart = 0;
  const aging: OldestItem[] = [];
  for (let i = 0; i < t.count; i++) {
    if ((i & STEP_MASK) === STEP_MASK) yield;
    const now = t.currentStage[i] as number;
    if (now >= 0) stageCounts[now] = (stageCounts[now] as number) + 1;
    const entered = t.entryMs[i * S] as number;
    if (entered >= startMs && entered <= asOfMs) arrivals++;
    if (stageAt(t, i, startMs - 1) === 0) backlogAtStart++;
    if (now < 0) continue;
    const a = t.entryMs[i * S + from] as number;
    const b = t.entryMs[i * S + to] as number;
    if (a !== a || b === b) continue;
    wip++;
    const age = durationInUnit(ctx.unit, cal, a, asOfMs);
    if (threshold !== null && age > threshold) aged++;
    aging.push({ key: t.issues[i]?.key ?? '', stage: squad.stageNames[now] ?? '', ageDays: age });
  }
  const limit = options.oldest ?? 0;
  const oldest = limit === 0 ? [] : aging.sort((x, y) => y.ageDays - x.ageDays || compareKeys(x.key, y.key)).slice(0, limit);

  const periodWeeks = (days.lastDay - days.firstDay + 1) / 7;
  const arrivalsPerWeek = arrivals / periodWeeks;
  const pilotsPerWeek = samples.items.length / periodWeeks;
  const backlog = stageCounts[0] as number;
  return {
    figures: {
      period: periodDto(options.period, days),
      asOf: formatIso(asOfMs),
      stages: squad.stageNames.map((name, s) => ({ name, count: stageCounts[s] as number })),
      leadTime: {
        from: pair.from,
        to: pair.to,
        unit: config.unit,
        count: samples.items.length,
        p50: p50 ?? null,
        p85: p85 ?? null,
        previous: { count: previous.leadTimeCount, p50: previous.leadTimeP50, p85: previous.leadTimeP85 },
        trend: trendOf(p50 ?? null, previous.leadTimeP50),
        changeP50: p50 === null || p50 === undefined || previous.leadTimeP50 === null ? null : p50 - previous.leadTimeP50,
      },
      pilots: samples.items.length,
      quickWins,
      wip,
      aged: threshold === null ? null : aged,
      agedThreshold: threshold,
      throughput: weeks.map((w) => ({ week: w.week, count: w.count })),
      demand: {
        arrivals,
        arrivalsPerWeek,
        pilotsPerWeek,
        netPerWeek: arrivalsPerWeek - pilotsPerWeek,
        backlog,
        backlogAtStart,
        backlogGrowth: backlog - backlogAtStart,
      },
    },
    leadTimeSample: sorted(samples.days),
    previousSample: sorted(previousSample),
    oldest,
  };
}
