import { z } from 'zod';
import type { DayUnit } from './squad-config';
import type { ErrorCode } from './result';
import type { SyncStatusDto } from './sync';

/**
 * The portfolio gadget (`jira:dashboardGadget`): one row per squad for the CIO's and CMO's
 * dashboards. Settings are saved with `view.submit` as the gadget's configuration; the resolver
 * reads them from the trusted context (Forge's `extension.gadgetConfiguration`), the payload may
 * only repeat them.
 */

const squadId = z.string().max(63, 'must be lower-case letters, digits and dashes (at most 63)').regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');
const stageName = z.string().trim().min(1).max(40);

/** Relative periods, so nobody has to reconfigure a dashboard when the quarter turns. */
export const PORTFOLIO_PERIODS = ['this-quarter', 'last-quarter', 'this-month', 'last-month', 'last-30-days', 'last-90-days', 'this-year'] as const;
export type PortfolioPeriod = (typeof PORTFOLIO_PERIODS)[number];
export const DEFAULT_PORTFOLIO_PERIOD: PortfolioPeriod = 'this-quarter';

export const PORTFOLIO_PERIOD_LABELS: Record<PortfolioPeriod, string> = {
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'this-month': 'This month',
  'last-month': 'Last month',
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  'this-year': 'This year',
};

export const PORTFOLIO_LAYOUTS = ['detailed', 'compact'] as const;
export type PortfolioLayout = (typeof PORTFOLIO_LAYOUTS)[number];

/** At most this many squads in one gadget (a dashboard frame shows no more usefully). */
export const MAX_PORTFOLIO_SQUADS = 50;

/** The caption every viewer gets, word for word: it must not differ with what someone cannot see. */
export const PORTFOLIO_CAPTION = 'Figures cover the issues you may see.';

/** A lead-time stage pair by name; absent in settings = each squad's own headline (idea-to-pilot by default). */
export const stagePairSchema = z
  .object({ from: stageName, to: stageName })
  .strict()
  .refine((p) => p.from !== p.to, { message: 'pick two different stages', path: ['to'] });
export type StagePair = z.output<typeof stagePairSchema>;

/**
 * What a gadget instance saves (its `gadgetConfiguration`). Every field is optional: a new gadget
 * with nothing saved shows every squad the viewer may see, this quarter, each squad's headline.
 */
export const portfolioSettingsSchema = z
  .object({
    /** Squads to show; absent = every squad the viewer may see. */
    squadIds: z.array(squadId).min(1, 'pick at least one squad, or leave the choice empty for all').max(MAX_PORTFOLIO_SQUADS).optional(),
    period: z.enum(PORTFOLIO_PERIODS).optional(),
    headline: stagePairSchema.optional(),
    layout: z.enum(PORTFOLIO_LAYOUTS).optional(),
  })
  .strict();
export type PortfolioSettings = z.output<typeof portfolioSettingsSchema>;

/** `portfolio.get`: the settings to answer for (in a gadget they must agree with its saved configuration). */
export const portfolioQueryPayload = portfolioSettingsSchema;
export type PortfolioQuery = z.output<typeof portfolioQueryPayload>;

export interface PortfolioPeriodDto {
  key: PortfolioPeriod;
  label: string;
  /** First and last day (YYYY-MM-DD, squad time zone), inclusive; `to` is today for running periods. */
  from: string;
  to: string;
  days: number;
  /** The same number of days just before, for the trend. */
  previousFrom: string;
  previousTo: string;
}

export type TrendDirection = 'faster' | 'slower' | 'unchanged' | 'no-data';

export interface PortfolioLeadTimeDto {
  from: string;
  to: string;
  unit: DayUnit;
  /** Items that completed the pair in the period (not dropped) and their percentiles, in `unit`. */
  count: number;
  p50: number | null;
  p85: number | null;
  previous: { count: number; p50: number | null; p85: number | null };
  /** Median this period against the previous one: shorter is faster. */
  trend: TrendDirection;
  /** p50 now − p50 before, in `unit`; null when either has no sample. */
  changeP50: number | null;
}

