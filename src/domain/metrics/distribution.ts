import { LOW_SAMPLE_SIZE, type DistributionDto } from '../../contract/metrics';
import { histogramOfSorted } from './histogram';
import { percentileOfSorted } from './percentile';
import { exactSum } from './exact-sum';

/**
 * Summary of a sample of durations: count, mean, extremes, p50/p70/p85/p95, the configured
 * percentiles and a histogram. Sorts `values` in place (callers pass a scratch array).
 */
export function summarise(values: Float64Array, percentiles: readonly number[], wholeDays: boolean): DistributionDto {
  values.sort();
  const n = values.length;
  const sum = exactSum(values);
  return {
    count: n,
    lowSample: n < LOW_SAMPLE_SIZE,
    meanDays: n === 0 ? null : sum / n,
    minDays: n === 0 ? null : (values[0] as number),
    maxDays: n === 0 ? null : (values[n - 1] as number),
    p50: percentileOfSorted(values, 50),
    p70: percentileOfSorted(values, 70),
    p85: percentileOfSorted(values, 85),
    p95: percentileOfSorted(values, 95),
    percentiles: percentiles.map((p) => ({ p, days: percentileOfSorted(values, p) })),
    histogram: histogramOfSorted(values, wholeDays),
  };
}
