import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { leadTimeSamples } from './lead-times';
import { timeInStage } from './time-in-stage';

describe('time in stage', () => {
  it('sums every visit, per stage, over the items completed in the window', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    const dto = timeInStage(ctx, leadTimeSamples(ctx).items);
    expect(dto.population).toBe('completed-in-window');
    const [idea, proto, pilot, live] = dto.stages;
    // The final stage (Live) is no time in stage: shown apart.
    expect(live).toBeUndefined();
    expect(dto.stages).toHaveLength(3);
    // Idea: A 1, B 2, C 2 + 1 (two visits).
    expect(idea).toEqual({ stage: 'Idea', kind: 'waiting', count: 3, meanElapsedDays: 2, p50ElapsedDays: 2, p85ElapsedDays: 2.7, totalElapsedDays: 6 });
    // Prototype: A 2.5, B 3, C 1 + 3.
    expect(proto?.count).toBe(3);
    expect(proto?.totalElapsedDays).toBe(9.5);
    expect(proto?.p85ElapsedDays).toBeCloseTo(3.7, 12);
    // Pilot runs until now for A and B: 23.125 and 19.5; C 2.
    expect(pilot?.totalElapsedDays).toBe(44.625);
    // C entered Live on 03-20 and is there now: 11 days by 03-31.
    expect(dto.final).toEqual({ stage: 'Live', count: 1, p50SinceDays: 11, maxSinceDays: 11, firstEntered: '2024-03-20', lastEntered: '2024-03-20' });
  });
});
