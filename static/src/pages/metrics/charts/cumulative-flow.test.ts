import { niceCeil } from './cumulative-flow';

describe('niceCeil (the cumulative flow y axis top)', () => {
  it.each([
    [878, 1000],
    [51, 60],
    [1000, 1000],
    [7, 8],
    [0.4, 0.4],
    [23, 25],
    [0, 1],
  ])('%p → %p', (v, top) => {
    expect(niceCeil(v)).toBeCloseTo(top, 9);
  });
  it('is never below the value and at most a third above it', () => {
    for (let v = 1; v < 5000; v += 7) {
      expect(niceCeil(v)).toBeGreaterThanOrEqual(v);
      expect(niceCeil(v)).toBeLessThanOrEqual(v * 1.34);
    }
  });
});
