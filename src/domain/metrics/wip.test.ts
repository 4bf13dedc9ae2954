import { WORKED_EXAMPLE, WORKED_NOW, buildContext } from '../testing/build-context';
import { flowByDay } from './flow-by-day';
import { netFlowWeekly, wipSeries } from './wip';

describe('WIP and net flow', () => {
  const ctx = buildContext(WORKED_EXAMPLE, { now: WORKED_NOW });
  const flow = flowByDay(ctx, ctx.firstDay, ctx.lastDay);

  it('counts items between entry(from) and entry(to) at the end of each day, dropped items left out', () => {
    const wip = wipSeries(flow);
    const at = (date: string): number | undefined => wip.find((w) => w.date === date)?.count;
    expect([at('2024-03-04'), at('2024-03-06'), at('2024-03-07'), at('2024-03-11'), at('2024-03-18'), at('2024-03-26'), at('2024-03-31')]).toEqual([
      1, 2, 1, 1, 1, 2, 2,
    ]);
    expect(wip.reduce((s, w) => s + w.count, 0)).toBe(35);
  });

  it('nets arrivals against departures per week', () => {
    expect(netFlowWeekly(flow)).toEqual([
      { week: '2024-03-04', arrivals: 2, departures: 1, net: 1 },
      { week: '2024-03-11', arrivals: 1, departures: 1, net: 0 },
      { week: '2024-03-18', arrivals: 1, departures: 1, net: 0 },
      { week: '2024-03-25', arrivals: 1, departures: 0, net: 1 },
    ]);
  });

  it('starts a later range from the items already in progress', () => {
    const late = flowByDay(ctx, ctx.lastDay - 1, ctx.lastDay);
    expect(Array.from(late.wip)).toEqual([2, 2]);
  });
});
