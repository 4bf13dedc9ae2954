import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { dailyCompletions, throughputDaily, throughputWeekly } from './throughput';

describe('throughput', () => {
  const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
  const daily = dailyCompletions(ctx);
  const qw = dailyCompletions(ctx, (i) => ctx.dims.quickWin[i] === 1);

  it('counts completions per day over the whole window', () => {
    const days = throughputDaily(ctx, daily);
    expect(days).toHaveLength(28);
    expect(days[0]).toEqual({ date: '2024-03-04', count: 0 });
    expect(days.filter((d) => d.count > 0)).toEqual([
      { date: '2024-03-07', count: 1 },
      { date: '2024-03-11', count: 1 },
      { date: '2024-03-18', count: 1 },
    ]);
  });

  it('groups weeks from Monday, zeros included, quick wins apart', () => {
    expect(throughputWeekly(ctx, daily, qw)).toEqual([
      { week: '2024-03-04', count: 1, quickWins: 1, days: 7 },
      { week: '2024-03-11', count: 1, quickWins: 0, days: 7 },
      { week: '2024-03-18', count: 1, quickWins: 0, days: 7 },
      { week: '2024-03-25', count: 0, quickWins: 0, days: 7 },
    ]);
  });

  it('starts weeks on Monday in the squad’s zone', () => {
    // Completed Sunday 2024-03-10 23:30Z = Monday 00:30 in Berlin.
    const specs = [{ created: '2024-03-04T09:00:00Z', moves: [['2024-03-10T23:30:00Z', '1', '3']] as const }].map((s) => ({ ...s, moves: [...s.moves] }));
    const utc = buildContext(specs, { now: WORKED_NOW });
    const berlin = buildContext(specs, { now: WORKED_NOW, config: { calendar: { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], holidays: [] } } });
    const weekOf = (c: typeof utc): string | undefined =>
      throughputWeekly(c, dailyCompletions(c), dailyCompletions(c)).find((w) => w.count > 0)?.week;
    expect(weekOf(utc)).toBe('2024-03-04');
    expect(weekOf(berlin)).toBe('2024-03-11');
  });
});
