import fc from 'fast-check';
import { PORTFOLIO_PERIODS } from '../../contract/portfolio';
import type { DayUnit } from '../../contract/squad-config';
import type { IssueHistory, StatusChange } from '../model/issue-history';
import { computeSquadMetrics } from '../squad-metrics';
import { buildConfig } from '../testing/build-issue';
import { DayCalendar } from '../time/day-calendar';
import { parseDay } from '../time/civil';
import { portfolioRow } from './portfolio-row';
import { portfolioTotal } from './portfolio-total';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const DAY = 86_400_000;
const STATUSES = ['1', '2', '3', '4', '9', '77'];

const issueArb = fc.record({
  createdMinutes: fc.integer({ min: 0, max: 200 * 24 * 60 }),
  initial: fc.constantFrom(...STATUSES),
  changes: fc.array(fc.record({ offsetMinutes: fc.integer({ min: 0, max: 120 * 24 * 60 }), to: fc.constantFrom(...STATUSES) }), { maxLength: 8 }),
  quickWin: fc.boolean(),
});
type IssueGen = typeof issueArb extends fc.Arbitrary<infer T> ? T : never;

function toIssues(specs: IssueGen[]): IssueHistory[] {
  return specs.map((s, n) => {
    const createdMs = T0 + s.createdMinutes * MINUTE;
    let from = s.initial;
    const changes: StatusChange[] = [...s.changes]
      .sort((a, b) => a.offsetMinutes - b.offsetMinutes)
      .map((c, k) => {
        const change = { atMs: createdMs + c.offsetMinutes * MINUTE, fromStatusId: from, toStatusId: c.to, seq: k };
        from = c.to;
        return change;
      });
    return { id: String(n), key: `MKT-${n + 1}`, projectKey: 'MKT', issueType: 'Story', createdMs, statusId: from, labels: s.quickWin ? ['quick-win'] : [], components: [], resolution: null, effort: null, disciplineFieldValue: null, changes };
  });
}

const issuesArb = fc.array(issueArb, { maxLength: 30 }).map(toIssues);
const nowArb = fc.integer({ min: 60, max: 330 }).map((d) => T0 + d * DAY + 13 * 3_600_000);
const unitArb = fc.constantFrom<DayUnit>('elapsed', 'calendar', 'business');
const zoneArb = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York');
const periodArb = fc.constantFrom(...PORTFOLIO_PERIODS);
const cfg = (unit: DayUnit, timeZone: string) => buildConfig({ unit, calendar: { timeZone, workingDays: [1, 2, 3, 4, 5], holidays: [] } });

describe('portfolioRow — properties', () => {
  it('equals computeSquadMetrics (the CLI engine) over the same window, now and trend period', () => {
    fc.assert(
      fc.property(issuesArb, nowArb, unitArb, zoneArb, periodArb, (issues, nowMs, unit, zone, period) => {
        const config = cfg(unit, zone);
        const row = portfolioRow(config, issues, { nowMs, period });
        const f = row.figures;
        const cal = new DayCalendar(config.calendar, T0 - 400 * DAY, nowMs + DAY);
        const asOfMs = Date.parse(f.asOf);
        const dto = computeSquadMetrics(config, issues, {
          nowMs: asOfMs,
          windowStartMs: cal.startOfDay(parseDay(f.period.from)),
          windowEndMs: asOfMs,
          trendPeriodDays: f.period.days,
          includeItems: false,
        });
        expect([f.leadTime.count, f.leadTime.p50, f.leadTime.p85]).toEqual([dto.leadTime.count, dto.leadTime.p50, dto.leadTime.p85]);
        expect([f.leadTime.previous.count, f.leadTime.previous.p50]).toEqual([dto.trends.previous.leadTimeCount, dto.trends.previous.leadTimeP50]);
        expect(f.throughput).toEqual(dto.throughput.map((w) => ({ week: w.week, count: w.count })));
        expect(f.quickWins).toBe(dto.throughput.reduce((n, w) => n + w.quickWins, 0));
        expect(f.wip).toBe(dto.aging.length);
        if (f.agedThreshold !== null) expect(f.aged).toBe(dto.aging.filter((a) => a.ageDays > (f.agedThreshold as number)).length);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps its own books: pilots = samples = throughput, parts within wholes, net = in − out', () => {
    fc.assert(
      fc.property(issuesArb, nowArb, periodArb, (issues, nowMs, period) => {
        const row = portfolioRow(cfg('elapsed', 'UTC'), issues, { nowMs, period });
        const f = row.figures;
        expect(f.pilots).toBe(f.leadTime.count);
        expect(f.pilots).toBe(f.throughput.reduce((n, w) => n + w.count, 0));
        expect(row.leadTimeSample.length).toBe(f.pilots);
        expect(f.quickWins).toBeLessThanOrEqual(f.pilots);
        expect(f.aged ?? 0).toBeLessThanOrEqual(f.wip);
        expect(f.stages.reduce((n, s) => n + s.count, 0)).toBeLessThanOrEqual(issues.length);
        expect(f.demand.backlog).toBe(f.stages[0]?.count);
        expect(f.demand.backlogGrowth).toBe(f.demand.backlog - f.demand.backlogAtStart);
        expect(f.demand.netPerWeek).toBeCloseTo(f.demand.arrivalsPerWeek - f.demand.pilotsPerWeek, 9);
        expect(f.demand.pilotsPerWeek).toBeCloseTo((7 * f.pilots) / f.period.days, 9);
      }),
    );
  });

  it('does not depend on the order of the issues, and a total of one squad is that squad', () => {
    fc.assert(
      fc.property(issuesArb, nowArb, periodArb, (issues, nowMs, period) => {
        const config = cfg('calendar', 'Europe/Berlin');
        const a = portfolioRow(config, issues, { nowMs, period });
        const b = portfolioRow(config, [...issues].reverse(), { nowMs, period });
        expect(b.figures).toEqual(a.figures);
        const total = portfolioTotal([a]);
        expect([total?.pilots, total?.leadTime?.p50, total?.leadTime?.p85, total?.wip]).toEqual([a.figures.pilots, a.figures.leadTime.p50, a.figures.leadTime.p85, a.figures.wip]);
        expect(total?.demand).toEqual(a.figures.demand);
      }),
    );
  });
});
