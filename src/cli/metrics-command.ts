import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DAY_UNITS, type DayUnit } from '../contract/squad-config';
import { MAX_WINDOW_DAYS } from '../contract/metrics-query';
import { computeSquadMetricsResult, type SquadMetricsOptions, type SquadMetricsResult } from '../domain/squad-metrics';
import { parseDay } from '../domain/time/civil';
import { DayCalendar } from '../domain/time/day-calendar';
import { toWholeSeconds } from '../domain/model/whole-seconds';
import { parseJiraTimestamp } from '../domain/time/parse-jira-timestamp';
import { CliError } from './cli-error';
import { formatTable } from './format-table';
import { readSquadConfig } from './read-config';
import { readIssueFiles } from './read-issues';
import { writeCsv, writeJson, type Sink } from './write-output';

/** Skipped issues named one by one on stderr; beyond this, only counted. */
const SKIPPED_SHOWN = 20;

export const FORMATS = ['json', 'table', 'csv'] as const;
export type Format = (typeof FORMATS)[number];


/**
 * Dates and spans the CLI accepts, as the app's payloads do (src/contract/metrics-query.ts): every
 * daily series runs from the window's start to its end, so a year-0001 start or a year-9999 `--now`
 * would make the engine build millions of days (minutes, hundreds of MB) instead of refusing.
 */
const FIRST_DAY = parseDay('1970-01-01');
const LAST_DAY = parseDay('2199-12-31');
const MAX_TRIALS = 100_000;

function parseNow(text: string | undefined, wallClockMs: number): number {
  if (text === undefined) return wallClockMs;
  const jira = parseJiraTimestamp(text);
  const ms = Number.isNaN(jira) ? Date.parse(text) : jira;
  if (Number.isNaN(ms)) throw new CliError(`--now: "${text}" is not a date-time (use ISO 8601, e.g. 2024-06-01T00:00:00Z)`, 2);
  // Date.parse rolls 2024-02-31 over to 2 March: the date part must be a real calendar date.
  const datePart = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  if (datePart !== undefined && Number.isNaN(parseDay(datePart))) throw new CliError(`--now: "${text}" is not a calendar date (check the day of the month)`, 2);
  const day = Math.floor(ms / 86_400_000);
  if (day < FIRST_DAY || day > LAST_DAY) throw new CliError(`--now: "${text}" must be between 1970 and 2199`, 2);
  return ms;
}

