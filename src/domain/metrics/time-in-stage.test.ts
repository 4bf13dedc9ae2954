import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { leadTimeSamples } from './lead-times';
import { timeInStage } from './time-in-stage';

describe('time in stage', () => {
  it('sums every visit, per stage, over the items completed in the window', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    const dto = timeInStage(ctx, leadTimeSamples(ctx).items);
    expect(dto.population).toBe('completed-in-window');
    const [idea, proto, pilot, live] = dto.stages;
    // Idea: A 1, B 2, C 2 + 1 (two visits).
    expect(idea).toEqual({ stage: 'Idea', kind: 'waiting', count: 3, meanElapsedDays: 2, p50ElapsedDays: 2, p85ElapsedDays: 2.7, totalElapsedDays: 6 });
    // Prototype: A 2.5, B 3, C 1 + 3.
    expect(proto?.count).toBe(3);
    expect(proto?.totalElapsedDays).toBe(9.5);
    expect(proto?.p85ElapsedDays).toBeCloseTo(3.7, 12);
    // Pilot runs until now for A and B: 23.125 and 19.5; C 2.
    expect(pilot?.totalElapsedDays).toBe(44.625);
    expect(live).toMatchObject({ stage: 'Live', kind: 'waiting', count: 1, totalElapsedDays: 11 });
  });
});