export interface PortfolioDemandDto {
  /** Items entering the squad's first stage in the period (ideas arriving), dropped ones included. */
  arrivals: number;
  arrivalsPerWeek: number;
  /** Items entering the headline's end stage in the period, per week (capacity). */
  pilotsPerWeek: number;
  /** arrivalsPerWeek − pilotsPerWeek: positive means more ideas come in than pilots go out. */
  netPerWeek: number;
  /** Items in the first stage at the end of the period, and at its start. */
  backlog: number;
  backlogAtStart: number;
  /** backlog − backlogAtStart. */
  backlogGrowth: number;
}

/** One squad's portfolio figures for a period and stage pair (see docs/metrics.md, "Portfolio"). */
export interface PortfolioFiguresDto {
  period: PortfolioPeriodDto;
  /** Instant the figures are for: now, or the end of a past period. */
  asOf: string;
  /** Items in each stage at `asOf` (the funnel), in stage order; dropped items are in none. */
  stages: Array<{ name: string; count: number }>;
  leadTime: PortfolioLeadTimeDto;
  /** Items entering the pair's end stage in the period (pilots launched, with idea-to-pilot). */
  pilots: number;
  /** Of those, items carrying the quick-win label. */
  quickWins: number;
  /** Items between the pair's stages at `asOf`. */
  wip: number;
  /** In-progress items older than this period's 85th percentile; null without completed items. */
  aged: number | null;
  agedThreshold: number | null;
  /** Items entering the end stage per week (Monday weeks; the first and last may be partial). */
  throughput: Array<{ week: string; count: number }>;
  demand: PortfolioDemandDto;
}

/** What every row carries: the squad, and a project of it the viewer may browse (its speed-metrics page opens there). */
export interface PortfolioRowBase {
  squadId: string;
  squadName: string;
  projectKey: string;
}

export type PortfolioRowDto =
  | (PortfolioRowBase & {
      status: 'ready';
      figures: PortfolioFiguresDto;
      /** `summary`: the squad's precomputed figures; `computed`: from the stored histories you may see; `live`: read from Jira just now. */
      source: 'summary' | 'computed' | 'live';
      /** When the underlying data was last synced (ISO); null when unknown. */
      dataAsOf: string | null;
    })
  | (PortfolioRowBase & { status: 'syncing'; sync: SyncStatusDto })
  /** The squad lacks a stage of the chosen pair (or has them the other way round). */
  | (PortfolioRowBase & { status: 'no-pair'; stageNames: string[] })
  /**
   * This squad's figures could not be read just now (Jira refused or failed, storage failed); the
   * other rows are unaffected. Only the code travels: the UI words it, no upstream text reaches it.
   */
  | (PortfolioRowBase & { status: 'error'; code: ErrorCode });

/**
 * The portfolio's total: the squads' rows added up. An issue that belongs to two squads (they
 * share a project) counts in each squad, so it counts twice here; `sharedProjects` says when that
 * can happen and the gadget says so under the table. (Squads may map the same issue to different
 * stages, so "the distinct issues" would have no single funnel or lead time.)
 */
export interface PortfolioTotalDto {
  squads: number;
  /** Two or more of the totalled squads share a project (one the viewer may see). */
  sharedProjects: boolean;
  stages: Array<{ name: string; count: number }> | null;
  pilots: number;
  quickWins: number;
  wip: number;
  aged: number;
  /** Percentiles of every squad's samples pooled; null when squads use different day units. */
  leadTime: { unit: DayUnit; count: number; p50: number | null; p85: number | null; previousP50: number | null; trend: TrendDirection } | null;
  throughput: Array<{ week: string; count: number }>;
  demand: PortfolioDemandDto;
}

export interface PortfolioAnswerDto {
  settings: { squadIds: string[] | null; period: PortfolioPeriod; headline: StagePair | null; layout: PortfolioLayout };
  rows: PortfolioRowDto[];
  total: PortfolioTotalDto | null;
  caption: typeof PORTFOLIO_CAPTION;
  /** When this answer was made (ISO): the gadget shows "Updated hh:mm". */
  answeredAt: string;
}

export interface PortfolioFunctions {
  'portfolio.get': { payload: z.input<typeof portfolioQueryPayload>; data: PortfolioAnswerDto };
}
