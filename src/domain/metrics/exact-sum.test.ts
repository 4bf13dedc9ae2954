import fc from 'fast-check';
import { exactSum } from './exact-sum';

describe('exactSum', () => {
  it('is exact where a running sum is not', () => {
    expect(exactSum(Float64Array.of(1e16, 1, -1e16))).toBe(1);
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([])).toBe(0);
    expect(exactSum([2.5])).toBe(2.5);
  });

  it('does not depend on the order of the values (property)', () => {
    const value = fc.double({ min: 0, max: 2000, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.integer(), (xs, shift) => {
        const rotated = xs.map((_, k) => xs[(k + Math.abs(shift)) % xs.length] as number);
        const reversed = [...xs].reverse();
        const sorted = [...xs].sort((a, b) => a - b);
        const s = exactSum(xs);
        expect(exactSum(rotated)).toBe(s);
        expect(exactSum(reversed)).toBe(s);
        expect(exactSum(sorted)).toBe(s);
      }),
    );
  });

  it('agrees with a running sum of integers (exact there too)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (xs) => {
        expect(exactSum(xs)).toBe(xs.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
