import type { BackwardPolicy, DayUnit } from './squad-config';

/**
 * The flow metrics of one squad as the UI renders them, resolvers return them and the CLI prints
 * them (JSON-safe: numbers, ISO strings, `YYYY-MM-DD` dates in the squad's time zone).
 * Durations named `…Days` are in the answer's `unit` unless the name says `elapsed`.
 * See docs/metrics.md for each definition.
 */

/** Samples under this count are flagged `lowSample`: the UI says so next to the figures. */
export const LOW_SAMPLE_SIZE = 5;

export interface PercentileDto {
  /** 0-100 exclusive, e.g. 85. */
  p: number;
  /** Linear interpolation between order statistics; null without samples. */
  days: number | null;
}

export interface HistogramBinDto {
  /** Inclusive lower edge, in days. */
  fromDays: number;
  /** Exclusive upper edge (inclusive for the last bin), in days. */
  toDays: number;
  count: number;
}

/** A sample of durations summarised. `p50…p95` are always present; `percentiles` follows the config. */
export interface DistributionDto {
  count: number;
  lowSample: boolean;
  meanDays: number | null;
  minDays: number | null;
  maxDays: number | null;
  p50: number | null;
  p70: number | null;
  p85: number | null;
  p95: number | null;
  percentiles: PercentileDto[];
  histogram: HistogramBinDto[];
}

export interface LeadTimeDto extends DistributionDto {
  from: string;
  to: string;
  unit: DayUnit;
  /** Same as meanDays; the name the CLI contract uses. */
  mean: number | null;
}

export interface ItemTimelineDto {
  id: string;
  key: string;
  projectKey: string;
  issueType: string;
  discipline: string;
  quickWin: boolean;
  /** Entry instant per stage name (ISO), null when not reached. */
  stages: Record<string, string | null>;
  /** Lead time (from → to) in the answer's unit; null unless completed and not dropped. */
  leadTimeDays: number | null;
  dropped: boolean;
  /** Stage the item is in now; null when dropped or never in a mapped status. */
  currentStage: string | null;
  /** Elapsed days since the item last entered its current stage (or was dropped). */
  ageInStageDays: number | null;
  /** Moves to an earlier stage (backward moves and reopens). */
  reworkCount: number;
  /** Elapsed days spent in each stage, all visits summed. */
  timeInStageDays: Record<string, number>;
}

export interface ThroughputWeekDto {
  /** Monday starting the week, `YYYY-MM-DD` in the squad's zone. */
  week: string;
  count: number;
  quickWins: number;
  /** Days of the week inside the window (7 but at its ends): the running week is "so far", not a full week. */
  days: number;
}

export interface ThroughputDayDto {
  date: string;
  count: number;
}

export interface WipPointDto {
  date: string;
  /** Items in progress (entered `from`, not yet `to`, not dropped) at the end of the day. */
  count: number;
}

export interface NetFlowWeekDto {
  week: string;
  arrivals: number;
  departures: number;
  /** arrivals − departures. */
  net: number;
}

/** `{date, <stage>: items that had reached that stage or a later one by the end of the day}`. */
export type CfdPointDto = { date: string } & { [stage: string]: number | string };

export interface AgingItemDto {
  key: string;
  stage: string;
  discipline: string;
  quickWin: boolean;
  /** now − entry(from), in the answer's unit. */
  ageDays: number;
  /** Elapsed days in the current stage. */
  ageInStageDays: number;
  /** Share (0-100) of completed lead times ≤ this age; null without completed items. */
  percentilePosition: number | null;
  /** The highest configured percentile this age exceeds, e.g. 85; null when none. */
  exceedsPercentile: number | null;
}

export interface TimeInStageRowDto {
  stage: string;
  kind: 'active' | 'waiting';
  /** Items that spent any time in the stage. */
  count: number;
  meanElapsedDays: number | null;
  p50ElapsedDays: number | null;
  p85ElapsedDays: number | null;
  totalElapsedDays: number;
}

