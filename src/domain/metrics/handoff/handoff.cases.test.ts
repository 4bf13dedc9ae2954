import type { HandoffDirectionDto, HandoffsDto } from '../../../contract/metrics';
import type { BackwardPolicy, DayUnit, SquadConfigInput } from '../../../contract/squad-config';
import type { IssueLinkRef } from '../../model/issue-history';
import { computeSquadMetrics } from '../../squad-metrics';
import { buildContext, type ContextSpec } from '../../testing/build-context';
import { buildConfig, buildIssue, ms, type IssueSpec } from '../../testing/build-issue';
import { handoffWaits, type HandoffOptions } from './handoff';

/*
 * The cases a reviewer works by hand (docs/metrics.md "Hand-off wait"), one rule each. The squad is
 * the test squad: Idea (waiting), Prototype and Pilot (active), Live (waiting); hand-off stage
 * Prototype unless said. MKT statuses 1 Idea, 2 Prototype, 3 Pilot, 4 Live, 9 Dropped; IT 11 Idea,
 * 12 Build (Prototype), 14 Pilot, 15 Done (Live), 16 Won't do (Dropped). UTC; Mon 2024-03-04;
 * now Sun 2024-03-31 00:00.
 */
const NOW = '2024-03-31T00:00:00Z';
const link = (issueId: string, type = 'Blocks'): IssueLinkRef => ({ issueId, type });
const OPTIONS: HandoffOptions = { stage: 1, linkTypes: [], parentChild: true, disciplineOrder: ['Marketing', 'IT'], periodDays: 14 };
const run = (specs: IssueSpec[], options: Partial<HandoffOptions> = {}, ctx: Partial<ContextSpec> = {}): HandoffsDto =>
  handoffWaits(buildContext(specs, { now: NOW, ...ctx }), { ...OPTIONS, ...options });
const dir = (dto: HandoffsDto, from: string, to: string): HandoffDirectionDto => {
  const d = dto.directions.find((x) => x.from === from && x.to === to);
  if (d === undefined) throw new Error(`no direction ${from} → ${to}`);
  return d;
};
/** Waits of a direction as [count, p50]; open hand-offs as "up→down waitDays". */
const waits = (d: HandoffDirectionDto): [number, number | null] => [d.wait.count, d.wait.p50];
const open = (d: HandoffDirectionDto): string[] => d.longestOpen.map((o) => `${o.upstreamKey}→${o.downstreamKey} ${o.waitDays}`);

/** MKT item entering Prototype at `at` (created 03-01). */
const mktAt = (id: string, key: string, at: string, extra: IssueSpec['extra'] = {}): IssueSpec => ({ id, key, created: '2024-03-01T00:00:00Z', moves: [[at, '1', '2']], extra });
/** IT item starting Build (Prototype) at `at`, or never (created 03-01). */
const itAt = (id: string, key: string, at: string | null, extra: IssueSpec['extra'] = {}): IssueSpec =>
  at === null ? { id, key, project: 'IT', created: '2024-03-01T00:00:00Z', initial: '11', extra } : { id, key, project: 'IT', created: '2024-03-01T00:00:00Z', moves: [[at, '11', '12']], extra };

