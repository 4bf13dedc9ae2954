import type { MetricsContext } from './metrics-context';

export interface FlowByDay {
  firstDay: number;
  /** Items entering `from` on each day (non-dropped). */
  arrivals: Int32Array;
  /** Items entering `to` on each day (non-dropped). */
  departures: Int32Array;
  /** Items in progress at the end of each day: all arrivals so far − all departures so far. */
  wip: Int32Array;
}

/**
 * Arrivals, departures and WIP per day over `[firstDay, lastDay]`. WIP(t) counts non-dropped items
 * with entry(from) ≤ t < entry(to), taken at the end of each day; items that arrived before the
 * range start the count.
 */
export function flowByDay(ctx: MetricsContext, firstDay: number, lastDay: number, keep?: (i: number) => boolean): FlowByDay {
  const days = Math.max(0, lastDay - firstDay + 1);
  const arrivals = new Int32Array(days);
  const departures = new Int32Array(days);
  const wip = new Int32Array(days);
  const { t } = ctx;
  const S = t.stageCount;
  let base = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.currentStage[i] === -2 || (keep !== undefined && !keep(i))) continue;
    const a = ctx.entryDay[i * S + ctx.from] as number;
    const b = ctx.entryDay[i * S + ctx.to] as number;
    if (a > lastDay) continue;
    if (a < firstDay) base++;
    else arrivals[a - firstDay] = (arrivals[a - firstDay] as number) + 1;
    if (b < firstDay) base--;
    else if (b <= lastDay) departures[b - firstDay] = (departures[b - firstDay] as number) + 1;
  }
  let w = base;
  for (let d = 0; d < days; d++) {
    w += (arrivals[d] as number) - (departures[d] as number);
    wip[d] = w;
  }
  return { firstDay, arrivals, departures, wip };
}
