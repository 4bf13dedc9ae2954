import type { DayUnit } from './squad-config';
import type { ItemTimelineDto, SquadMetricsDto } from './metrics';
import type { MetricsPageFunctions } from './metrics-page';
import type { MetricsFilter, MetricsQueryFunctions, MetricsSection, MetricsSectionsDto } from './metrics-query';
import { MAX_PAGE_ROWS, METRICS_SECTIONS } from './panel-constants';

/**
 * The speed-metrics panel's questions to `metrics.get`, in one place: the panel builds its
 * payloads here, and the server builds the very same question (e.g. to warm the answer cache for
 * the panel's default view after a publish), so both hit one answer-cache entry.
 *
 * A page view makes one call (`metrics.page`, src/contract/metrics-page.ts) carrying the first
 * question: every section, with the first page of the lead-time scatterplot's rows
 * (`rows: 'finished'`), so the viewer's visibility is checked once a page view.
 * Only a squad with more finished items than the first page holds reads the rest in pages after
 * the first paint; all per-item rows are read only when the viewer downloads the per-item CSV.
 */

export type MetricsGetPayload = MetricsQueryFunctions['metrics.get']['payload'];
export type MetricsPagePayload = MetricsPageFunctions['metrics.page']['payload'];

export const RANGE_PRESETS = [30, 90, 180, 365] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type DateRange = { kind: 'last'; days: RangePreset } | { kind: 'custom'; from: string; to: string };

/** Days after today the "how many by" forecast looks by default. */
export const DEFAULT_FORECAST_DAYS = 28;

/** The panel's controls that shape its question (the rest, such as percentile lines, only draw). */
export interface PanelQuestionControls {
  range: DateRange;
  disciplines: string[];
  issueTypes: string[];
  quickWinsOnly: boolean;
  /** Lead-time stage pair; null: the squad's own. */
  from: string | null;
  to: string | null;
  /** Null: the squad's unit. */
  unit: DayUnit | null;
  /** Monte Carlo: when will this many items reach the end stage. */
  forecastItems: number;
  /** Monte Carlo: how many by this date; null: DEFAULT_FORECAST_DAYS after today. */
  forecastDate: string | null;
}

/** What the panel shows when its URL says nothing: the last 90 days, every item, the squad's pair and unit. */
export const DEFAULT_PANEL_QUESTION: Readonly<PanelQuestionControls> = Object.freeze<PanelQuestionControls>({
  range: { kind: 'last', days: 90 },
  disciplines: [],
  issueTypes: [],
  quickWinsOnly: false,
  from: null,
  to: null,
  unit: null,
  forecastItems: 10,
  forecastDate: null,
});

/** The filter the controls ask for; undefined when they narrow nothing (so the default question has none). */
export function panelFilter(c: PanelQuestionControls): MetricsFilter | undefined {
  const f: MetricsFilter = {};
  if (c.disciplines.length > 0) f.disciplines = [...c.disciplines];
  if (c.issueTypes.length > 0) f.issueTypes = [...c.issueTypes];
  if (c.quickWinsOnly) f.quickWinsOnly = true;
  return Object.keys(f).length === 0 ? undefined : f;
}

/** The first question's sections: all of them (its `items` are a first page of the scatterplot's rows). */
export const PANEL_FIRST_SECTIONS: readonly MetricsSection[] = METRICS_SECTIONS;

/**
 * Scatterplot rows the first answer carries: every finished item of most squads' windows (the demo
 * squad finishes about 200 a year), while a 50,000-issue squad's first answer (about 1.6 MB of
 * figures, most of it the aging rows of 7,000 items in progress, plus about 450 bytes a row here)
 * stays well under the answer cache's bound.
 */
export const FIRST_PAGE_ROWS = 500;

/** What decides which items and figures the rows describe: squad, pair, unit, window, filter. */
function rowsBase(squadId: string, c: PanelQuestionControls): MetricsGetPayload {
  const filter = panelFilter(c);
  return {
    squadId,
    ...(c.from === null ? {} : { from: c.from }),
    ...(c.to === null ? {} : { to: c.to }),
    ...(c.unit === null ? {} : { unit: c.unit }),
    window: c.range.kind === 'custom' ? { from: c.range.from, to: c.range.to } : { lastDays: c.range.days },
    ...(filter === undefined ? {} : { filter }),
  };
}

/**
 * The panel's first `metrics.get` question for the controls (default: the panel's default view).
 * A preset range and the default forecast date are sent relative to today (`lastDays`, `inDays`):
 * the server resolves them in the squad's zone at its own now, whatever the browser's clock and zone.
 */
export function panelFirstQuestion(squadId: string, c: PanelQuestionControls = DEFAULT_PANEL_QUESTION): MetricsGetPayload {
  return {
    ...rowsBase(squadId, c),
    sections: [...PANEL_FIRST_SECTIONS],
    rows: 'finished',
    page: { offset: 0, limit: FIRST_PAGE_ROWS },
    forecast: c.forecastDate === null ? { items: c.forecastItems, inDays: DEFAULT_FORECAST_DAYS } : { items: c.forecastItems, targetDate: c.forecastDate },
  };
}

/**
 * The page's first view (`metrics.page`): its first question with the squad its URL names, or none
 * for the project's first squad (the server picks it as `pickSquad` does).
 */
export function panelPageQuestion(wanted: string | null, c: PanelQuestionControls = DEFAULT_PANEL_QUESTION): MetricsPagePayload {
  const { squadId: _chosenByServer, ...question } = panelFirstQuestion('', c);
  return wanted === null ? question : { ...question, squadId: wanted };
}

/**
 * A further page of the lead-time scatterplot's rows (items finished in the window, not dropped),
 * from `offset` (at least FIRST_PAGE_ROWS), for squads whose first answer did not hold them all.
 * No forecast: the rows do not depend on it.
 */
export function panelScatterRowsQuestion(squadId: string, c: PanelQuestionControls, offset: number): MetricsGetPayload {
  return { ...rowsBase(squadId, c), sections: ['items'], rows: 'finished', page: { offset, limit: MAX_PAGE_ROWS } };
}

/** A page of every item's row, for the per-item CSV (asked only when the viewer downloads it). */
export function panelItemRowsQuestion(squadId: string, c: PanelQuestionControls, offset = 0): MetricsGetPayload {
  return { ...rowsBase(squadId, c), sections: ['items'], page: { offset, limit: MAX_PAGE_ROWS } };
}

/**
 * The whole figures from the first answer and the scatterplot's rows (its first page and any read
 * after it); null when the answer lacks a section the first question asks for.
 */
export function panelMetrics(first: MetricsSectionsDto, items: ItemTimelineDto[]): SquadMetricsDto | null {
  for (const section of PANEL_FIRST_SECTIONS) if (section !== 'forecast' && section !== 'items' && first[section] === undefined) return null;
  return { ...(first as Omit<SquadMetricsDto, 'items'>), items };
}
