import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { agingWork } from './aging';
import { leadTimeSamples } from './lead-times';

describe('aging work', () => {
  it('lists work in progress oldest first against completed lead times', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    const sorted = leadTimeSamples(ctx).days.sort();
    const aging = agingWork(ctx, sorted);
    expect(aging).toEqual([
      {
        key: 'IT-2',
        stage: 'Prototype',
        discipline: 'IT',
        quickWin: false,
        ageDays: 13,
        ageInStageDays: 10.5,
        percentilePosition: 100,
        exceedsPercentile: 95,
      },
      {
        key: 'MKT-4',
        stage: 'Idea',
        discipline: 'Marketing',
        quickWin: false,
        ageDays: 5,
        ageInStageDays: 5,
        percentilePosition: (100 * 2) / 3,
        exceedsPercentile: null,
      },
    ]);
  });

  it('measures age in the squad’s unit', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW, unit: 'business' });
    // Working days after the entry day up to today: IT-2 Mon 03-18 → Sun 03-31 counts 19-22 and
    // 25-29 (9); MKT-4 Tue 03-26 → Sun 03-31 counts 27-29 (3).
    expect(agingWork(ctx, new Float64Array(0)).map((a) => [a.key, a.ageDays, a.percentilePosition])).toEqual([
      ['IT-2', 9, null],
      ['MKT-4', 3, null],
    ]);
  });
});
