import type { DayUnit } from '../../contract/squad-config';
import type { DayCalendar } from '../time/day-calendar';
import type { Timelines } from '../timeline/build-timelines';
import type { ItemDimensions } from '../timeline/item-dimensions';
import { drain, STEP_MASK, type Steps } from '../steps';

/**
 * What every metric reads: the timelines, the calendar, the stage pair and the reporting window.
 * `entryDay` (the calendar day of each entry instant) is computed once, since throughput, WIP, CFD
 * and the day units all need it.
 */
export interface MetricsContext {
  readonly t: Timelines;
  readonly cal: DayCalendar;
  readonly unit: DayUnit;
  /** Stage indexes of the lead-time pair. */
  readonly from: number;
  readonly to: number;
  readonly windowStartMs: number;
  readonly windowEndMs: number;
  /** Inclusive day numbers of the window in the squad's zone. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly percentiles: readonly number[];
  readonly dims: ItemDimensions;
  /** Day number of each entry (`NaN` entries give `NO_DAY`). */
  readonly entryDay: Int32Array;
}

/** Sentinel day for a missing instant. */
export const NO_DAY = 2_147_483_647;

export interface ContextInput {
  t: Timelines;
  cal: DayCalendar;
  unit: DayUnit;
  from: number;
  to: number;
  windowStartMs: number;
  windowEndMs: number;
  percentiles: readonly number[];
  dims: ItemDimensions;
}

export function metricsContext(input: ContextInput): MetricsContext {
  return drain(metricsContextSteps(input));
}

/** `metricsContext` in steps (see src/domain/steps.ts). */
export function* metricsContextSteps(input: ContextInput): Steps<MetricsContext> {
  const { t, cal } = input;
  const entryDay = new Int32Array(t.entryMs.length);
  for (let k = 0; k < entryDay.length; k++) {
    if ((k & STEP_MASK) === STEP_MASK) yield;
    const v = t.entryMs[k] as number;
    entryDay[k] = v === v ? cal.dayOf(v) : NO_DAY;
  }
  return {
    ...input,
    firstDay: cal.dayOf(input.windowStartMs),
    lastDay: cal.dayOf(input.windowEndMs),
    entryDay,
  };
}

/** Whether item `i` completed the pair (reached `to`, not dropped) inside the window. */
export function completedInWindow(ctx: MetricsContext, i: number): boolean {
  const { t } = ctx;
  if (t.currentStage[i] === -2) return false;
  const end = t.entryMs[i * t.stageCount + ctx.to] as number;
  return end >= ctx.windowStartMs && end <= ctx.windowEndMs;
}
