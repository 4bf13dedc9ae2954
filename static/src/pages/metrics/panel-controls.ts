import { DAY_UNITS } from '../../../../src/contract/panel-constants';
import {
  DEFAULT_PANEL_QUESTION,
  RANGE_PRESETS,
  panelFirstQuestion,
  type DateRange,
  type MetricsGetPayload,
  type PanelQuestionControls,
} from '../../../../src/contract/metrics-panel-question';

export { DEFAULT_FORECAST_DAYS, RANGE_PRESETS, type DateRange, type RangePreset } from '../../../../src/contract/metrics-panel-question';

/**
 * The speed-metrics panel's controls, kept in the page's query string so a link or a reload shows
 * the same view. Parsing never throws: a value that makes no sense falls back to its default (and
 * the URL is rewritten from the parsed state), except `squad`, whose absence the page reports.
 */
export const PERCENTILE_LINES = [50, 70, 85, 95] as const;

/** The question's controls (see metrics-panel-question), the squad and the lines drawn. */
export interface PanelControls extends PanelQuestionControls {
  squad: string | null;
  /** Percentile lines drawn on the lead-time charts. */
  lines: number[];
}

export const DEFAULT_CONTROLS: PanelControls = {
  ...DEFAULT_PANEL_QUESTION,
  range: { ...DEFAULT_PANEL_QUESTION.range },
  disciplines: [],
  issueTypes: [],
  squad: null,
  lines: [50, 85],
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

/** The panel's first `metrics.get` payload for the controls: built in one place (metrics-panel-question). */
export function metricsPayload(squadId: string, c: PanelControls): MetricsGetPayload {
  return panelFirstQuestion(squadId, c);
}
