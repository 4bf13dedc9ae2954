import type { BackwardPolicy } from '../../contract/squad-config';
import { buildConfig, buildIssue, ms, type IssueSpec } from '../testing/build-issue';
import { CURRENT_DROPPED, CURRENT_NONE, buildTimelines, type Timelines } from './build-timelines';
import { compileSquad } from './compile-squad';

const NOW = '2024-04-01T00:00:00Z';
const H = 3_600_000;

function run(specs: IssueSpec[], policy: BackwardPolicy = 'keep', now = NOW): Timelines {
  return buildTimelines(compileSquad(buildConfig({ backwardPolicy: policy })), specs.map(buildIssue), ms(now));
}

/** Entry instants of item i as `{stage: ISO | null}`. */
function entries(t: Timelines, i = 0): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  t.squad.stageNames.forEach((name, s) => {
    const v = t.entryMs[i * t.stageCount + s] as number;
    out[name] = Number.isNaN(v) ? null : new Date(v).toISOString();
  });
  return out;
}

function hoursInStage(t: Timelines, i = 0): number[] {
  return Array.from(t.timeInStageMs.subarray(i * t.stageCount, (i + 1) * t.stageCount), (v) => v / H);
}

const D1 = '2024-03-01T09:00:00.000Z';
const D2 = '2024-03-02T09:00:00.000Z';
const D3 = '2024-03-03T09:00:00.000Z';
const D4 = '2024-03-04T09:00:00.000Z';
const D5 = '2024-03-05T09:00:00.000Z';

