import fc from 'fast-check';
import { percentileOfSorted } from './percentile';
import { selectPercentiles } from './select-percentiles';

describe('selectPercentiles', () => {
  it('matches sorting then interpolating', () => {
    expect(selectPercentiles(Float64Array.of(4, 1, 3, 2), [50, 85])).toEqual([2.5, percentileOfSorted(Float64Array.of(1, 2, 3, 4), 85)]);
    expect(selectPercentiles(new Float64Array(0), [50])).toEqual([null]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }), fc.array(fc.double({ min: 0.01, max: 99.99, noNaN: true }), { minLength: 1, maxLength: 4 }), (xs, ps) => {
        const sorted = Float64Array.from(xs).sort();
        expect(selectPercentiles(Float64Array.from(xs), ps)).toEqual(ps.map((p) => percentileOfSorted(sorted, p)));
      }),
      { numRuns: 500 },
    );
  });
});
