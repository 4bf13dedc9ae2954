import { z } from 'zod';
import { DAY_UNITS } from './squad-config';
import { MAX_PAGE_ROWS, METRICS_SECTIONS, type MetricsHeaderField } from './panel-constants';
import type { SquadMetricsDto } from './metrics';
import type { SyncStatusDto } from './sync';

const squadId = z.string().max(63, 'must be lower-case letters, digits and dashes (at most 63)').regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');
const stageName = z.string().trim().min(1).max(40);
/** Days since 1970-01-01 of a real calendar date (no roll-over: 2024-02-31 is NaN). */
function civilDay(text: string): number {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms / 86_400_000 : Number.NaN;
}
const isoDay = z
  .string()
  .max(10, 'must be a date as YYYY-MM-DD')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((t) => !Number.isNaN(civilDay(t)), 'is not a calendar date (check the day of the month)')
  .refine((t) => t >= '1970-01-01' && t <= '2199-12-31', 'must be between 1970 and 2199');
export { MAX_PAGE_ROWS, METRICS_SECTIONS, type MetricsHeaderField } from './panel-constants';
export type MetricsSection = (typeof METRICS_SECTIONS)[number];
/** The answer's figures: the header, and the sections asked for. */
export type MetricsSectionsDto = Pick<SquadMetricsDto, MetricsHeaderField> & Partial<Omit<SquadMetricsDto, MetricsHeaderField>>;

/** The whole answer, as a page that asked for every section receives it; null when a section is missing. */
export function wholeMetrics(m: MetricsSectionsDto): SquadMetricsDto | null {
  for (const section of METRICS_SECTIONS) if (section !== 'forecast' && m[section] === undefined) return null;
  return m as SquadMetricsDto;
}

/**
 * Which per-item rows `items` holds: `all` (default), or `finished`: the items that reached the
 * lead-time end stage inside the window and are not dropped (what the lead-time scatterplot draws,
 * the population of `leadTime`).
 */
export const ITEM_ROW_SETS = ['all', 'finished'] as const;
export type ItemRowSet = (typeof ITEM_ROW_SETS)[number];


/** A reporting window spans at most ten years (and answers stay bounded). */
export const MAX_WINDOW_DAYS = 3653;

const filterValue = z.string().trim().min(1).max(80);

/**
 * Which items the figures cover (the speed-metrics panel's controls): every figure is computed
 * from the narrowed set, as if the other items did not exist. Empty or absent lists do not narrow.
 */
export const metricsFilterPayload = z
  .object({
    /** Discipline names as the squad's discipline rule gives them (e.g. `Marketing`). */
    disciplines: z.array(filterValue).max(20).optional(),
    /** Jira issue type names (e.g. `Story`). */
    issueTypes: z.array(filterValue).max(50).optional(),
    /** Only items carrying the squad's quick-win label. */
    quickWinsOnly: z.boolean().optional(),
  })
  .strict();
export type MetricsFilter = z.output<typeof metricsFilterPayload>;

