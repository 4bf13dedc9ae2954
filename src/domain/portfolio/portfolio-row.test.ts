import { WORKED_EXAMPLE, WORKED_NOW } from '../testing/build-context';
import { buildConfig, buildIssue, ms } from '../testing/build-issue';
import { hasStagePair, portfolioRow, trendOf } from './portfolio-row';
import { portfolioTotal } from './portfolio-total';

const config = buildConfig();
const issues = () => WORKED_EXAMPLE.map(buildIssue);

describe('portfolioRow — the worked example (docs/metrics.md), March 2024', () => {
  const row = portfolioRow(config, issues(), { nowMs: ms(WORKED_NOW), period: 'this-month', oldest: 2 });
  const f = row.figures;

  it('covers 1-31 March against the 31 days before', () => {
    expect(f.period).toMatchObject({ from: '2024-03-01', to: '2024-03-31', days: 31, previousFrom: '2024-01-30', previousTo: '2024-02-29' });
    expect(f.asOf).toBe('2024-03-31T00:00:00.000Z');
  });

  it('counts the funnel at the period end: dropped items are in no stage', () => {
    expect(f.stages).toEqual([
      { name: 'Idea', count: 1 },
      { name: 'Prototype', count: 1 },
      { name: 'Pilot', count: 2 },
      { name: 'Live', count: 1 },
    ]);
  });

  it('gives idea-to-pilot p50/p85 of the three pilots (3.5, 5, 7 days), with no trend without a previous sample', () => {
    expect(f.leadTime).toMatchObject({ from: 'Idea', to: 'Pilot', unit: 'elapsed', count: 3, p50: 5, trend: 'no-data', changeP50: null });
    expect(f.leadTime.p85).toBeCloseTo(6.4, 9);
    expect(f.leadTime.previous).toEqual({ count: 0, p50: null, p85: null });
    expect(row.leadTimeSample).toEqual([3.5, 5, 7]);
  });

  it('counts pilots, quick wins, WIP and items older than the p85', () => {
    expect([f.pilots, f.quickWins, f.wip]).toEqual([3, 1, 2]);
    // IT-2 has waited 13 days (> 6.4), MKT-4 five.
    expect(f.aged).toBe(1);
    expect(row.oldest).toEqual([
      { key: 'IT-2', stage: 'Prototype', ageDays: 13 },
      { key: 'MKT-4', stage: 'Idea', ageDays: 5 },
    ]);
  });

  it('lists weekly throughput from the Monday of the first day', () => {
    expect(f.throughput).toEqual([
      { week: '2024-02-26', count: 0 },
      { week: '2024-03-04', count: 1 },
      { week: '2024-03-11', count: 1 },
      { week: '2024-03-18', count: 1 },
      { week: '2024-03-25', count: 0 },
    ]);
  });

  it('sets demand (six ideas arrived, the dropped one too) against capacity', () => {
    expect(f.demand).toMatchObject({ arrivals: 6, backlog: 1, backlogAtStart: 0, backlogGrowth: 1 });
    expect(f.demand.arrivalsPerWeek).toBeCloseTo((6 * 7) / 31, 9);
    expect(f.demand.pilotsPerWeek).toBeCloseTo((3 * 7) / 31, 9);
    expect(f.demand.netPerWeek).toBeCloseTo((3 * 7) / 31, 9);
  });
});

