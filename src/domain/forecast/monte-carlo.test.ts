import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { forecast, throughputSamples } from './forecast';
import { MAX_FORECAST_DAYS, daysUntilDone, howManyInDays } from './monte-carlo';
import { mulberry32 } from './mulberry32';

/** A random source that replays a fixed sequence, so trials can be worked by hand. */
function replay(values: number[]): () => number {
  let k = 0;
  return () => values[k++ % values.length] as number;
}

describe('mulberry32', () => {
  it('is reproducible from its seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a()]).toEqual([0.6011037519201636, 0.44829055899754167]);
    expect([b(), b()]).toEqual([0.6011037519201636, 0.44829055899754167]);
    expect(mulberry32(7)()).not.toBe(0.6011037519201636);
  });
});

describe('howManyInDays', () => {
  it('sums one sample per day per trial and reads the lower tail', () => {
    // Samples [0, 1, 2]; 4 trials of 2 days; draws pick indexes 0,0 | 1,1 | 2,2 | 2,1 → totals 0, 2, 4, 3.
    const random = replay([0, 0, 0.4, 0.4, 0.9, 0.9, 0.9, 0.5]);
    const r = howManyInDays(Int32Array.of(0, 1, 2), 2, 4, random, [50, 75, 100]);
    // Sorted totals [0, 2, 3, 4]: at 50 % index ⌊0.5·4⌋ = 2 → 3; 75 % → index 1 → 2; 100 % → index 0 → 0.
    expect(r).toEqual([
      { confidence: 50, items: 3 },
      { confidence: 75, items: 2 },
      { confidence: 100, items: 0 },
    ]);
  });

  it('is exact for constant throughput', () => {
    expect(howManyInDays(Int32Array.of(2, 2), 10, 100, mulberry32(1))).toEqual([
      { confidence: 50, items: 20 },
      { confidence: 70, items: 20 },
      { confidence: 85, items: 20 },
      { confidence: 95, items: 20 },
    ]);
    expect(howManyInDays(new Int32Array(0), 10, 10, mulberry32(1), [50])).toEqual([{ confidence: 50, items: 0 }]);
  });
});

describe('daysUntilDone', () => {
  it('counts days until the running total reaches N and reads the upper tail', () => {
    // Samples [0, 3]; N = 3; trials: draws 3 → 1 day; 0,3 → 2 days; 0,0,3 → 3 days; 3 → 1 day.
    const random = replay([0.9, 0.1, 0.9, 0.1, 0.1, 0.9, 0.9]);
    expect(daysUntilDone(Int32Array.of(0, 3), 3, 4, random, [50, 75, 100])).toEqual([
      { confidence: 50, days: 1 },
      { confidence: 75, days: 2 },
      { confidence: 100, days: 3 },
    ]);
  });

  it('answers null when nothing ever completes', () => {
    expect(daysUntilDone(Int32Array.of(0, 0), 1, 10, mulberry32(1), [50])).toEqual([{ confidence: 50, days: null }]);
    expect(MAX_FORECAST_DAYS).toBe(3650);
  });
});

describe('forecast', () => {
  const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });

  it('samples the complete days before today', () => {
    const { firstDay, samples } = throughputSamples(ctx, 2);
    expect(samples.length).toBe(14);
    // 03-17 … 03-30: C completed on 03-18.
    expect(Array.from(samples)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(firstDay).toBe(ctx.lastDay - 14);
  });

  it('answers both questions reproducibly', () => {
    const a = forecast(ctx, { targetDate: '2024-04-28', items: 2, windowWeeks: 4, trials: 2000 }, mulberry32(5));
    const b = forecast(ctx, { targetDate: '2024-04-28', items: 2, windowWeeks: 4, trials: 2000 }, mulberry32(5));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ trials: 2000, sampleFrom: '2024-03-03', sampleTo: '2024-03-30', sampleDays: 28, meanPerDay: 3 / 28 });
    expect(a.howMany?.days).toBe(28);
    // The default confidences, 70 % included, answer both questions in this order.
    expect(a.howMany?.results.map((r) => r.confidence)).toEqual([50, 70, 85, 95]);
    expect(a.when?.results.map((r) => r.confidence)).toEqual([50, 70, 85, 95]);
    const items = a.howMany?.results.map((r) => r.items) ?? [];
    // Expected total 28 × 3/28 = 3; more confidence, fewer items promised.
    expect(items[0]).toBeGreaterThanOrEqual(2);
    expect(items[0]).toBeLessThanOrEqual(4);
    expect(items[0]).toBeGreaterThanOrEqual(items[1] as number);
    expect(items[1]).toBeGreaterThanOrEqual(items[2] as number);
    expect(items[2]).toBeGreaterThanOrEqual(items[3] as number);
    const days = a.when?.results.map((r) => r.days as number) ?? [];
    expect(days[0]).toBeLessThanOrEqual(days[1] as number);
    expect(days[1]).toBeLessThanOrEqual(days[2] as number);
    expect(days[2]).toBeLessThanOrEqual(days[3] as number);
    expect(a.when?.results[0]?.date).toBe(new Date(Date.UTC(2024, 2, 31) + (days[0] as number) * 86_400_000).toISOString().slice(0, 10));
  });

  it('refuses a bad date or count', () => {
    expect(() => forecast(ctx, { targetDate: '2024-02-30' }, mulberry32(1))).toThrow('forecast target date "2024-02-30" is not a date');
    expect(() => forecast(ctx, { items: 1.5 }, mulberry32(1))).toThrow('forecast items must be a whole number');
  });
});
