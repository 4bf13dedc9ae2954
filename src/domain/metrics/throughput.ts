import type { ThroughputDayDto, ThroughputWeekDto } from '../../contract/metrics';
import { formatDay, mondayOf } from '../time/civil';
import { completedInWindow, type MetricsContext } from './metrics-context';

/**
 * Items completing the pair (entering `to`, not dropped) per calendar day of the window, as a
 * typed array indexed by `day - ctx.firstDay`.
 */
export function dailyCompletions(ctx: MetricsContext, keep?: (i: number) => boolean): Int32Array {
  const days = ctx.lastDay - ctx.firstDay + 1;
  const counts = new Int32Array(Math.max(0, days));
  const S = ctx.t.stageCount;
  for (let i = 0; i < ctx.t.count; i++) {
    if (!completedInWindow(ctx, i) || (keep !== undefined && !keep(i))) continue;
    const d = (ctx.entryDay[i * S + ctx.to] as number) - ctx.firstDay;
    if (d >= 0 && d < days) counts[d] = (counts[d] as number) + 1;
  }
  return counts;
}

/** Daily throughput over the window (every day, zeros included). */
export function throughputDaily(ctx: MetricsContext, daily: Int32Array): ThroughputDayDto[] {
  return Array.from(daily, (count, d) => ({ date: formatDay(ctx.firstDay + d), count }));
}

/**
 * Weekly throughput: weeks start on Monday in the squad's zone; every week the window touches is
 * listed, zeros included (the first and last may be partial weeks).
 */
export function throughputWeekly(ctx: MetricsContext, daily: Int32Array, dailyQuickWins: Int32Array): ThroughputWeekDto[] {
  const firstMonday = mondayOf(ctx.firstDay);
  const weeks = Math.floor((ctx.lastDay - firstMonday) / 7) + 1;
  const out: ThroughputWeekDto[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = firstMonday + 7 * w;
    const days = Math.min(monday + 6, ctx.lastDay) - Math.max(monday, ctx.firstDay) + 1;
    out.push({ week: formatDay(monday), count: 0, quickWins: 0, days });
  }
  for (let d = 0; d < daily.length; d++) {
    const row = out[Math.floor((ctx.firstDay + d - firstMonday) / 7)];
    if (row === undefined) continue;
    row.count += daily[d] as number;
    row.quickWins += dailyQuickWins[d] as number;
  }
  return out;
}
