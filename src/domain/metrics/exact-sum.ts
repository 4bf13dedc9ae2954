/**
 * The sum of `values`, correctly rounded (Shewchuk's algorithm, as Python's `math.fsum`): the exact
 * sum is kept as non-overlapping partials and rounded once at the end. Unlike a running `+=`, the
 * answer does not depend on the order of the values, so the same items give the same means to the
 * last digit whether they come from the app's store or from a CLI export in another order.
 *
 * @example
 * exactSum(Float64Array.of(1e16, 1, -1e16)) // 1 (a running sum gives 0)
 */
export function exactSum(values: ArrayLike<number>): number {
  const partials: number[] = [];
  for (let k = 0; k < values.length; k++) {
    let x = values[k] as number;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  // Round the partials' exact sum once, from the largest down, with fsum's half-way correction.
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