/**
 * The squad's final stage (e.g. Live) shown apart: work there is done, not flowing, so time in it is
 * no time in stage and no part of flow efficiency; what matters is since when items are there.
 */
export interface FinalStageDto {
  stage: string;
  /** Of the items summarised, those in the final stage now. */
  count: number;
  /** Elapsed days since they entered it: median and longest. */
  p50SinceDays: number | null;
  maxSinceDays: number | null;
  /** Earliest and latest entry, `YYYY-MM-DD` in the squad's zone; null without items. */
  firstEntered: string | null;
  lastEntered: string | null;
}

export interface TimeInStageDto {
  /** Which items were summarised. */
  population: 'completed-in-window';
  /** Every stage but the final one. */
  stages: TimeInStageRowDto[];
  /** The final stage, apart ("in Live since"); null when the squad has a single stage. */
  final: FinalStageDto | null;
}

export interface FlowEfficiencyDto {
  count: number;
  lowSample: boolean;
  meanPercent: number | null;
  p50Percent: number | null;
  /** Ten bins of 10 percentage points (the last holds 100 %). */
  histogram: { fromPercent: number; toPercent: number; count: number }[];
}

export interface ReworkDto {
  count: number;
  itemsWithRework: number;
  sharePercent: number | null;
  totalBackwardMoves: number;
  /** Items by number of backward moves, 0 … max. */
  byMoves: { backwardMoves: number; items: number }[];
}

export interface DropRateDto {
  dropped: number;
  completed: number;
  /** dropped ÷ (dropped + completed) × 100; null when both are 0. */
  ratePercent: number | null;
}

export interface QuickWinsDto {
  label: string;
  completedQuickWins: number;
  completedOthers: number;
  /** Quick wins' share of throughput (0-100). */
  sharePercent: number | null;
  leadTimeQuickWins: DistributionDto;
  leadTimeOthers: DistributionDto;
  /** Keys of items the candidate rule suggests (not yet labelled). */
  candidates: string[];
}

export interface PeriodFiguresDto {
  from: string;
  to: string;
  throughput: number;
  leadTimeCount: number;
  leadTimeP50: number | null;
  leadTimeP85: number | null;
  leadTimeMean: number | null;
  /** Mean of the daily WIP counts. */
  wipMean: number | null;
  arrivals: number;
  dropRatePercent: number | null;
  quickWinSharePercent: number | null;
}

export interface TrendsDto {
  periodDays: number;
  current: PeriodFiguresDto;
  previous: PeriodFiguresDto;
}

export interface BreakdownGroupDto {
  name: string;
  completed: number;
  leadTimeCount: number;
  lowSample: boolean;
  leadTimeP50: number | null;
  leadTimeP85: number | null;
  leadTimeMean: number | null;
  inProgress: number;
  dropped: number;
  dropRatePercent: number | null;
}

export interface UnmappedStatusDto {
  projectKey: string;
  statusId: string;
  statusName: string | null;
  issueCount: number;
  eventCount: number;
  exampleIssueKeys: string[];
}

export interface UnmappedReportDto {
  statuses: UnmappedStatusDto[];
  /** Issues never in a mapped status: they appear in no metric. */
  issuesNeverMapped: number;
}

export interface ForecastResultDto {
  /** 50, 85 or 95. */
  confidence: number;
}

export interface ForecastDto {
  trials: number;
  /** Throughput sample window: complete days before now, `YYYY-MM-DD`. */
  sampleFrom: string;
  sampleTo: string;
  sampleDays: number;
  meanPerDay: number;
  howMany?: {
    targetDate: string;
    days: number;
    /** At this confidence, at least `items` will reach the stage by the date. */
    results: (ForecastResultDto & { items: number })[];
  };
  when?: {
    items: number;
    /** At this confidence, `items` will have reached the stage by `date` (null: beyond the horizon). */
    results: (ForecastResultDto & { date: string | null; days: number | null })[];
  };
}

