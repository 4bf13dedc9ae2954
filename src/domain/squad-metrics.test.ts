import { computeSquadMetrics, computeSquadMetricsSteps } from './squad-metrics';
import { WORKED_EXAMPLE, WORKED_NOW } from './testing/build-context';
import { buildConfig, buildIssue, ms } from './testing/build-issue';

const issues = [
  ...WORKED_EXAMPLE.map(buildIssue),
  buildIssue({ key: 'OPS-1', project: 'OPS', initial: '1' }),
  buildIssue({ key: 'MKT-99', created: '2024-04-02T00:00:00Z', initial: '1' }),
  buildIssue({ key: 'MKT-98', created: '2024-03-20T00:00:00Z', initial: '55', extra: { statusNames: { '55': 'Triage' } } }),
];

describe('computeSquadMetrics', () => {
  const dto = computeSquadMetrics(buildConfig(), issues, { nowMs: ms(WORKED_NOW) });

  it('describes what it computed', () => {
    expect(dto.squad).toEqual({ id: 'growth', name: 'Growth squad' });
    expect(dto.asOf).toEqual({ nowIso: '2024-03-31T00:00:00.000Z', timeZone: 'UTC', unit: 'elapsed', policy: 'keep' });
    // The window opens on the earliest stage entry's day; firstEntry is that instant (MKT-1 entering Idea).
    expect(dto.window).toEqual({ from: '2024-03-04', to: '2024-03-31', firstEntry: '2024-03-04T09:00:00.000Z' });
    expect(dto.counts).toEqual({ issues: 7, excluded: 2, inProgress: 2, completed: 3, dropped: 1 });
    expect(dto.unmapped).toEqual({
      statuses: [{ projectKey: 'MKT', statusId: '55', statusName: 'Triage', issueCount: 1, eventCount: 1, exampleIssueKeys: ['MKT-98'] }],
      issuesNeverMapped: 1,
    });
  });

  it('gives the headline lead time and each item’s timeline', () => {
    expect([dto.leadTime.count, dto.leadTime.p50, dto.leadTime.mean]).toEqual([3, 5, 15.5 / 3]);
    expect(dto.items).toHaveLength(7);
    expect(dto.items[0]).toEqual({
      id: expect.any(String) as string,
      key: 'MKT-1',
      projectKey: 'MKT',
      issueType: 'Story',
      discipline: 'Marketing',
      quickWin: true,
      stages: { Idea: '2024-03-04T09:00:00.000Z', Prototype: '2024-03-05T09:00:00.000Z', Pilot: '2024-03-07T21:00:00.000Z', Live: null },
      leadTimeDays: 3.5,
      dropped: false,
      currentStage: 'Pilot',
      ageInStageDays: 23.125,
      reworkCount: 0,
      timeInStageDays: { Idea: 1, Prototype: 2.5, Pilot: 23.125, Live: 0 },
    });
    const dropped = dto.items.find((i) => i.key === 'MKT-3');
    expect([dropped?.dropped, dropped?.leadTimeDays, dropped?.currentStage, dropped?.ageInStageDays]).toEqual([true, null, null, 6]);
  });

  it('fills every section', () => {
    expect(dto.throughput.map((w) => w.count)).toEqual([1, 1, 1, 0]);
    expect(dto.throughputDaily).toHaveLength(28);
    expect(dto.wip.at(-1)).toEqual({ date: '2024-03-31', count: 2 });
    expect(dto.netFlow.map((w) => w.net)).toEqual([1, 0, 0, 1]);
    expect(dto.cfd.at(-1)).toEqual({ date: '2024-03-31', Idea: 5, Prototype: 4, Pilot: 3, Live: 1 });
    expect(dto.aging.map((a) => a.key)).toEqual(['IT-2', 'MKT-4']);
    expect(dto.timeInStage.stages.map((s) => s.totalElapsedDays)).toEqual([6, 9.5, 44.625]);
    expect(dto.timeInStage.final).toMatchObject({ stage: 'Live', count: 1, p50SinceDays: 11 });
    expect(dto.flowEfficiency.count).toBe(3);
    expect(dto.rework.itemsWithRework).toBe(1);
    expect(dto.dropRate).toEqual({ dropped: 1, completed: 3, ratePercent: 25 });
    expect(dto.quickWins.completedQuickWins).toBe(1);
    expect(dto.trends.periodDays).toBe(28);
    expect(dto.breakdowns.discipline.map((g) => g.name)).toEqual(['IT', 'Marketing']);
    expect(dto.breakdowns.issueType.map((g) => g.name)).toEqual(['Bug', 'Story']);
    expect(dto.forecast).toBeUndefined();
  });

  it('takes another pair, unit, window and forecast on request', () => {
    const other = computeSquadMetrics(buildConfig({ issueTypes: ['Story'] }), issues, {
      nowMs: ms(WORKED_NOW),
      from: 'Prototype',
      to: 'Pilot',
      unit: 'calendar',
      windowStartMs: ms('2024-03-11T00:00:00Z'),
      includeItems: false,
      forecast: { items: 1, targetDate: '2024-04-14', trials: 500 },
      seed: 3,
    });
    expect(other.leadTime).toMatchObject({ from: 'Prototype', to: 'Pilot', unit: 'calendar', count: 1, p50: 5 });
    expect(other.counts.excluded).toBe(3);
    expect(other.items).toEqual([]);
    expect(other.trends.periodDays).toBe(21);
    expect(other.forecast?.howMany?.days).toBe(14);
    expect(other.forecast?.when?.items).toBe(1);
  });

  it('refuses a pair in the wrong order or an unknown stage', () => {
    expect(() => computeSquadMetrics(buildConfig(), issues, { nowMs: 0, from: 'Pilot', to: 'Idea' })).toThrow('"Idea" must come after "Pilot"');
    expect(() => computeSquadMetrics(buildConfig(), issues, { nowMs: 0, to: 'Done' })).toThrow('unknown stage "Done"');
    expect(() => computeSquadMetrics(buildConfig(), issues, { nowMs: NaN })).toThrow('nowMs must be a finite');
  });

  it('gives only the finished rows on request: the lead-time population, not dropped, in the window', () => {
    const windowStartMs = ms('2024-03-15T00:00:00Z');
    const all = computeSquadMetrics(buildConfig(), issues, { nowMs: ms(WORKED_NOW), windowStartMs });
    const finished = computeSquadMetrics(buildConfig(), issues, { nowMs: ms(WORKED_NOW), windowStartMs, itemRows: 'finished' });
    const reachedInWindow = all.items.filter((i) => !i.dropped && i.leadTimeDays !== null && (i.stages['Pilot'] ?? '') >= '2024-03-15');
    expect(finished.items).toEqual(reachedInWindow);
    expect(finished.items.length).toBeGreaterThan(0);
    expect(finished.items).toHaveLength(finished.leadTime.count);
    expect(finished.items.length).toBeLessThan(all.items.length);
    // Everything but the rows is the same answer.
    expect({ ...finished, items: [] }).toEqual({ ...all, items: [] });
  });

  it('has no first entry when no item entered a stage', () => {
    const never = computeSquadMetrics(buildConfig(), [buildIssue({ key: 'MKT-97', created: '2024-03-20T00:00:00Z', initial: '55', extra: { statusNames: { '55': 'Triage' } } })], { nowMs: ms(WORKED_NOW) });
    expect(never.window.firstEntry).toBeNull();
  });
});

describe('computeSquadMetricsSteps', () => {
  it('gives exactly computeSquadMetrics’ answer, pausing along the way', () => {
    const config = buildConfig();
    const nowMs = ms(WORKED_NOW);
    const steps = computeSquadMetricsSteps(config, issues, { nowMs, forecast: { items: 5 } });
    let pauses = 0;
    let r = steps.next();
    while (r.done !== true) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThan(10);
    expect(JSON.stringify(r.value.dto)).toBe(JSON.stringify(computeSquadMetrics(config, issues, { nowMs, forecast: { items: 5 } })));
  });
});