function parseCount(flag: string, text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${flag}: "${text}" must be a whole number ≥ ${min}`, 2);
  if (n > max) throw new CliError(`--${flag}: "${text}" must be at most ${max.toLocaleString('en-US')}`, 2);
  return n;
}

function parseDate(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = parseDay(text);
  if (Number.isNaN(day)) throw new CliError(`--${flag}: "${text}" is not a date as YYYY-MM-DD`, 2);
  if (day < FIRST_DAY || day > LAST_DAY) throw new CliError(`--${flag}: "${text}" must be between 1970 and 2199`, 2);
  return day;
}

/** The reporting window spans at most ten years, as in the app (an open end runs to `--now`). */
function checkWindowSpan(startDay: number | undefined, endDay: number | undefined, nowMs: number): void {
  if (startDay === undefined) return;
  const end = endDay ?? Math.floor(nowMs / 86_400_000);
  if (end - startDay > MAX_WINDOW_DAYS) throw new CliError(`--window-start: the window may span at most 10 years (${MAX_WINDOW_DAYS.toLocaleString('en-US')} days)`, 2);
}

/** A write that fails midway (disk full, an I/O error) is the output file's problem, said as such. */
function writeFailure(file: string, e: unknown): CliError {
  const code = (e as { code?: unknown } | null)?.code;
  return new CliError(`${file}: cannot write the output (${typeof code === 'string' ? code : 'write failed'})`);
}

export interface MetricsRun {
  warnings: string[];
  /** Lines for stderr that are not warnings (`--timings`). */
  notes: string[];
  /** Wall-clock milliseconds per phase (read+parse, metrics, output), for `--timings`. */
  timings: Record<string, number>;
}

/** Runs `squadflow metrics`, writing the answer to `--out` or through `stdout`. */
export function metricsCommand(argv: string[], wallClockMs: number, stdout: Sink): MetricsRun {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      input: { type: 'string', multiple: true },
      config: { type: 'string' },
      now: { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      unit: { type: 'string' },
      'window-start': { type: 'string' },
      'window-end': { type: 'string' },
      'trend-days': { type: 'string' },
      'forecast-date': { type: 'string' },
      'forecast-items': { type: 'string' },
      discipline: { type: 'string', multiple: true },
      'issue-type': { type: 'string', multiple: true },
      'quick-wins-only': { type: 'boolean', default: false },
      trials: { type: 'string' },
      seed: { type: 'string' },
      'no-items': { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
    },
  });
  const inputs = values.input ?? [];
  if (inputs.length === 0) throw new CliError('metrics: --input FILE is required', 2);
  if (values.config === undefined) throw new CliError('metrics: --config FILE is required', 2);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`, 2);
  const unit = values.unit as DayUnit | undefined;
  if (unit !== undefined && !DAY_UNITS.includes(unit)) throw new CliError(`--unit: "${values.unit}" is not one of ${DAY_UNITS.join(', ')}`, 2);
  const nowMs = parseNow(values.now, wallClockMs);
  const windowStartDay = parseDate('window-start', values['window-start']);
  const windowEndDay = parseDate('window-end', values['window-end']);
  const forecastDay = parseDate('forecast-date', values['forecast-date']);
  const forecastItems = parseCount('forecast-items', values['forecast-items'], 0);
  const trials = parseCount('trials', values.trials, 100, MAX_TRIALS);
  const seed = parseCount('seed', values.seed, 0);
  const trendDays = parseCount('trend-days', values['trend-days'], 1, MAX_WINDOW_DAYS);
  checkWindowSpan(windowStartDay, windowEndDay, nowMs);

  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    timings[name] = now - mark;
    mark = now;
  };
  const config = readSquadConfig(values.config);
  const effortFieldId = config.quickWin.candidate?.effortFieldId;
  const disciplineFieldId = config.discipline.by === 'field' ? config.discipline.fieldId : undefined;
  const { issues, duplicates, skipped } = readIssueFiles(inputs, { effortFieldId, disciplineFieldId });
  // Whole seconds, as the app stores histories: the CLI's figures then equal the panel's exactly.
  for (const issue of issues) toWholeSeconds(issue);
  lap('read and convert');

  const cal = new DayCalendar(config.calendar, nowMs, nowMs);
  const options: SquadMetricsOptions = {
    nowMs,
    from: values.from,
    to: values.to,
    unit,
    windowStartMs: windowStartDay === undefined ? undefined : cal.startOfDay(windowStartDay),
    windowEndMs: windowEndDay === undefined ? undefined : cal.startOfDay(windowEndDay + 1) - 1,
    trendPeriodDays: trendDays,
    // Rows are streamed from the engine below rather than built as objects.
    includeItems: false,
    seed,
    filter: { disciplines: values.discipline, issueTypes: values['issue-type'], quickWinsOnly: values['quick-wins-only'] },
    forecast:
      forecastDay === undefined && forecastItems === undefined
        ? undefined
        : { targetDate: values['forecast-date'], items: forecastItems, trials },
  };
  let result: SquadMetricsResult;
  try {
    result = computeSquadMetricsResult(config, issues, options);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`metrics: ${e.message}`, 2);
    throw e;
  }
  lap('metrics');
  const { dto } = result;
  const warnings: string[] = [];
  if (duplicates > 0) warnings.push(`${duplicates} issues appeared more than once in the input; the last copy was used`);
  if (skipped.length > 0) {
    const shown = skipped.slice(0, SKIPPED_SHOWN).map((s) => `skipped ${s}`);
    const more = skipped.length > SKIPPED_SHOWN ? ` (${skipped.length - SKIPPED_SHOWN} more not listed)` : '';
    warnings.push(...shown, `${skipped.length} ${skipped.length === 1 ? 'issue was' : 'issues were'} skipped${more}; the metrics cover the other ${issues.length.toLocaleString('en-US')}`);
  }
  if (dto.unmapped.statuses.length > 0) {
    warnings.push(
      `unmapped statuses (${dto.unmapped.statuses.map((s) => `${s.projectKey} ${s.statusId}${s.statusName === null ? '' : ` "${s.statusName}"`}`).join(', ')}) were ignored: map them in ${values.config}`,
    );
  }
  const stageNames = config.stages.map((s) => s.name);
  const visitItems = values['no-items'] ? () => undefined : result.visitItems;
  const emit = (write: Sink): void => {
    if (format === 'json') writeJson(dto, stageNames, visitItems, write);
    else if (format === 'csv') writeCsv(dto, stageNames, result.visitItems, write);
    else write(formatTable(dto));
  };
  if (values.out === undefined) emit(stdout);
  else {
    const file = values.out;
    let fd: number;
    try {
      fd = openSync(file, 'w');
    } catch (e) {
      throw new CliError(`${file}: cannot write the output (${e instanceof Error ? e.message : String(e)})`);
    }
    try {
      emit((chunk) => {
        try {
          if (typeof chunk === 'string') writeSync(fd, chunk);
          else writeSync(fd, chunk);
        } catch (e) {
          throw writeFailure(file, e);
        }
      });
    } finally {
      closeSync(fd);
    }
  }
  lap('output');
  const notes = values.timings ? [`timings: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`] : [];
  return { warnings, notes, timings };
}
