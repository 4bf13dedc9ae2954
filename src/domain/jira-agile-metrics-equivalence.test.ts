import { computeSquadMetrics } from './squad-metrics';
import { buildConfig, buildIssue, ms, type IssueSpec } from './testing/build-issue';

/**
 * With the reset policy and calendar days in UTC, SquadFlow must agree with jira-agile-metrics'
 * CycleTimeCalculator (committed column = Idea, done column = Pilot) and CFDCalculator. The
 * expected values below were worked by hand from that calculator's rules:
 * - status snapshots in time order, the first at `created` with the first change's from-status;
 * - a step keeps the date (`snapshot.date.date()`) of its first entry;
 * - every mapped transition wipes the dates of all later steps (a backward move clears them);
 * - unknown statuses are skipped;
 * - afterwards, walking the steps backwards, an empty step takes the next later step's date;
 * - cycle_time = done date − committed date, in days; CFD = cumulative count of dates per step.
 * MKT statuses: 1 Idea, 2 Prototype, 3 Pilot, 4 Live; 77 is unmapped.
 */
const T = (day: string, time = '09:00:00.000'): string => `2024-05-${day}T${time}+0000`;

const cases: { spec: IssueSpec; jam: { dates: (string | null)[]; cycleDays: number | null } }[] = [
  {
    // Skips Prototype: it takes Pilot's date.
    spec: { key: 'MKT-1', created: T('01', '10:00:00.000'), moves: [[T('03', '23:59:00.000'), '1', '3']] },
    jam: { dates: ['05-01', '05-03', '05-03', null], cycleDays: 2 },
  },
  {
    // Back from Pilot to Prototype wipes Pilot; Prototype keeps its first date.
    spec: { key: 'MKT-2', created: T('01', '08:00:00.000'), moves: [[T('02'), '1', '2'], [T('04'), '2', '3'], [T('06'), '3', '2'], [T('09'), '2', '3'], [T('10'), '3', '4']] },
    jam: { dates: ['05-01', '05-02', '05-09', '05-10'], cycleDays: 8 },
  },
  {
    // Milliseconds around midnight UTC: dates, not durations, count.
    spec: { key: 'MKT-3', created: T('01', '23:59:59.999'), moves: [[T('02', '00:00:00.000'), '1', '2'], [T('02', '00:00:00.500'), '2', '3']] },
    jam: { dates: ['05-01', '05-02', '05-02', null], cycleDays: 1 },
  },
  {
    // Reopened from Live back to Idea: every later step is wiped, then Prototype starts again.
    spec: { key: 'MKT-4', created: T('01'), moves: [[T('02'), '1', '2'], [T('03'), '2', '3'], [T('04'), '3', '4'], [T('06'), '4', '1'], [T('08'), '1', '2']] },
    jam: { dates: ['05-01', '05-08', null, null], cycleDays: null },
  },
  {
    // Created directly in Pilot.
    spec: { key: 'MKT-5', created: T('02', '15:00:00.000'), initial: '3' },
    jam: { dates: ['05-02', '05-02', '05-02', null], cycleDays: 0 },
  },
  {
    // An unknown status in between is skipped.
    spec: { key: 'MKT-6', created: T('01'), moves: [[T('02'), '1', '77'], [T('05'), '77', '3']] },
    jam: { dates: ['05-01', '05-05', '05-05', null], cycleDays: 4 },
  },
  {
    // Two status items in one history (same instant).
    spec: { key: 'MKT-7', created: T('01'), moves: [[T('03', '12:00:00.000'), '1', '2'], [T('03', '12:00:00.000'), '2', '3']] },
    jam: { dates: ['05-01', '05-03', '05-03', null], cycleDays: 2 },
  },
  {
    // Histories delivered newest first; Live is wiped by the move back to Prototype.
    spec: { key: 'MKT-8', created: T('01'), moves: [[T('09'), '2', '3'], [T('08'), '4', '2'], [T('07'), '2', '4'], [T('03'), '1', '2']] },
    jam: { dates: ['05-01', '05-03', '05-09', null], cycleDays: 8 },
  },
  {
    // Back and forth on one day.
    spec: { key: 'MKT-9', created: T('01'), moves: [[T('01', '10:00:00.000'), '1', '3'], [T('01', '11:00:00.000'), '3', '1'], [T('02'), '1', '3']] },
    jam: { dates: ['05-01', '05-02', '05-02', null], cycleDays: 1 },
  },
];

describe('equivalence with jira-agile-metrics (reset policy, calendar days, UTC)', () => {
  const config = buildConfig({ backwardPolicy: 'reset', unit: 'calendar' });
  const dto = computeSquadMetrics(config, cases.map((c) => buildIssue(c.spec)), { nowMs: ms('2024-05-12T00:00:00Z') });

  it.each(cases.map((c, i) => [c.spec.key, i] as const))('%s: step dates and cycle time', (_key, i) => {
    const item = dto.items[i];
    const { jam } = cases[i] ?? { jam: null };
    expect(Object.values(item?.stages ?? {}).map((iso) => (iso === null ? null : iso.slice(5, 10)))).toEqual(jam?.dates);
    expect(item?.leadTimeDays).toBe(jam?.cycleDays);
  });

  it('percentiles of the cycle times (pandas quantile, linear)', () => {
    // Completed cycle times: [0, 1, 1, 2, 2, 4, 8, 8].
    expect([dto.leadTime.count, dto.leadTime.p50, dto.leadTime.p95]).toEqual([8, 2, 8]);
    expect(dto.leadTime.p70).toBeCloseTo(3.8, 12);
    expect(dto.leadTime.p85).toBeCloseTo(7.8, 12);
  });

  it('cumulative flow per day', () => {
    const at = (date: string): unknown => dto.cfd.find((p) => p.date === date);
    expect(at('2024-05-01')).toEqual({ date: '2024-05-01', Idea: 8, Prototype: 0, Pilot: 0, Live: 0 });
    expect(at('2024-05-05')).toEqual({ date: '2024-05-05', Idea: 9, Prototype: 8, Pilot: 6, Live: 0 });
    expect(at('2024-05-10')).toEqual({ date: '2024-05-10', Idea: 9, Prototype: 9, Pilot: 8, Live: 1 });
  });
});
