import { buildConfig, buildIssue, ms } from '../testing/build-issue';
import { compileSquad } from '../timeline/compile-squad';
import { boardPositions } from './board-position';
import { completedLeadTimes } from './lead-time-sample';
import { stageVisits } from './stage-visits';

const squad = compileSquad(buildConfig());
const NOW = ms('2024-04-01T00:00:00Z');

describe('stageVisits', () => {
  it('gives one visit per stay: a reopen visits Prototype twice, a skipped stage never appears', () => {
    // Idea → Prototype → Idea (reopen) → Prototype → Live: Pilot skipped.
    const issue = buildIssue({
      created: '2024-03-01T00:00:00Z',
      moves: [
        ['2024-03-03T00:00:00Z', '1', '2'],
        ['2024-03-05T00:00:00Z', '2', '1'],
        ['2024-03-06T00:00:00Z', '1', '2'],
        ['2024-03-10T00:00:00Z', '2', '4'],
      ],
    });
    const visits = stageVisits(squad, issue, NOW);
    expect(visits.map((v) => squad.stageNames[v.stage])).toEqual(['Idea', 'Prototype', 'Idea', 'Prototype', 'Live']);
    expect(visits.map((v) => [v.enteredMs, v.leftMs])).toEqual([
      [ms('2024-03-01T00:00:00Z'), ms('2024-03-03T00:00:00Z')],
      [ms('2024-03-03T00:00:00Z'), ms('2024-03-05T00:00:00Z')],
      [ms('2024-03-05T00:00:00Z'), ms('2024-03-06T00:00:00Z')],
      [ms('2024-03-06T00:00:00Z'), ms('2024-03-10T00:00:00Z')],
      [ms('2024-03-10T00:00:00Z'), null],
    ]);
  });

  it('keeps status changes inside one stage in one visit, listing each status once', () => {
    const issue = buildIssue({ project: 'IT', created: '2024-03-01T00:00:00Z', moves: [['2024-03-02T00:00:00Z', '11', '12'], ['2024-03-03T00:00:00Z', '12', '13'], ['2024-03-04T00:00:00Z', '13', '12']] });
    const visits = stageVisits(squad, issue, NOW);
    expect(visits).toHaveLength(2);
    expect(visits[1]?.statusIds).toEqual(['12', '13']);
  });

  it('ignores changes after now and starts in the current status without changes', () => {
    const issue = buildIssue({ created: '2024-03-01T00:00:00Z', moves: [['2024-05-01T00:00:00Z', '1', '2']] });
    expect(stageVisits(squad, issue, NOW).map((v) => v.stage)).toEqual([0]);
    expect(stageVisits(squad, buildIssue({ initial: '3' }), NOW).map((v) => v.stage)).toEqual([2]);
  });
});

describe('boardPositions and completedLeadTimes', () => {
  it('places an item in its stage since its last entry and keeps the aging clock from the first stage', () => {
    const issue = buildIssue({ created: '2024-03-01T00:00:00Z', moves: [['2024-03-03T00:00:00Z', '1', '2'], ['2024-03-05T00:00:00Z', '2', '1'], ['2024-03-06T00:00:00Z', '1', '2']] });
    const [p] = boardPositions(squad, [issue], NOW);
    expect(p?.stage).toBe(1);
    expect(p?.sinceMs).toBe(ms('2024-03-06T00:00:00Z'));
    expect(p?.agingFromMs).toBe(ms('2024-03-01T00:00:00Z'));
    expect(p?.agingToMs).toBeNaN();
  });

  it('sorts completed idea-to-pilot lead times and leaves out dropped and unfinished items', () => {
    const done = (days: number) => buildIssue({ created: '2024-03-01T00:00:00Z', moves: [[new Date(ms('2024-03-01T00:00:00Z') + days * 86_400_000).toISOString(), '1', '3']] });
    const dropped = buildIssue({ created: '2024-03-01T00:00:00Z', moves: [['2024-03-02T00:00:00Z', '1', '3'], ['2024-03-03T00:00:00Z', '3', '9']] });
    expect(Array.from(completedLeadTimes(squad, [done(5), done(2), buildIssue(), dropped], NOW))).toEqual([2, 5]);
  });
});
