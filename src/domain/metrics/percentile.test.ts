import fc from 'fast-check';
import { histogramOfSorted } from './histogram';
import { percentRankOfSorted, percentileOfSorted } from './percentile';

describe('percentileOfSorted (linear interpolation, numpy default)', () => {
  const xs = Float64Array.of(1, 2, 3, 4);
  it.each([
    [0.0001, 1.000003],
    [50, 2.5],
    [70, 3.1],
    [85, 3.55],
    [95, 3.85],
    [99.9999, 3.999997],
  ])('p%d of 1,2,3,4 = %d', (p, expected) => {
    expect(percentileOfSorted(xs, p)).toBeCloseTo(expected, 9);
  });

  it('handles one sample and none', () => {
    expect(percentileOfSorted(Float64Array.of(7), 85)).toBe(7);
    expect(percentileOfSorted(new Float64Array(0), 50)).toBeNull();
  });

  it('is monotone in p and stays within the sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0.01, max: 99.99, noNaN: true }),
        fc.double({ min: 0.01, max: 99.99, noNaN: true }),
        (values, p1, p2) => {
          const sorted = Float64Array.from(values).sort();
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const a = percentileOfSorted(sorted, lo) as number;
          const b = percentileOfSorted(sorted, hi) as number;
          expect(a).toBeLessThanOrEqual(b + 1e-9);
          expect(a).toBeGreaterThanOrEqual(sorted[0] as number);
          expect(b).toBeLessThanOrEqual(sorted[sorted.length - 1] as number);
        },
      ),
    );
  });
});

describe('percentRankOfSorted', () => {
  it('counts values at or below', () => {
    const xs = Float64Array.of(3.5, 5, 7);
    expect(percentRankOfSorted(xs, 5)).toBeCloseTo(200 / 3, 9);
    expect(percentRankOfSorted(xs, 13)).toBe(100);
    expect(percentRankOfSorted(xs, 1)).toBe(0);
    expect(percentRankOfSorted(new Float64Array(0), 1)).toBeNull();
  });
});

describe('histogramOfSorted', () => {
  it('uses whole-day bins for day units', () => {
    expect(histogramOfSorted(Float64Array.of(0, 1, 1, 3), true)).toEqual([
      { fromDays: 0, toDays: 1, count: 1 },
      { fromDays: 1, toDays: 2, count: 2 },
      { fromDays: 2, toDays: 3, count: 0 },
      { fromDays: 3, toDays: 4, count: 1 },
    ]);
  });

  it('uses nice widths and at most 12 bins', () => {
    const h = histogramOfSorted(Float64Array.of(0.5, 10, 47), false);
    expect(h.map((b) => b.fromDays)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(h.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(histogramOfSorted(new Float64Array(0), false)).toEqual([]);
  });
});
