import type { IssueLinkRef } from '../../model/issue-history';
import { buildContext, type ContextSpec } from '../../testing/build-context';
import type { IssueSpec } from '../../testing/build-issue';
import { handoffWaits, type HandoffOptions } from './handoff';

const NOW = '2024-03-31T00:00:00Z';
const link = (issueId: string, type = 'Blocks'): IssueLinkRef => ({ issueId, type });

/**
 * The hand-worked example of docs/metrics.md ("Hand-off wait"). Hand-off stage Prototype (the
 * second stage); Prototype and Pilot are active. MKT statuses 1 Idea, 2 Prototype, 3 Pilot,
 * 9 Dropped; IT 11 Idea, 12 Prototype, 14 Pilot, 16 Dropped.
 */
const EXAMPLE: IssueSpec[] = [
  // MKT-1 enters Prototype Tue 03-05 09:00; IT-1 starts Fri 03-08 12:00 → Marketing → IT, 3.125 d.
  { id: '1', key: 'MKT-1', created: '2024-03-04T09:00:00Z', moves: [['2024-03-05T09:00:00Z', '1', '2'], ['2024-03-07T21:00:00Z', '2', '3']], extra: { links: [link('2'), link('1'), link('3', 'Relates')] } },
  { id: '2', key: 'IT-1', project: 'IT', created: '2024-03-06T12:00:00Z', moves: [['2024-03-08T12:00:00Z', '11', '12'], ['2024-03-11T12:00:00Z', '12', '14']], extra: { links: [link('1'), link('999')] } },
  // IT-2 (parent) enters Prototype 03-02; its child MKT-2 starts 03-06 → IT → Marketing, 4 d.
  { id: '3', key: 'MKT-2', created: '2024-03-03T00:00:00Z', moves: [['2024-03-06T00:00:00Z', '1', '2']], extra: { parentId: '4', links: [link('1', 'Relates')] } },
  { id: '4', key: 'IT-2', project: 'IT', created: '2024-03-01T00:00:00Z', moves: [['2024-03-02T00:00:00Z', '11', '12']] },
  // MKT-3 enters Prototype 03-10; IT-3 has not started → open, 21 d so far.
  { id: '5', key: 'MKT-3', created: '2024-03-09T00:00:00Z', moves: [['2024-03-10T00:00:00Z', '1', '2']], extra: { links: [link('6', 'Relates')] } },
  { id: '6', key: 'IT-3', project: 'IT', created: '2024-03-09T00:00:00Z', initial: '11', extra: { links: [link('5', 'Relates')] } },
  // MKT-4 enters Prototype 03-20; IT-4 was dropped without starting → neither a wait nor open.
  { id: '7', key: 'MKT-4', created: '2024-03-19T00:00:00Z', moves: [['2024-03-20T00:00:00Z', '1', '2']], extra: { links: [link('8')] } },
  { id: '8', key: 'IT-4', project: 'IT', created: '2024-03-19T00:00:00Z', moves: [['2024-03-25T00:00:00Z', '11', '16']] },
  // MKT-5 ↔ IT-5: neither reached Prototype → not handed off yet.
  { id: '9', key: 'MKT-5', created: '2024-03-19T00:00:00Z', initial: '1', extra: { links: [link('10')] } },
  { id: '10', key: 'IT-5', project: 'IT', created: '2024-03-19T00:00:00Z', initial: '11' },
];

const OPTIONS: HandoffOptions = { stage: 1, linkTypes: [], parentChild: true, disciplineOrder: ['Marketing', 'IT'], periodDays: 14 };
const run = (specs: IssueSpec[], options: Partial<HandoffOptions> = {}, ctx: Partial<ContextSpec> = {}) =>
  handoffWaits(buildContext(specs, { now: NOW, ...ctx }), { ...OPTIONS, ...options });