describe('buildTimelines — walking the history', () => {
  it('records a straight walk and the time in each stage', () => {
    const t = run([{ moves: [[D2, '1', '2'], [D3, '2', '3'], [D5, '3', '4']] }], 'keep', '2024-03-06T09:00:00Z');
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D2, Pilot: D3, Live: D5 });
    expect(hoursInStage(t)).toEqual([24, 24, 48, 24]);
    expect([t.currentStage[0], t.currentSinceMs[0], t.firstMs[0], t.rework[0]]).toEqual([3, ms(D5), ms(D1), 0]);
  });

  it('sorts histories that arrive out of order', () => {
    const t = run([{ moves: [[D3, '2', '3'], [D5, '3', '4'], [D2, '1', '2']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D2, Pilot: D3, Live: D5 });
  });

  it('gives skipped stages the next later stage’s instant', () => {
    const t = run([{ moves: [[D3, '1', '3']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D3, Pilot: D3, Live: null });
    expect(hoursInStage(t)).toEqual([48, 0, (ms(NOW) - ms(D3)) / H, 0]);
  });

  it('starts an issue created directly in a later stage at created', () => {
    const t = run([{ initial: '3' }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D1, Pilot: D1, Live: null });
  });

  it('uses the from of the first change as the initial status', () => {
    const t = run([{ moves: [[D2, '2', '3']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D1, Pilot: D2, Live: null });
  });

  it('ignores non-status noise: same-stage moves change nothing', () => {
    // IT 12 (Build) → 13 (Test) are both Prototype.
    const t = run([{ project: 'IT', moves: [[D2, '11', '12'], [D3, '12', '13'], [D4, '13', '14']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D2, Pilot: D4, Live: null });
    expect(hoursInStage(t).slice(0, 2)).toEqual([24, 48]);
  });

  it('reports unmapped and deleted statuses and keeps the item where it was', () => {
    const t = run([
      { key: 'MKT-1', moves: [[D2, '1', '77'], [D3, '77', '3']], extra: { statusNames: { '77': 'Legal review' } } },
      { key: 'MKT-2', initial: '77' },
    ]);
    expect(entries(t, 0)).toEqual({ Idea: D1, Prototype: D3, Pilot: D3, Live: null });
    // Time in the unmapped status counts in the stage the item was in.
    expect(hoursInStage(t, 0)[0]).toBe(48);
    expect(t.unmapped).toEqual([
      { projectKey: 'MKT', statusId: '77', statusName: 'Legal review', issueCount: 2, eventCount: 2, exampleIssueKeys: ['MKT-1', 'MKT-2'] },
    ]);
    expect(entries(t, 1)).toEqual({ Idea: null, Prototype: null, Pilot: null, Live: null });
    expect([t.currentStage[1], t.firstMs[1]]).toEqual([CURRENT_NONE, NaN]);
  });

  it('marks dropped items and the time they were dropped', () => {
    const t = run([{ moves: [[D2, '1', '2'], [D4, '2', '9']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D2, Pilot: null, Live: null });
    expect([t.currentStage[0], t.droppedAtMs[0]]).toEqual([CURRENT_DROPPED, ms(D4)]);
    expect(t.droppedTimeMs[0]).toBe(ms(NOW) - ms(D4));
  });

  it('un-drops a reopened item and counts the reopen as rework when it goes back', () => {
    const t = run([{ moves: [[D2, '1', '3'], [D3, '3', '9'], [D4, '9', '2']] }]);
    expect([t.currentStage[0], t.droppedAtMs[0], t.rework[0]]).toEqual([1, NaN, 1]);
    expect(t.droppedTimeMs[0]).toBe(24 * H);
  });

  it('orders identical timestamps by chaining from → to', () => {
    const t = run([{ moves: [[D2, '2', '3'], [D2, '1', '2']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D2, Pilot: D2, Live: null });
    expect(t.currentStage[0]).toBe(2);
  });

  it('clamps changes recorded before created (clock skew)', () => {
    const t = run([{ created: '2024-03-01T09:00:05Z', moves: [['2024-03-01T09:00:00Z', '1', '2']] }]);
    expect(entries(t).Prototype).toBe('2024-03-01T09:00:05.000Z');
    expect(hoursInStage(t)[0]).toBe(0);
  });

  it('ignores changes after now', () => {
    const t = run([{ moves: [[D2, '1', '2'], ['2024-05-01T00:00:00Z', '2', '3']] }]);
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D2, Pilot: null, Live: null });
  });

  it('maps statuses through the old project after a move between projects', () => {
    // Status 3 is Pilot in MKT and Live in IT: before the move it must read as Pilot.
    const t = run([
      {
        project: 'IT',
        moves: [[D2, '1', '3'], [D4, '3', '14']],
        extra: { projectMoves: [{ atMs: ms(D4), fromProjectKey: 'MKT', toProjectKey: 'IT' }] },
      },
      // Without move records the current project's map wins: 3 reads as Live in IT.
      { project: 'IT', moves: [[D2, '1', '3']] },
    ]);
    expect(entries(t, 0)).toEqual({ Idea: D1, Prototype: D2, Pilot: D2, Live: null });
    expect(entries(t, 1)).toEqual({ Idea: D1, Prototype: D2, Pilot: D2, Live: D2 });
  });

  it('falls back to the other projects’ maps for a status the current project lacks', () => {
    const t = run([{ project: 'IT', moves: [[D2, '11', '2']] }]);
    expect(entries(t).Prototype).toBe(D2);
  });
});

describe('buildTimelines — backward moves under each policy', () => {
  // Idea D1 → Pilot D2 → Prototype D3 (back) → Pilot D4 → Live D5
  const spec: IssueSpec = { moves: [[D2, '1', '3'], [D3, '3', '2'], [D4, '2', '3'], [D5, '3', '4']] };

  it.each([
    ['keep', { Idea: D1, Prototype: D2, Pilot: D2, Live: D5 }],
    ['reset', { Idea: D1, Prototype: D3, Pilot: D4, Live: D5 }],
    ['last', { Idea: D1, Prototype: D3, Pilot: D4, Live: D5 }],
  ] as const)('%s', (policy, expected) => {
    const t = run([spec], policy);
    expect(entries(t)).toEqual(expected);
    expect(t.rework[0]).toBe(1);
    // Time in stage does not depend on the policy.
    expect(hoursInStage(t).slice(0, 3)).toEqual([24, 24, 48]);
  });

  // Idea D1 → Prototype D2 → Idea D3 (back) → Prototype D4: keep holds the first entry; reset
  // cleared Prototype when the item went back to Idea; last always takes the latest.
  it.each([
    ['keep', D2],
    ['reset', D4],
    ['last', D4],
  ] as const)('%s: re-entering a stage', (policy, prototype) => {
    const t = run([{ moves: [[D2, '1', '2'], [D3, '2', '1'], [D4, '1', '2']] }], policy);
    expect(entries(t).Prototype).toBe(prototype);
  });

  // The docs' example C: Idea 03-11, Prototype 03-13, back to Idea 03-14, Prototype 03-15, Pilot 03-18.
  it.each([
    ['keep', '2024-03-11', '2024-03-13'],
    ['reset', '2024-03-11', '2024-03-15'],
    ['last', '2024-03-14', '2024-03-15'],
  ] as const)('%s on the docs example', (policy, idea, prototype) => {
    const day = (d: string): string => `${d}T00:00:00Z`;
    const t = run(
      [{ created: day('2024-03-11'), moves: [[day('2024-03-13'), '1', '2'], [day('2024-03-14'), '2', '1'], [day('2024-03-15'), '1', '2'], [day('2024-03-18'), '2', '3']] }],
      policy,
    );
    expect(entries(t)).toEqual({ Idea: `${idea}T00:00:00.000Z`, Prototype: `${prototype}T00:00:00.000Z`, Pilot: '2024-03-18T00:00:00.000Z', Live: null });
  });

  it('reopens from the last stage clear it under reset', () => {
    const t = run([{ moves: [[D2, '1', '4'], [D3, '4', '2']] }], 'reset');
    expect(entries(t)).toEqual({ Idea: D1, Prototype: D3, Pilot: null, Live: null });
    expect(t.rework[0]).toBe(1);
  });
});
