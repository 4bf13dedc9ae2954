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

  it('leaves time in the final stage (Live) out of the span: done work is neither flow nor waiting', () => {
    // Policy last: Idea 03-01, Prototype 03-02, Pilot 03-04, Live 03-05, reopened to Prototype 03-08, Pilot 03-10.
    const reopened = buildContext(
      [
        {
          key: 'MKT-9',
          created: '2024-03-01T00:00:00Z',
          moves: [
            ['2024-03-02T00:00:00Z', '1', '2'],
            ['2024-03-04T00:00:00Z', '2', '3'],
            ['2024-03-05T00:00:00Z', '3', '4'],
            ['2024-03-08T00:00:00Z', '4', '2'],
            ['2024-03-10T00:00:00Z', '2', '3'],
          ],
        },
      ],
      { now: WORKED_NOW, config: { backwardPolicy: 'last' } },
    );
    const S = reopened.t.stageCount;
    // Active 2 + 1 + 2 = 5 days of 9, less the 3 days in Live: 5 / 6.
    expect(activeShare(reopened.t, 0, reopened.t.entryMs[0] as number, reopened.t.entryMs[2] as number)).toBeCloseTo(5 / 6, 12);
    expect(reopened.t.entryMs[2]).toBe(Date.parse('2024-03-10T00:00:00Z'));
    expect(S).toBe(4);
  });
});
