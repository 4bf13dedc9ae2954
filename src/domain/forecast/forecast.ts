import type { ForecastDto } from '../../contract/metrics';
import { formatDay, parseDay } from '../time/civil';
import type { MetricsContext } from '../metrics/metrics-context';
import { DEFAULT_CONFIDENCES, daysUntilDone, howManyInDays } from './monte-carlo';
import { FieldRangeError } from '../field-range-error';

/** Longest forecast horizon: five years of days. */
export const MAX_FORECAST_DAYS = 5 * 366;
/** Largest backlog a when-forecast simulates. */
export const MAX_FORECAST_ITEMS = 100_000;

export interface ForecastOptions {
  /** "How many by this date?" — `YYYY-MM-DD` in the squad's zone. */
  targetDate?: string | undefined;
  /** "When will this many be done?" */
  items?: number | undefined;
  trials?: number | undefined;
  /** Weeks of daily throughput to sample (default: the squad's `forecast.windowWeeks`). */
  windowWeeks?: number | undefined;
  confidences?: readonly number[] | undefined;
}

/**
 * Daily completions (entering `to`, not dropped) for each complete day of the `weeks` weeks
 * before today (today is still running, so it is not a sample).
 */
export function throughputSamples(ctx: MetricsContext, weeks: number): { firstDay: number; samples: Int32Array } {
  const today = ctx.cal.dayOf(ctx.t.nowMs);
  const days = weeks * 7;
  const firstDay = today - days;
  const samples = new Int32Array(days);
  const S = ctx.t.stageCount;
  for (let i = 0; i < ctx.t.count; i++) {
    if (ctx.t.currentStage[i] === -2) continue;
    const d = (ctx.entryDay[i * S + ctx.to] as number) - firstDay;
    if (d >= 0 && d < days) samples[d] = (samples[d] as number) + 1;
  }
  return { firstDay, samples };
}

/**
 * Monte Carlo forecasts for the lead-time end stage: how many items by a date and when N items
 * will be done, simulated from tomorrow on. `random` makes the answer reproducible.
 */
export function forecast(ctx: MetricsContext, opts: ForecastOptions, random: () => number): ForecastDto {
  const config = ctx.t.squad.config;
  const trials = opts.trials ?? config.forecast.trials;
  const weeks = opts.windowWeeks ?? config.forecast.windowWeeks;
  const confidences = opts.confidences ?? DEFAULT_CONFIDENCES;
  const today = ctx.cal.dayOf(ctx.t.nowMs);
  const { firstDay, samples } = throughputSamples(ctx, weeks);
  let sum = 0;
  for (let k = 0; k < samples.length; k++) sum += samples[k] as number;
  const out: ForecastDto = {
    trials,
    sampleFrom: formatDay(firstDay),
    sampleTo: formatDay(today - 1),
    sampleDays: samples.length,
    meanPerDay: samples.length === 0 ? 0 : sum / samples.length,
  };
  if (opts.targetDate !== undefined) {
    const target = parseDay(opts.targetDate);
    if (Number.isNaN(target)) throw new FieldRangeError('forecast.targetDate', `forecast target date "${opts.targetDate}" is not a date as YYYY-MM-DD`);
    const days = Math.max(0, target - today);
    // Each simulated day costs every trial a step: a far date would hold the caller (and, in one process, everyone) for minutes.
    if (days > MAX_FORECAST_DAYS) throw new FieldRangeError('forecast.targetDate', `must be at most 5 years ahead (${MAX_FORECAST_DAYS} days); got ${days} days`);
    out.howMany = { targetDate: opts.targetDate, days, results: howManyInDays(samples, days, trials, random, confidences) };
  }
  if (opts.items !== undefined) {
    if (!Number.isInteger(opts.items) || opts.items < 0 || opts.items > MAX_FORECAST_ITEMS) {
      throw new FieldRangeError('forecast.items', `forecast items must be a whole number from 0 to ${MAX_FORECAST_ITEMS}, got ${opts.items}`);
    }
    out.when = {
      items: opts.items,
      results: daysUntilDone(samples, opts.items, trials, random, confidences).map((r) => ({
        confidence: r.confidence,
        days: r.days,
        date: r.days === null ? null : formatDay(today + r.days),
      })),
    };
  }
  return out;
}
