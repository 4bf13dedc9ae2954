import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { breakdown } from './breakdowns';
import { leadTimeSamples } from './lead-times';

describe('breakdowns', () => {
  const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
  const samples = leadTimeSamples(ctx);

  it('by discipline', () => {
    expect(breakdown(ctx, samples, ctx.dims.discipline, ctx.dims.disciplineNames)).toEqual([
      { name: 'IT', completed: 1, leadTimeCount: 1, lowSample: true, leadTimeP50: 5, leadTimeP85: 5, leadTimeMean: 5, inProgress: 1, dropped: 0, dropRatePercent: 0 },
      {
        name: 'Marketing',
        completed: 2,
        leadTimeCount: 2,
        lowSample: true,
        leadTimeP50: 5.25,
        leadTimeP85: 6.475,
        leadTimeMean: 5.25,
        inProgress: 1,
        dropped: 1,
        dropRatePercent: 100 / 3,
      },
    ]);
  });

  it('by issue type', () => {
    expect(breakdown(ctx, samples, ctx.dims.issueType, ctx.dims.issueTypeNames).map((g) => [g.name, g.completed, g.inProgress, g.dropped])).toEqual([
      ['Bug', 1, 0, 0],
      ['Story', 2, 2, 1],
    ]);
  });
});