describe('hand-off waits', () => {
  it('equals the hand-worked example', () => {
    const dto = run(EXAMPLE);
    expect(dto.stage).toBe('Prototype');
    // MKT-1↔IT-1 (kept once), IT-2/MKT-2, MKT-3↔IT-3, MKT-4↔IT-4, MKT-5↔IT-5; self, same-discipline and unknown links left out.
    expect(dto.pairs).toBe(5);
    expect(dto.directions.map((d) => `${d.from} → ${d.to}`)).toEqual(['Marketing → IT', 'IT → Marketing']);
    const [mktIt, itMkt] = dto.directions;
    expect(mktIt?.wait.count).toBe(1);
    expect(mktIt?.wait.p50).toBeCloseTo(3.125, 12);
    expect(mktIt?.openCount).toBe(1);
    expect(mktIt?.longestOpen).toEqual([
      { upstreamKey: 'MKT-3', downstreamKey: 'IT-3', via: { kind: 'link', type: 'Relates' }, handedOffAt: '2024-03-10T00:00:00.000Z', waitDays: 21 },
    ]);
    expect(itMkt?.wait.count).toBe(1);
    expect(itMkt?.wait.p50).toBe(4);
    expect(itMkt?.openCount).toBe(0);
    expect(dto.overall.count).toBe(2);
    expect(dto.overall.p50).toBeCloseTo(3.5625, 12);
    // Both waits ended in the previous fortnight (03-04 … 03-17).
    expect(mktIt?.trend.current).toEqual({ from: '2024-03-18', to: '2024-03-31', count: 0, p50: null, p85: null });
    expect(mktIt?.trend.previous.count).toBe(1);
    expect(itMkt?.trend.previous).toEqual({ from: '2024-03-04', to: '2024-03-17', count: 1, p50: 4, p85: 4 });
  });

  it('counts calendar days in the calendar unit', () => {
    const dto = run(EXAMPLE, {}, { unit: 'calendar' });
    expect(dto.directions[0]?.wait.p50).toBe(3);
    expect(dto.directions[0]?.longestOpen[0]?.waitDays).toBe(21);
  });

  it('counts work started in parallel as no wait', () => {
    // Hand-off stage Pilot: MKT-6 reaches it 03-22; IT-6 was already active (Prototype) since 03-15.
    const dto = run(
      [
        { id: '1', key: 'MKT-6', created: '2024-03-10T00:00:00Z', moves: [['2024-03-12T00:00:00Z', '1', '2'], ['2024-03-22T00:00:00Z', '2', '3']], extra: { links: [link('2')] } },
        { id: '2', key: 'IT-6', project: 'IT', created: '2024-03-10T00:00:00Z', moves: [['2024-03-15T00:00:00Z', '11', '12']] },
      ],
      { stage: 2 },
    );
    expect(dto.directions[0]?.wait.count).toBe(1);
    expect(dto.directions[0]?.wait.p50).toBe(0);
    expect(dto.directions[0]?.trend.current.count).toBe(1);
  });

  it('keeps only the listed link types, and parent/child only when enabled', () => {
    expect(run(EXAMPLE, { linkTypes: ['Relates'] }).pairs).toBe(2);
    expect(run(EXAMPLE, { linkTypes: ['Relates'], parentChild: false }).pairs).toBe(1);
    expect(run(EXAMPLE, { linkTypes: ['Clones'], parentChild: false }).pairs).toBe(0);
  });

  it('leaves out items without a known discipline and lists every ordered pair of three disciplines', () => {
    const specs: IssueSpec[] = [
      { id: '1', key: 'MKT-1', project: 'MKT', created: '2024-03-04T00:00:00Z', moves: [['2024-03-05T00:00:00Z', '1', '2']], extra: { links: [link('2')] } },
      { id: '2', key: 'OPS-1', project: 'OPS', created: '2024-03-04T00:00:00Z', initial: '11' },
    ];
    expect(run(specs).pairs).toBe(0);
    const three = run(specs, { disciplineOrder: ['Marketing', 'IT', 'Data'] });
    expect(three.directions.map((d) => `${d.from}>${d.to}`)).toEqual(['Marketing>IT', 'Marketing>Data', 'IT>Marketing', 'IT>Data', 'Data>Marketing', 'Data>IT']);
  });

  it('limits the open list, longest first', () => {
    const specs: IssueSpec[] = [];
    for (let k = 0; k < 12; k++) {
      specs.push({ id: `m${k}`, key: `MKT-${k + 1}`, created: '2024-03-01T00:00:00Z', moves: [[`2024-03-${String(k + 2).padStart(2, '0')}T00:00:00Z`, '1', '2']], extra: { links: [link(`i${k}`)] } });
      specs.push({ id: `i${k}`, key: `IT-${k + 1}`, project: 'IT', created: '2024-03-01T00:00:00Z', initial: '11' });
    }
    const dir = run(specs).directions[0];
    expect(dir?.openCount).toBe(12);
    expect(dir?.longestOpen.map((o) => o.upstreamKey)).toEqual(['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-5', 'MKT-6', 'MKT-7', 'MKT-8', 'MKT-9', 'MKT-10']);
    expect(dir?.longestOpen[0]?.waitDays).toBe(29);
  });
});
