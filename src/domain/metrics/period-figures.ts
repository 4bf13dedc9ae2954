import type { PeriodFiguresDto } from '../../contract/metrics';
import { formatDay } from '../time/civil';
import { dropRate } from './drop-rate';
import { flowByDay } from './flow-by-day';
import { leadTimeSamples } from './lead-times';
import type { MetricsContext } from './metrics-context';
import { selectPercentiles } from './select-percentiles';
import { exactSum } from './exact-sum';

/**
 * Headline figures for the calendar days `[firstDay, lastDay]`, optionally for a subset of
 * items: the building block of trends and breakdowns.
 */
export function periodFigures(base: MetricsContext, firstDay: number, lastDay: number, keep?: (i: number) => boolean): PeriodFiguresDto {
  const ctx: MetricsContext = {
    ...base,
    firstDay,
    lastDay,
    windowStartMs: base.cal.startOfDay(firstDay),
    windowEndMs: Math.min(base.cal.startOfDay(lastDay + 1) - 1, base.t.nowMs),
  };
  const samples = leadTimeSamples(ctx, keep);
  const values = samples.days;
  const sum = exactSum(values);
  let quickWins = 0;
  for (let k = 0; k < samples.items.length; k++) quickWins += ctx.dims.quickWin[samples.items[k] as number] as number;
  const flow = flowByDay(ctx, firstDay, lastDay, keep);
  let wipSum = 0;
  let arrivals = 0;
  for (let d = 0; d < flow.wip.length; d++) {
    wipSum += flow.wip[d] as number;
    arrivals += flow.arrivals[d] as number;
  }
  const n = values.length;
  const [p50, p85] = selectPercentiles(values, [50, 85]);
  return {
    from: formatDay(firstDay),
    to: formatDay(lastDay),
    throughput: n,
    leadTimeCount: n,
    leadTimeP50: p50 ?? null,
    leadTimeP85: p85 ?? null,
    leadTimeMean: n === 0 ? null : sum / n,
    wipMean: flow.wip.length === 0 ? null : wipSum / flow.wip.length,
    arrivals,
    dropRatePercent: dropRate(ctx, keep).ratePercent,
    quickWinSharePercent: n === 0 ? null : (100 * quickWins) / n,
  };
}