describe('hand-off wait: who is upstream', () => {
  it('a pair where neither item reached the hand-off stage is counted as a pair only', () => {
    // Hand-off stage Pilot: both are active (Prototype) but neither reached Pilot.
    const dto = run([mktAt('1', 'MKT-1', '2024-03-05T00:00:00Z', { links: [link('2')] }), itAt('2', 'IT-1', '2024-03-06T00:00:00Z')], { stage: 2 });
    expect(dto.pairs).toBe(1);
    for (const d of dto.directions) expect([d.wait.count, d.openCount, d.trend.current.count, d.trend.previous.count]).toEqual([0, 0, 0, 0]);
    expect(dto.overall.count).toBe(0);
  });

  it('the only item that reached the hand-off stage is upstream, whichever way the link points', () => {
    // MKT-1 Prototype Tue 03-05 09:00, IT-1 never started: open 03-31 00:00 − 03-05 09:00 = 25 d 15 h = 25.625 d.
    // IT-2 Build Sun 03-10 12:00, MKT-2 never started (the link is on MKT-2 only): open 20 d 12 h = 20.5 d.
    const dto = run([
      mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2', 'Blocks')] }),
      itAt('2', 'IT-1', null),
      { id: '3', key: 'MKT-2', created: '2024-03-01T00:00:00Z', initial: '1', extra: { links: [link('4', 'Blocks')] } },
      itAt('4', 'IT-2', '2024-03-10T12:00:00Z'),
    ]);
    expect(open(dir(dto, 'Marketing', 'IT'))).toEqual(['MKT-1→IT-1 25.625']);
    expect(open(dir(dto, 'IT', 'Marketing'))).toEqual(['IT-2→MKT-2 20.5']);
  });

  it('on the same instant the smaller key is upstream', () => {
    // Both enter Prototype at 03-05 09:00: IT-1 < MKT-1, so IT → Marketing, wait 0 (MKT-1 active at that instant).
    const same = run([mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2')] }), itAt('2', 'IT-1', '2024-03-05T09:00:00Z')]);
    expect(waits(dir(same, 'IT', 'Marketing'))).toEqual([1, 0]);
    expect(waits(dir(same, 'Marketing', 'IT'))).toEqual([0, null]);
    // Hand-off stage Idea: both created 03-01 00:00 → IT-7 upstream; MKT-7 starts 03-04 12:00 → 3.5 d.
    const idea = run(
      [
        { id: '1', key: 'MKT-7', created: '2024-03-01T00:00:00Z', moves: [['2024-03-04T12:00:00Z', '1', '2']], extra: { links: [link('2')] } },
        { id: '2', key: 'IT-7', project: 'IT', created: '2024-03-01T00:00:00Z', moves: [['2024-03-06T00:00:00Z', '11', '12']] },
      ],
      { stage: 0 },
    );
    expect(waits(dir(idea, 'IT', 'Marketing'))).toEqual([1, 3.5]);
  });

  it('follows the backward-move policy for the hand-off stage entry', () => {
    // MKT-1: Prototype 03-05 09:00, back to Idea 03-06, Prototype again 03-20. IT-1 starts 03-12 00:00.
    const specs: IssueSpec[] = [
      { id: '1', key: 'MKT-1', created: '2024-03-01T00:00:00Z', moves: [['2024-03-05T09:00:00Z', '1', '2'], ['2024-03-06T00:00:00Z', '2', '1'], ['2024-03-20T00:00:00Z', '1', '2']], extra: { links: [link('2')] } },
      itAt('2', 'IT-1', '2024-03-12T00:00:00Z'),
    ];
    // keep: MKT-1 entered Prototype 03-05 09:00 → Marketing → IT, 03-12 00:00 − 03-05 09:00 = 6.625 d.
    expect(waits(dir(run(specs), 'Marketing', 'IT'))).toEqual([1, 6.625]);
    // reset: the move back cleared MKT-1's entry (now 03-20), so IT-1 (03-12) is upstream; MKT-1 first
    // became active 03-05, before 03-12 → work in parallel, 0.
    const reset = run(specs, {}, { config: { backwardPolicy: 'reset' } });
    expect(waits(dir(reset, 'IT', 'Marketing'))).toEqual([1, 0]);
    expect(dir(reset, 'Marketing', 'IT').wait.count).toBe(0);
  });
});

describe('hand-off wait: when the downstream item starts', () => {
  it('counts 0 when the downstream item was active before the hand-off, and places the wait on the hand-off day', () => {
    // Hand-off stage Pilot: MKT-1 reaches Pilot Sun 03-10 00:00; IT-1 has been in Build since 03-04 (never Pilot).
    const specs: IssueSpec[] = [
      { id: '1', key: 'MKT-1', created: '2024-03-01T00:00:00Z', moves: [['2024-03-05T00:00:00Z', '1', '2'], ['2024-03-10T00:00:00Z', '2', '3']], extra: { links: [link('2')] } },
      itAt('2', 'IT-1', '2024-03-04T00:00:00Z'),
    ];
    // The wait ends at the later instant, 03-10: inside a window from 03-08, outside one from 03-11.
    expect(waits(dir(run(specs, { stage: 2 }, { windowStart: '2024-03-08T00:00:00Z' }), 'Marketing', 'IT'))).toEqual([1, 0]);
    const later = dir(run(specs, { stage: 2 }, { windowStart: '2024-03-11T00:00:00Z' }), 'Marketing', 'IT');
    expect(later.wait.count).toBe(0);
    // Trend (14 days to 03-31): current 03-18…03-31, previous 03-04…03-17 holds the 03-10 wait.
    expect([later.trend.current.count, later.trend.previous.count, later.trend.previous.p50]).toEqual([0, 1, 0]);
  });

  it.each<BackwardPolicy>(['keep', 'reset', 'last'])('takes the downstream item’s first active entry, whatever it did after (%s)', (policy) => {
    // MKT-1 Prototype 03-05 09:00. IT-1: Build 03-08 00:00, back to Idea 03-09, Build again 03-15:
    // 03-08 00:00 − 03-05 09:00 = 2 d 15 h = 2.625 d.
    const specs: IssueSpec[] = [
      mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2')] }),
      { id: '2', key: 'IT-1', project: 'IT', created: '2024-03-01T00:00:00Z', moves: [['2024-03-08T00:00:00Z', '11', '12'], ['2024-03-09T00:00:00Z', '12', '11'], ['2024-03-15T00:00:00Z', '11', '12']] },
    ];
    expect(waits(dir(run(specs, {}, { config: { backwardPolicy: policy } }), 'Marketing', 'IT'))).toEqual([1, 2.625]);
  });

  it.each<BackwardPolicy>(['keep', 'reset', 'last'])('a move past the active stages starts the work too (skipped stages filled), even when moved back (%s)', (policy) => {
    // IT-1 goes Idea → Done (Live) Sun 03-10 09:00, skipping Build and Pilot, then back to Idea 03-12.
    // Skipped stages take the next entry, so IT-1 first became active 03-10 09:00: 5 d after MKT-1's 03-05 09:00.
    const specs: IssueSpec[] = [
      mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2')] }),
      { id: '2', key: 'IT-1', project: 'IT', created: '2024-03-01T00:00:00Z', moves: [['2024-03-10T09:00:00Z', '11', '15'], ['2024-03-12T00:00:00Z', '15', '11']] },
    ];
    const d = dir(run(specs, {}, { config: { backwardPolicy: policy } }), 'Marketing', 'IT');
    expect(waits(d)).toEqual([1, 5]);
    expect(d.openCount).toBe(0);
  });

  it('leaves out dropped pairs that never started, and keeps waits that ended before a drop', () => {
    const dto = run([
      // Upstream dropped after the hand-off, downstream never started: neither a wait nor open.
      { id: '1', key: 'MKT-1', created: '2024-03-01T00:00:00Z', moves: [['2024-03-05T09:00:00Z', '1', '2'], ['2024-03-07T00:00:00Z', '2', '9']], extra: { links: [link('2')] } },
      itAt('2', 'IT-1', null),
      // Upstream dropped 03-07, downstream started anyway 03-09 09:00: 4 d.
      { id: '3', key: 'MKT-2', created: '2024-03-01T00:00:00Z', moves: [['2024-03-05T09:00:00Z', '1', '2'], ['2024-03-07T00:00:00Z', '2', '9']], extra: { links: [link('4')] } },
      itAt('4', 'IT-2', '2024-03-09T09:00:00Z'),
      // Downstream started 03-06 09:00 then was dropped: 1 d.
      mktAt('5', 'MKT-3', '2024-03-05T09:00:00Z', { links: [link('6')] }),
      { id: '6', key: 'IT-3', project: 'IT', created: '2024-03-01T00:00:00Z', moves: [['2024-03-06T09:00:00Z', '11', '12'], ['2024-03-08T00:00:00Z', '12', '16']] },
    ]);
    const d = dir(dto, 'Marketing', 'IT');
    expect(dto.pairs).toBe(3);
    // Waits 1 and 4: p50 = 2.5.
    expect(waits(d)).toEqual([2, 2.5]);
    expect(d.openCount).toBe(0);
  });
});

describe('hand-off wait: which pairs', () => {
  const manyWays: IssueSpec[] = [
    mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2', 'Relates'), link('2', 'Blocks')], parentId: '2' }),
    itAt('2', 'IT-1', null, { links: [link('1', 'Blocks'), link('1', 'Clones')] }),
  ];

  it('counts a pair once however many links and parent/child join it (parent/child names it, else the smallest type)', () => {
    const viaOf = (dto: HandoffsDto) => dir(dto, 'Marketing', 'IT').longestOpen.map((o) => o.via);
    const all = run(manyWays);
    expect([all.pairs, dir(all, 'Marketing', 'IT').openCount]).toEqual([1, 1]);
    expect(viaOf(all)).toEqual([{ kind: 'parent' }]);
    expect(viaOf(run(manyWays, { parentChild: false }))).toEqual([{ kind: 'link', type: 'Blocks' }]);
  });

  it('matches the configured link type names ignoring case, and never by anything else', () => {
    expect(run(manyWays, { parentChild: false, linkTypes: ['clones'] }).directions[0]?.longestOpen[0]?.via).toEqual({ kind: 'link', type: 'Clones' });
    expect(run(manyWays, { parentChild: false, linkTypes: ['BLOCKS', 'relates'] }).pairs).toBe(1);
    // A link type's ID or its outward description is not its name.
    expect(run(manyWays, { parentChild: false, linkTypes: ['10000', 'is blocked by'] }).pairs).toBe(0);
  });

  it('takes parent/child within one project when the two items are of different disciplines', () => {
    // Disciplines by label: MKT-1 (brand) enters Prototype 03-05 09:00; its child MKT-2 (dev) starts 03-07 09:00 → 2 d.
    const config: Partial<SquadConfigInput> = { discipline: { by: 'label', values: { brand: 'Marketing', dev: 'IT' } } };
    const specs: IssueSpec[] = [
      { ...mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z'), labels: ['brand'] },
      { ...mktAt('2', 'MKT-2', '2024-03-07T09:00:00Z', { parentId: '1' }), labels: ['dev'] },
      // Same project, same discipline: no hand-off.
      { ...mktAt('3', 'MKT-3', '2024-03-07T09:00:00Z', { parentId: '1' }), labels: ['brand'] },
    ];
    const dto = run(specs, {}, { config });
    expect(dto.pairs).toBe(1);
    expect(waits(dir(dto, 'Marketing', 'IT'))).toEqual([1, 2]);
  });

  it('counts every pair an item is in', () => {
    // MKT-1 (Prototype 03-05 09:00) blocks IT-1 (starts 03-06 09:00: 1 d), IT-2 (03-08 09:00: 3 d) and IT-3 (not started).
    const dto = run([
      mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2'), link('3'), link('4')] }),
      itAt('2', 'IT-1', '2024-03-06T09:00:00Z'),
      itAt('3', 'IT-2', '2024-03-08T09:00:00Z'),
      itAt('4', 'IT-3', null),
    ]);
    const d = dir(dto, 'Marketing', 'IT');
    expect(dto.pairs).toBe(3);
    // Waits 1 and 3: p50 = 2; open 25.625 d.
    expect(waits(d)).toEqual([2, 2]);
    expect(open(d)).toEqual(['MKT-1→IT-3 25.625']);
  });

  it('reports each ordered pair of three disciplines with its own waits', () => {
    // Disciplines by label. A (Marketing) Prototype Mon 03-04; B (IT) starts Wed 03-06; C (Data) starts Sat 03-09.
    // A–B: Marketing → IT 2 d; A–C: Marketing → Data 5 d; B–C: B entered first → IT → Data 3 d.
    const config: Partial<SquadConfigInput> = { discipline: { by: 'label', values: { mkt: 'Marketing', it: 'IT', data: 'Data' } } };
    const dto = run(
      [
        { ...mktAt('1', 'MKT-1', '2024-03-04T00:00:00Z', { links: [link('2'), link('3')] }), labels: ['mkt'] },
        { ...itAt('2', 'IT-1', '2024-03-06T00:00:00Z', { links: [link('3', 'Relates')] }), labels: ['it'] },
        { ...itAt('3', 'IT-2', '2024-03-09T00:00:00Z'), labels: ['data'] },
      ],
      { disciplineOrder: ['Marketing', 'IT', 'Data'] },
      { config },
    );
    expect(dto.pairs).toBe(3);
    expect(dto.directions.map((d) => `${d.from}>${d.to} ${d.wait.count}:${d.wait.p50}`)).toEqual([
      'Marketing>IT 1:2',
      'Marketing>Data 1:5',
      'IT>Marketing 0:null',
      'IT>Data 1:3',
      'Data>Marketing 0:null',
      'Data>IT 0:null',
    ]);
    // Overall: 2, 3, 5 → median 3.
    expect([dto.overall.count, dto.overall.p50]).toEqual([3, 3]);
  });
});

describe('hand-off wait: units and windows', () => {
  // MKT-1 Prototype Fri 03-08 17:00 → IT-1 starts Tue 03-12 09:00. MKT-2 Prototype Fri 03-08 17:00, IT-2 not started.
  const specs: IssueSpec[] = [
    mktAt('1', 'MKT-1', '2024-03-08T17:00:00Z', { links: [link('2')] }),
    itAt('2', 'IT-1', '2024-03-12T09:00:00Z'),
    mktAt('3', 'MKT-2', '2024-03-08T17:00:00Z', { links: [link('4')] }),
    itAt('4', 'IT-2', null),
  ];
  it.each<[DayUnit, number, number]>([
    // 3 d 16 h; open until Sun 03-31 00:00: 22 d 7 h.
    ['elapsed', 3 + 16 / 24, 22 + 7 / 24],
    // Dates 03-08 → 03-12; 03-08 → 03-31.
    ['calendar', 4, 23],
    ['inclusive', 5, 24],
    // Working days in (Fri 03-08, Tue 03-12]: Mon, Tue; in (03-08, Sun 03-31]: three full weeks.
    ['business', 2, 15],
  ])('counts in the %s unit like lead times', (unit, wait, openDays) => {
    const d = dir(run(specs, {}, { unit }), 'Marketing', 'IT');
    expect(d.wait.count).toBe(1);
    expect(d.wait.p50).toBeCloseTo(wait, 12);
    expect(d.longestOpen[0]?.waitDays).toBeCloseTo(openDays, 12);
  });

  it('places a wait in the window and period in which it ended', () => {
    // MKT-1 hands off 03-05 09:00, IT-1 starts 03-20 09:00 (15 d); MKT-2 hands off 03-05 09:00, IT-2 starts 03-10 09:00 (5 d).
    const two: IssueSpec[] = [
      mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('2')] }),
      itAt('2', 'IT-1', '2024-03-20T09:00:00Z'),
      mktAt('3', 'MKT-2', '2024-03-05T09:00:00Z', { links: [link('4')] }),
      itAt('4', 'IT-2', '2024-03-10T09:00:00Z'),
    ];
    // Window 03-18 … now: only the 15-day wait (handed off before the window, ended in it).
    expect(waits(dir(run(two, {}, { windowStart: '2024-03-18T00:00:00Z' }), 'Marketing', 'IT'))).toEqual([1, 15]);
    // Window 03-01 … 03-19 23:59:59.999: only the 5-day wait; trend current 03-06 … 03-19 holds it too.
    const early = dir(run(two, {}, { windowStart: '2024-03-01T00:00:00Z', windowEnd: '2024-03-19T23:59:59.999Z' }), 'Marketing', 'IT');
    expect(waits(early)).toEqual([1, 5]);
    expect(early.trend.current).toEqual({ from: '2024-03-06', to: '2024-03-19', count: 1, p50: 5, p85: 5 });
  });
});

