import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { dropRate } from './drop-rate';
import { leadTimeSamples } from './lead-times';
import { rework } from './rework';

describe('rework', () => {
  it('counts backward moves among completed items', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    expect(rework(ctx, leadTimeSamples(ctx).items)).toEqual({
      count: 3,
      itemsWithRework: 1,
      sharePercent: 100 / 3,
      totalBackwardMoves: 1,
      byMoves: [
        { backwardMoves: 0, items: 2 },
        { backwardMoves: 1, items: 1 },
      ],
    });
  });
});

describe('drop rate', () => {
  it('is dropped ÷ (dropped + completed) inside the window', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    expect(dropRate(ctx)).toEqual({ dropped: 1, completed: 3, ratePercent: 25 });
    const before = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW, windowEnd: '2024-03-24T00:00:00Z' });
    expect(dropRate(before)).toEqual({ dropped: 0, completed: 3, ratePercent: 0 });
    expect(dropRate(before, () => false)).toEqual({ dropped: 0, completed: 0, ratePercent: null });
  });
});
