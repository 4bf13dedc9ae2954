import fc from 'fast-check';
import { spreadLabels } from './aging-work';

describe('spreadLabels (aging-work band labels)', () => {
  it('leaves labels that do not crowd where they are', () => {
    expect(spreadLabels([250, 150, 60], 16, 40, 272)).toEqual([250, 150, 60]);
  });

  it('stacks labels of thin bands at the minimum spacing, in their order', () => {
    // Three bands squeezed near the bottom (the demo squad: 50 %, 85 %, 95 % close together).
    expect(spreadLabels([268, 262, 258, 120], 16, 46, 266)).toEqual([266, 250, 234, 120]);
  });

  it('never overlaps, stays inside the plot and keeps the bands order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 400, noNaN: true }), { maxLength: 6 }), (wanted) => {
        const gap = 16;
        const top = 46;
        const bottom = 266;
        const placed = spreadLabels(wanted, gap, top, bottom);
        expect(placed).toHaveLength(wanted.length);
        const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y).map((o) => placed[o.i] as number);
        for (const y of placed) {
          expect(y).toBeGreaterThanOrEqual(top);
          expect(y).toBeLessThanOrEqual(bottom);
        }
        for (let k = 1; k < order.length; k++) expect((order[k] as number) - (order[k - 1] as number)).toBeGreaterThanOrEqual(gap - 1e-9);
      }),
    );
  });
});