describe('portfolioRow — trend and past periods', () => {
  // Two pilots in February (2 and 4 days), one in March (1 day): faster by 2 days.
  const spec = (key: string, idea: string, pilot: string) => buildIssue({ key, created: idea, moves: [[pilot, '1', '3']] });
  const history = [spec('MKT-1', '2024-02-05T00:00:00Z', '2024-02-07T00:00:00Z'), spec('MKT-2', '2024-02-12T00:00:00Z', '2024-02-16T00:00:00Z'), spec('MKT-3', '2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z')];

  it('compares the median with the same number of days before', () => {
    // 20 Feb - 20 Mar against 21 Jan - 19 Feb.
    const lt = portfolioRow(config, history, { nowMs: ms('2024-03-20T12:00:00Z'), period: 'last-30-days' }).figures.leadTime;
    expect([lt.count, lt.p50, lt.previous.count, lt.previous.p50, lt.trend, lt.changeP50]).toEqual([1, 1, 2, 3, 'faster', -2]);
  });

  it('computes a finished period as of its last day', () => {
    const f = portfolioRow(config, history, { nowMs: ms('2024-03-10T12:00:00Z'), period: 'last-month' }).figures;
    expect(f.asOf).toBe('2024-02-29T23:59:59.999Z');
    expect([f.pilots, f.leadTime.p50]).toEqual([2, 3]);
    // MKT-3 did not exist yet at the end of February.
    expect(f.stages.reduce((n, s) => n + s.count, 0)).toBe(2);
  });

  it('follows backward moves for the backlog: an item sent back to Idea is in it again', () => {
    const back = buildIssue({ created: '2024-02-01T00:00:00Z', moves: [['2024-02-02T00:00:00Z', '1', '2'], ['2024-03-02T00:00:00Z', '2', '1']] });
    const f = portfolioRow(config, [back], { nowMs: ms('2024-03-10T00:00:00Z'), period: 'this-month' }).figures;
    expect(f.demand).toMatchObject({ backlogAtStart: 0, backlog: 1, backlogGrowth: 1, arrivals: 0 });
  });

  it('takes any stage pair and refuses one the wrong way round', () => {
    const lt = portfolioRow(config, issues(), { nowMs: ms(WORKED_NOW), period: 'this-month', pair: { from: 'Prototype', to: 'Live' } }).figures.leadTime;
    expect([lt.from, lt.to, lt.count]).toEqual(['Prototype', 'Live', 1]);
    expect(() => portfolioRow(config, [], { nowMs: 0, period: 'this-month', pair: { from: 'Live', to: 'Idea' } })).toThrow(RangeError);
    expect(hasStagePair(config, { from: 'Idea', to: 'Live' })).toBe(true);
    expect(hasStagePair(config, { from: 'Live', to: 'Idea' })).toBe(false);
    expect(hasStagePair(config, { from: 'Idea', to: 'Build' })).toBe(false);
  });

  it('names the trend by the median', () => {
    expect([trendOf(1, 2), trendOf(2, 1), trendOf(2, 2), trendOf(null, 2), trendOf(2, null)]).toEqual(['faster', 'slower', 'unchanged', 'no-data', 'no-data']);
  });
});

describe('portfolioTotal', () => {
  it('sums counts and pools lead-time samples instead of averaging percentiles', () => {
    const a = portfolioRow(config, issues(), { nowMs: ms(WORKED_NOW), period: 'this-month' });
    const b = portfolioRow(config, [buildIssue({ created: '2024-03-20T00:00:00Z', moves: [['2024-03-29T00:00:00Z', '1', '3']] })], { nowMs: ms(WORKED_NOW), period: 'this-month' });
    const total = portfolioTotal([a, b]);
    expect(total).toMatchObject({ squads: 2, pilots: 4, quickWins: 1, wip: 2, aged: 1 });
    // Pooled 3.5, 5, 7, 9 → median 6.
    expect(total?.leadTime).toMatchObject({ unit: 'elapsed', count: 4, p50: 6 });
    expect(total?.stages?.map((s) => s.count)).toEqual([1, 1, 3, 1]);
    expect(total?.throughput.find((w) => w.week === '2024-03-25')?.count).toBe(1);
    expect(total?.demand.arrivals).toBe(7);
    expect(portfolioTotal([])).toBeNull();
  });

  it('leaves out what cannot be added: different day units or different stages', () => {
    const a = portfolioRow(config, issues(), { nowMs: ms(WORKED_NOW), period: 'this-month' });
    const other = buildConfig({ unit: 'calendar', stages: [{ name: 'Idea' }, { name: 'Prototype' }, { name: 'Pilot' }, { name: 'Done' }], statusMap: { MKT: { '1': 'Idea', '3': 'Pilot' } } });
    const b = portfolioRow(other, [], { nowMs: ms(WORKED_NOW), period: 'this-month' });
    const total = portfolioTotal([a, b]);
    expect(total?.leadTime).toBeNull();
    expect(total?.stages).toBeNull();
    expect(total?.pilots).toBe(3);
  });
});
