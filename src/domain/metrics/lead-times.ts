import type { LeadTimeDto } from '../../contract/metrics';
import { MS_PER_DAY } from '../time/parse-jira-timestamp';
import { summarise } from './distribution';
import { completedInWindow, type MetricsContext } from './metrics-context';

/**
 * Lead time of item `i` between two stages in the context's unit (NaN when either entry is
 * missing). Day units read the precomputed entry days, so no date maths happens per item.
 */
export function stageDuration(ctx: MetricsContext, i: number, fromStage: number, toStage: number): number {
  const S = ctx.t.stageCount;
  const a = ctx.t.entryMs[i * S + fromStage] as number;
  const b = ctx.t.entryMs[i * S + toStage] as number;
  if (a !== a || b !== b) return NaN;
  switch (ctx.unit) {
    case 'elapsed':
      return (b - a) / MS_PER_DAY;
    case 'calendar':
      return (ctx.entryDay[i * S + toStage] as number) - (ctx.entryDay[i * S + fromStage] as number);
    case 'inclusive':
      return (ctx.entryDay[i * S + toStage] as number) - (ctx.entryDay[i * S + fromStage] as number) + 1;
    case 'business':
      return ctx.cal.workingDaysBetween(ctx.entryDay[i * S + fromStage] as number, ctx.entryDay[i * S + toStage] as number);
  }
}

export interface LeadTimeSamples {
  /** Item indexes, in item order. */
  items: Int32Array;
  /** Lead times in the context's unit, aligned with `items`. */
  days: Float64Array;
}

/** Lead times (from → to) of the items that completed inside the window, optionally filtered. */
export function leadTimeSamples(ctx: MetricsContext, keep?: (i: number) => boolean): LeadTimeSamples {
  const n = ctx.t.count;
  const items = new Int32Array(n);
  const days = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!completedInWindow(ctx, i) || (keep !== undefined && !keep(i))) continue;
    items[k] = i;
    days[k] = stageDuration(ctx, i, ctx.from, ctx.to);
    k++;
  }
  return { items: items.subarray(0, k), days: days.subarray(0, k) };
}

/** The headline lead-time answer for the context's pair and unit. */
export function leadTimeSummary(ctx: MetricsContext, samples: LeadTimeSamples): LeadTimeDto {
  const d = summarise(samples.days.slice(), ctx.percentiles, ctx.unit !== 'elapsed');
  return {
    from: ctx.t.squad.stageNames[ctx.from] ?? '',
    to: ctx.t.squad.stageNames[ctx.to] ?? '',
    unit: ctx.unit,
    ...d,
    mean: d.meanDays,
  };
}
