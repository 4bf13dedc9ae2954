/**
 * Percentiles (linear interpolation, as `percentileOfSorted`) of an unsorted sample by selection
 * instead of sorting: O(n) per percentile rather than O(n log n) for the whole sample. Reorders
 * `values` in place (callers pass scratch arrays).
 *
 * @example
 * selectPercentiles(Float64Array.of(4, 1, 3, 2), [50, 85]) // [2.5, 3.55]
 */
export function selectPercentiles(values: Float64Array, ps: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  return ps.map((p) => {
    const h = ((n - 1) * p) / 100;
    const lo = Math.floor(h);
    const a = select(values, lo);
    if (lo + 1 >= n || h === lo) return a;
    // The next order statistic is the smallest value right of `lo` after selection.
    let b = Infinity;
    for (let k = lo + 1; k < n; k++) {
      const v = values[k] as number;
      if (v < b) b = v;
    }
    return a + (h - lo) * (b - a);
  });
}

/** Hoare's quickselect: puts the k-th smallest value at index k, smaller ones left of it. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    // Median of three as pivot keeps sorted input linear.
    const mid = (left + right) >>> 1;
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k] as number;
}