/** How two items are connected: a parent/child pair or an issue link of the named type. */
export type HandoffViaDto = { kind: 'parent' } | { kind: 'link'; type: string };

/** One period's hand-off waits in a direction (the trend compares two of these). */
export interface HandoffPeriodDto {
  /** `YYYY-MM-DD`, inclusive, in the squad's zone. */
  from: string;
  to: string;
  /** Waits that ended (downstream item first active) in the period. */
  count: number;
  p50: number | null;
  p85: number | null;
}

/** A hand-off whose downstream item has not started yet. */
export interface OpenHandoffDto {
  upstreamKey: string;
  downstreamKey: string;
  via: HandoffViaDto;
  /** When the upstream item entered the hand-off stage (ISO). */
  handedOffAt: string;
  /** Wait so far (now − handedOffAt), in the answer's unit. */
  waitDays: number;
}

/** Hand-off waits from one discipline to another (upstream → downstream). */
export interface HandoffDirectionDto {
  /** Upstream discipline. */
  from: string;
  /** Downstream discipline. */
  to: string;
  /** Waits that ended inside the window, in the answer's unit. */
  wait: DistributionDto;
  trend: { periodDays: number; current: HandoffPeriodDto; previous: HandoffPeriodDto };
  /** Open hand-offs now (neither item dropped), and the longest of them, longest first. */
  openCount: number;
  longestOpen: OpenHandoffDto[];
}

/**
 * Hand-off waits (DESIGN §2 "Hand-offs"): from the upstream item entering the hand-off stage to
 * the downstream item's first entry into an active stage; negative gaps count as 0.
 */
export interface HandoffsDto {
  /** The hand-off stage used (the configured one, else the second stage). */
  stage: string;
  /** Link types that count; empty means any. */
  linkTypes: string[];
  parentChild: boolean;
  /** Pairs found among the items considered (started, open or not yet handed off). */
  pairs: number;
  /** Waits of every direction that ended inside the window. */
  overall: DistributionDto;
  /** Every ordered pair of the squad's disciplines, in the configuration's order. */
  directions: HandoffDirectionDto[];
}

export interface SquadMetricsDto {
  squad: { id: string; name: string };
  asOf: { nowIso: string; timeZone: string; unit: DayUnit; policy: BackwardPolicy };
  /**
   * The reporting window, whole days in the squad's zone; `firstEntry`: the earliest stage entry
   * (ISO instant) of the items covered (after the filter), null when none entered a stage — how
   * much history stands behind the figures, without the per-item rows.
   */
  window: { from: string; to: string; firstEntry: string | null };
  counts: {
    /** Items the metrics consider. */
    issues: number;
    /** Left out: current project not in the squad, type not selected, or created after now. */
    excluded: number;
    /** In progress now (the aging list). */
    inProgress: number;
    /** Reached the lead-time end stage and not dropped, at any time (the window counts are in leadTime). */
    completed: number;
    /** Dropped now, at any time. */
    dropped: number;
  };
  leadTime: LeadTimeDto;
  items: ItemTimelineDto[];
  throughput: ThroughputWeekDto[];
  throughputDaily: ThroughputDayDto[];
  wip: WipPointDto[];
  netFlow: NetFlowWeekDto[];
  cfd: CfdPointDto[];
  aging: AgingItemDto[];
  timeInStage: TimeInStageDto;
  flowEfficiency: FlowEfficiencyDto;
  rework: ReworkDto;
  dropRate: DropRateDto;
  quickWins: QuickWinsDto;
  trends: TrendsDto;
  breakdowns: { discipline: BreakdownGroupDto[]; issueType: BreakdownGroupDto[] };
  unmapped: UnmappedReportDto;
  handoffs: HandoffsDto;
  /**
   * The values the panel's filters can take, from the items considered before any filter narrowed
   * them (so a filtered answer still offers the other choices). Sorted by name.
   */
  choices: { disciplines: string[]; issueTypes: string[] };
  forecast?: ForecastDto;
}
