import type { HistogramBinDto } from '../../contract/metrics';

const MAX_BINS = 12;

/** A "nice" bin width (1, 2 or 5 × 10^k, at least `minWidth`) giving at most MAX_BINS bins. */
function niceWidth(max: number, minWidth: number): number {
  const raw = Math.max(max / MAX_BINS, minWidth);
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return Math.max(m * pow, minWidth);
  return 10 * pow;
}

/**
 * Histogram of ascending-sorted, non-negative values in equal bins starting at 0. Whole-day units
 * use bins at least one day wide.
 *
 * @example
 * histogramOfSorted(Float64Array.of(0, 1, 1, 3), true) // [{0,1,1},{1,2,2},{2,3,0},{3,4,1}]
 */
export function histogramOfSorted(sorted: ArrayLike<number>, wholeDays: boolean): HistogramBinDto[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = Math.min(0, sorted[0] as number);
  const max = sorted[n - 1] as number;
  const width = niceWidth(max - min, wholeDays ? 1 : 0.1);
  const bins = Math.max(1, Math.floor((max - min) / width) + 1);
  const counts = new Int32Array(bins);
  for (let k = 0; k < n; k++) {
    const b = Math.min(bins - 1, Math.floor(((sorted[k] as number) - min) / width));
    counts[b] = (counts[b] as number) + 1;
  }
  return Array.from(counts, (count, b) => ({ fromDays: min + b * width, toDays: min + (b + 1) * width, count }));
}
