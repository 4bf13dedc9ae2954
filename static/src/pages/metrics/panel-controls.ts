import { DAY_UNITS, type DayUnit } from '../../../../src/contract/squad-config';
import type { MetricsFilter, MetricsQueryFunctions } from '../../../../src/contract/metrics-query';

/**
 * The speed-metrics panel's controls, kept in the page's query string so a link or a reload shows
 * the same view. Parsing never throws: a value that makes no sense falls back to its default (and
 * the URL is rewritten from the parsed state), except `squad`, whose absence the page reports.
 */
export const RANGE_PRESETS = [30, 90, 180, 365] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type DateRange = { kind: 'last'; days: RangePreset } | { kind: 'custom'; from: string; to: string };

export const PERCENTILE_LINES = [50, 70, 85, 95] as const;

export interface PanelControls {
  squad: string | null;
  range: DateRange;
  disciplines: string[];
  issueTypes: string[];
  quickWinsOnly: boolean;
  /** Lead-time stage pair; null: the squad's own. */
  from: string | null;
  to: string | null;
  /** Null: the squad's unit. */
  unit: DayUnit | null;
  /** Percentile lines drawn on the lead-time charts. */
  lines: number[];
  /** Monte Carlo: when will this many items reach the end stage. */
  forecastItems: number;
  /** Monte Carlo: how many by this date; null: 4 weeks after today. */
  forecastDate: string | null;
}

export const DEFAULT_CONTROLS: PanelControls = {
  squad: null,
  range: { kind: 'last', days: 90 },
  disciplines: [],
  issueTypes: [],
  quickWinsOnly: false,
  from: null,
  to: null,
  unit: null,
  lines: [50, 85],
  forecastItems: 10,
  forecastDate: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as `YYYY-MM-DD` (2024-02-31 is not one). */
export function isCalendarDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const list = (v: string | null): string[] => (v === null ? [] : v.split(',').map((s) => s.trim()).filter((s) => s !== '' && s.length <= 80)).slice(0, 50);

export function parseControls(search: string): PanelControls {
  const q = new URLSearchParams(search);
  const c: PanelControls = { ...DEFAULT_CONTROLS, lines: [...DEFAULT_CONTROLS.lines] };
  const squad = q.get('squad');
  if (squad !== null && squad !== '') c.squad = squad;
  const range = q.get('range');
  const from = q.get('start');
  const to = q.get('end');
  if (range === 'custom' && from !== null && to !== null && isCalendarDay(from) && isCalendarDay(to) && from <= to) {
    c.range = { kind: 'custom', from, to };
  } else {
    const days = Number(range);
    const preset = RANGE_PRESETS.find((p) => p === days);
    if (preset !== undefined) c.range = { kind: 'last', days: preset };
  }
  c.disciplines = list(q.get('discipline'));
  c.issueTypes = list(q.get('type'));
  c.quickWinsOnly = q.get('quickwins') === '1';
  c.from = q.get('from') || null;
  c.to = q.get('to') || null;
  const unit = q.get('unit');
  c.unit = DAY_UNITS.find((u) => u === unit) ?? null;
  const lines = q.get('lines');
  if (lines !== null) c.lines = PERCENTILE_LINES.filter((p) => list(lines).includes(String(p)));
  const n = Number(q.get('n'));
  if (Number.isInteger(n) && n >= 1 && n <= 10_000) c.forecastItems = n;
  const by = q.get('by');
  if (by !== null && isCalendarDay(by)) c.forecastDate = by;
  return c;
}

/** The query string for `c` (`?…`, or '' when everything is default). Other parameters (`as`, `theme`, `project`) are kept. */
export function writeControls(c: PanelControls, currentSearch: string): string {
  const q = new URLSearchParams(currentSearch);
  const set = (key: string, value: string | null): void => {
    if (value === null || value === '') q.delete(key);
    else q.set(key, value);
  };
  set('squad', c.squad);
  if (c.range.kind === 'custom') {
    set('range', 'custom');
    set('start', c.range.from);
    set('end', c.range.to);
  } else {
    set('range', c.range.days === 90 ? null : String(c.range.days));
    set('start', null);
    set('end', null);
  }
  set('discipline', c.disciplines.join(','));
  set('type', c.issueTypes.join(','));
  set('quickwins', c.quickWinsOnly ? '1' : null);
  set('from', c.from);
  set('to', c.to);
  set('unit', c.unit);
  const lines = c.lines.join(',');
  set('lines', lines === DEFAULT_CONTROLS.lines.join(',') ? null : lines === '' ? 'none' : lines);
  set('n', c.forecastItems === DEFAULT_CONTROLS.forecastItems ? null : String(c.forecastItems));
  set('by', c.forecastDate);
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

/** `YYYY-MM-DD` of `ms` in the browser's zone. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `day` moved by `n` whole days (`YYYY-MM-DD` in, out). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The reporting window of a range whose last day is `lastDay`: the last N days end there, inclusive. */
export function windowOf(range: DateRange, lastDay: string): { from: string; to: string } {
  return range.kind === 'custom' ? { from: range.from, to: range.to } : { from: addDays(lastDay, 1 - range.days), to: lastDay };
}

export function filterOf(c: PanelControls): MetricsFilter | undefined {
  const f: MetricsFilter = {};
  if (c.disciplines.length > 0) f.disciplines = c.disciplines;
  if (c.issueTypes.length > 0) f.issueTypes = c.issueTypes;
  if (c.quickWinsOnly) f.quickWinsOnly = true;
  return Object.keys(f).length === 0 ? undefined : f;
}

/** Days after today the "how many by" forecast looks by default. */
export const DEFAULT_FORECAST_DAYS = 28;

/**
 * The `metrics.get` payload for the controls. A preset range and the default forecast date are
 * sent relative to today (`lastDays`, `inDays`): the server resolves them in the squad's zone at its
 * own now, whatever the browser's clock and zone.
 */
export function metricsPayload(squadId: string, c: PanelControls): MetricsQueryFunctions['metrics.get']['payload'] {
  const filter = filterOf(c);
  return {
    squadId,
    ...(c.from === null ? {} : { from: c.from }),
    ...(c.to === null ? {} : { to: c.to }),
    ...(c.unit === null ? {} : { unit: c.unit }),
    window: c.range.kind === 'custom' ? { from: c.range.from, to: c.range.to } : { lastDays: c.range.days },
    ...(filter === undefined ? {} : { filter }),
    forecast: c.forecastDate === null ? { items: c.forecastItems, inDays: DEFAULT_FORECAST_DAYS } : { items: c.forecastItems, targetDate: c.forecastDate },
  };
}
