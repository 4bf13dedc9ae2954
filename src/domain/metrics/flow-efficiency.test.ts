import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { activeShare, flowEfficiency } from './flow-efficiency';
import { leadTimeSamples } from './lead-times';

describe('flow efficiency', () => {
  const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });

  it('is active time ÷ lead time per item', () => {
    const S = ctx.t.stageCount;
    const share = (i: number): number => activeShare(ctx.t, i, ctx.t.entryMs[i * S] as number, ctx.t.entryMs[i * S + 2] as number);
    expect(share(0)).toBeCloseTo(2.5 / 3.5, 12);
    expect(share(1)).toBeCloseTo(3 / 5, 12);
    expect(share(2)).toBeCloseTo(4 / 7, 12);
    expect(activeShare(ctx.t, 0, 5, 5)).toBeNaN();
  });

  it('reports the mean and distribution of per-item efficiencies', () => {
    const dto = flowEfficiency(ctx, leadTimeSamples(ctx).items);
    expect(dto.count).toBe(3);
    expect(dto.lowSample).toBe(true);
    expect(dto.meanPercent).toBeCloseTo(((2.5 / 3.5 + 0.6 + 4 / 7) * 100) / 3, 9);
    expect(dto.p50Percent).toBeCloseTo(60, 9);
    expect(dto.histogram.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0, 0]);
  });
});
