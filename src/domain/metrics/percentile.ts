/**
 * Percentile of ascending-sorted values by linear interpolation between order statistics — the
 * numpy/pandas default ("type 7"): h = (n − 1)·p/100, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * Returns null for an empty sample.
 *
 * @example
 * percentileOfSorted(Float64Array.of(1, 2, 3, 4), 50) // 2.5
 * percentileOfSorted(Float64Array.of(1, 2, 3, 4), 85) // 3.55
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  return a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

/**
 * Share (0-100) of sorted values that are ≤ x: an in-progress item's position among completed ones.
 *
 * @example
 * percentRankOfSorted(Float64Array.of(1, 2, 3, 4), 2) // 50
 */
export function percentRankOfSorted(sorted: ArrayLike<number>, x: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return (100 * lo) / n;
}
