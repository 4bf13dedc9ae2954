import type { CfdPointDto } from '../../contract/metrics';
import { formatDay } from '../time/civil';
import type { MetricsContext } from './metrics-context';

/**
 * Cumulative flow per day of the window: for each stage, the non-dropped items that had reached
 * that stage or a later one by the end of the day. Entries never decrease along the stages, so
 * the bands never cross; the counts never decrease over time.
 * Returns the raw counts (`counts[d * stages + s]`) for callers and tests.
 */
export function cfdCounts(ctx: MetricsContext): Int32Array {
  const { t } = ctx;
  const S = t.stageCount;
  const days = Math.max(0, ctx.lastDay - ctx.firstDay + 1);
  const counts = new Int32Array(days * S);
  const base = new Int32Array(S);
  for (let i = 0; i < t.count; i++) {
    if (t.currentStage[i] === -2) continue;
    for (let s = 0; s < S; s++) {
      const day = ctx.entryDay[i * S + s] as number;
      if (day > ctx.lastDay) continue;
      if (day < ctx.firstDay) base[s] = (base[s] as number) + 1;
      else counts[(day - ctx.firstDay) * S + s] = (counts[(day - ctx.firstDay) * S + s] as number) + 1;
    }
  }
  for (let s = 0; s < S; s++) {
    let c = base[s] as number;
    for (let d = 0; d < days; d++) {
      c += counts[d * S + s] as number;
      counts[d * S + s] = c;
    }
  }
  return counts;
}

export function cfdSeries(ctx: MetricsContext, counts: Int32Array): CfdPointDto[] {
  const S = ctx.t.stageCount;
  const names = ctx.t.squad.stageNames;
  const days = counts.length / S;
  const out: CfdPointDto[] = [];
  for (let d = 0; d < days; d++) {
    const row: CfdPointDto = { date: formatDay(ctx.firstDay + d) };
    for (let s = 0; s < S; s++) row[names[s] as string] = counts[d * S + s] as number;
    out.push(row);
  }
  return out;
}