/** `metrics.get`'s fields; every field but `squadId` has the squad's default. */
export const metricsQueryFields = z
  .object({
    squadId,
    /** Lead-time stage pair (default: the squad's `leadTime`). */
    from: stageName.optional(),
    to: stageName.optional(),
    unit: z.enum(DAY_UNITS).optional(),
    /** Reporting window, whole days in the squad's time zone (default: all history … today). */
    window: z
      .object({
        from: isoDay.optional(),
        to: isoDay.optional(),
        /** The last N days up to today in the squad's zone, today included (instead of from/to). */
        lastDays: z.number().int().min(1).max(MAX_WINDOW_DAYS).optional(),
      })
      .strict()
      .refine((w) => w.lastDays === undefined || (w.from === undefined && w.to === undefined), { message: 'give lastDays or from/to, not both', path: ['lastDays'] })
      .superRefine((w, ctx) => {
        if (w.from === undefined || w.to === undefined) return;
        const span = civilDay(w.to) - civilDay(w.from);
        if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before window.from' });
        else if (span > MAX_WINDOW_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the window may span at most 10 years' });
      })
      .optional(),
    /** Per-item timelines (default true; left out above 3,000 items to keep the answer small). */
    includeItems: z.boolean().optional(),
    /**
     * Sections of the answer the page shows (names of SquadMetricsDto's fields); default all. squad,
     * asOf, window and counts always come.
     */
    sections: z.array(z.enum(METRICS_SECTIONS)).min(1).max(METRICS_SECTIONS.length).optional(),
    /**
     * A page of the per-item rows (`items`): default all (up to 3,000, else none and `itemsOmitted`).
     * Paged, the rows come whatever the squad's size (5,000 rows are about 2 MB). `aging` (one row
     * per item in progress) always comes whole.
     */
    page: z.object({ offset: z.number().int().nonnegative().max(1_000_000), limit: z.number().int().positive().max(MAX_PAGE_ROWS) }).strict().optional(),
    /** Which per-item rows `items` holds (see ITEM_ROW_SETS); paged with `page` like all rows. */
    rows: z.enum(ITEM_ROW_SETS).optional(),
    filter: metricsFilterPayload.optional(),
    forecast: z
      .object({
        targetDate: isoDay.optional(),
        /** "How many" this many days after today in the squad's zone (instead of targetDate). */
        inDays: z.number().int().min(0).max(1830).optional(),
        items: z.number().int().positive().max(100_000).optional(),
      })
      .strict()
      .refine((f) => f.targetDate !== undefined || f.inDays !== undefined || f.items !== undefined, { message: 'ask for targetDate, inDays, items or a mix' })
      .refine((f) => f.targetDate === undefined || f.inDays === undefined, { message: 'give targetDate or inDays, not both', path: ['inDays'] })
      .optional(),
  })
  .strict();

/** `rows` chooses among item rows: only with the `items` section asked for. */
export const rowsNeedItems = (q: { rows?: unknown; sections?: readonly string[]; includeItems?: boolean }): boolean =>
  q.rows === undefined || ((q.sections === undefined || q.sections.includes('items')) && q.includeItems !== false);
export const ROWS_NEED_ITEMS_ISSUE = { message: "chooses item rows: ask for the 'items' section (and leave includeItems on)", path: ['rows'] };

/** `metrics.get`: a squad's flow metrics; every field but `squadId` has the squad's default. */
export const metricsQueryPayload = metricsQueryFields.refine(rowsNeedItems, ROWS_NEED_ITEMS_ISSUE);
export type MetricsQuery = z.output<typeof metricsQueryPayload>;

/** Where the figures came from, so pages can say so. */
export interface MetricsDataSourceDto {
  /** `store`: the synced copy; `live`: read from Jira just now (backfill not finished); `none`: not available yet. */
  source: 'store' | 'live' | 'none';
  /** ISO instant the data reflects (last sync, or now for live); null for none. */
  asOf: string | null;
  /**
   * The squad's projects whose issues the figures include: those you may browse. Projects you
   * cannot browse are neither named nor counted anywhere in the answer.
   */
  projects: string[];
  /** Rows of `items` (those `rows` chose) before paging, and of `aging` (never paged); null when not paged. */
  rowsTotal: { items: number; aging: number } | null;
  /** Per-item timelines were left out (too many items for one answer). */
  itemsOmitted: boolean;
}

export interface MetricsAnswerDto {
  /** Null when `data.source` is `none`: show `sync` progress instead. Holds only the sections asked for. */
  metrics: MetricsSectionsDto | null;
  data: MetricsDataSourceDto;
  sync: SyncStatusDto;
}

export interface MetricsQueryFunctions {
  'metrics.get': { payload: z.input<typeof metricsQueryPayload>; data: MetricsAnswerDto };
}