describe('hand-off wait: the squad’s items only (computeSquadMetrics)', () => {
  const nowMs = ms(NOW);
  const specs: IssueSpec[] = [
    { ...mktAt('1', 'MKT-1', '2024-03-05T09:00:00Z', { links: [link('50'), link('60')], parentId: '9' }) },
    // OPS is not one of the squad's projects; IT-60 is created after `now`.
    { id: '50', key: 'OPS-1', project: 'OPS', created: '2024-03-01T00:00:00Z', initial: '11' },
    { id: '60', key: 'IT-60', project: 'IT', created: '2024-04-02T00:00:00Z', initial: '11' },
    { id: '9', key: 'IT-9', project: 'IT', type: 'Epic', created: '2024-03-01T00:00:00Z', initial: '11' },
  ];
  const handoffs = (over: Partial<SquadConfigInput>, disciplines?: string[]): HandoffsDto =>
    computeSquadMetrics(buildConfig(over), specs.map(buildIssue), { nowMs, includeItems: false, ...(disciplines === undefined ? {} : { filter: { disciplines } }) }).handoffs;

  it('leaves out items of other projects, other issue types and created after now', () => {
    // Only MKT-1 → IT-9 (parent/child, IT-9 not started): open 25.625 d.
    expect(open(dir(handoffs({}), 'Marketing', 'IT'))).toEqual(['MKT-1→IT-9 25.625']);
    expect(handoffs({ issueTypes: ['Story'] }).pairs).toBe(0);
  });

  it('needs both items kept by the panel’s filter: one discipline alone has no hand-offs', () => {
    expect(handoffs({}, ['Marketing', 'IT']).pairs).toBe(1);
    expect(handoffs({}, ['Marketing']).pairs).toBe(0);
  });
});
