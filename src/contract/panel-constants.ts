import type { SquadMetricsDto } from './metrics';

/**
 * Constants of `metrics.get` questions that need no validator: the UI's boot code builds the
 * speed-metrics page's first question from them before the page's chunks (and zod) have loaded
 * (static/src/pages/metrics/ask-early.ts), so this module imports no zod. squad-config.ts and
 * metrics-query.ts re-export them.
 */

/** How lead times count days (the squad configuration's `unit`). */
export const DAY_UNITS = ['elapsed', 'calendar', 'inclusive', 'business'] as const;

/** Always in the answer. */
export type MetricsHeaderField = 'squad' | 'asOf' | 'window' | 'counts' | 'choices';

/** Sections of `metrics.get`'s answer a page may ask for: the fields of SquadMetricsDto beyond the header. */
export const METRICS_SECTIONS = [
  'leadTime', 'items', 'throughput', 'throughputDaily', 'wip', 'netFlow', 'cfd', 'aging', 'timeInStage', 'flowEfficiency',
  'rework', 'dropRate', 'quickWins', 'trends', 'breakdowns', 'unmapped', 'handoffs', 'forecast',
] as const satisfies ReadonlyArray<Exclude<keyof SquadMetricsDto, MetricsHeaderField>>;

/** Rows one paged `metrics.get` answer carries at most (well under Forge's 5 MB answer limit). */
export const MAX_PAGE_ROWS = 5000;
