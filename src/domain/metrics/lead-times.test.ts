import type { DayUnit } from '../../contract/squad-config';
import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { leadTimeSamples, leadTimeSummary } from './lead-times';

describe('lead times on the worked example', () => {
  it.each([
    ['elapsed', [3.5, 5, 7]],
    ['calendar', [3, 5, 7]],
    ['inclusive', [4, 6, 8]],
    ['business', [3, 3, 5]],
  ] as const)('%s', (unit, expected) => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW, unit });
    const s = leadTimeSamples(ctx);
    expect(Array.from(s.items)).toEqual([0, 1, 2]);
    expect(Array.from(s.days)).toEqual(expected);
  });

  it('summarises with percentiles, sample size and the low-sample flag', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    const dto = leadTimeSummary(ctx, leadTimeSamples(ctx));
    expect(dto).toMatchObject({ from: 'Idea', to: 'Pilot', unit: 'elapsed', count: 3, lowSample: true, minDays: 3.5, maxDays: 7 });
    expect(dto.p50).toBeCloseTo(5, 12);
    expect(dto.p70).toBeCloseTo(5.8, 12);
    expect(dto.p85).toBeCloseTo(6.4, 12);
    expect(dto.p95).toBeCloseTo(6.8, 12);
    expect(dto.mean).toBeCloseTo(15.5 / 3, 12);
    expect(dto.percentiles.map((p) => p.p)).toEqual([50, 70, 85, 95]);
  });

  it('counts only completions inside the window', () => {
    const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW, windowStart: '2024-03-10T00:00:00Z', windowEnd: '2024-03-17T23:59:59Z' });
    expect(Array.from(leadTimeSamples(ctx).days)).toEqual([5]);
  });

  it('works for any stage pair', () => {
    const base = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
    const ctx = { ...base, from: 1, to: 3 };
    // Only C reached Live: Prototype 03-13 → Live 03-20.
    expect(Array.from(leadTimeSamples(ctx).days)).toEqual([7]);
  });
});

describe('lead time in calendar days across time zones', () => {
  // Idea 2024-03-04T20:00Z → Pilot 2024-03-05T03:00Z (7 hours).
  const spec = [{ created: '2024-03-04T20:00:00Z', moves: [['2024-03-05T03:00:00Z', '1', '3']] as const }];
  it.each([
    ['UTC', 1],
    ['Europe/Berlin', 1],
    ['America/New_York', 0],
    ['Asia/Tokyo', 0],
    ['Asia/Kolkata', 0],
  ])('%s → %d', (timeZone, days) => {
    for (const [unit, expected] of [['calendar', days], ['inclusive', days + 1], ['elapsed', 7 / 24]] as [DayUnit, number][]) {
      const ctx = buildContext(spec.map((s) => ({ ...s, moves: [...s.moves] })), {
        now: '2024-04-01T00:00:00Z',
        unit,
        config: { calendar: { timeZone, workingDays: [1, 2, 3, 4, 5], holidays: [] } },
      });
      expect(leadTimeSamples(ctx).days[0]).toBeCloseTo(expected, 12);
    }
  });
});
