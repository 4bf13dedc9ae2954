import { closestKey, unknownKeyMessage } from './strict-object';
import { squadConfigSchema, type SquadConfigInput } from './squad-config';
import { toFieldIssues, MAX_FIELD_ISSUES } from './field-issues';

const valid: SquadConfigInput = {
  id: 'growth',
  name: 'Growth',
  projects: ['MKT'],
  stages: [{ name: 'Idea' }, { name: 'Live' }],
  leadTime: { from: 'Idea', to: 'Live' },
  statusMap: { MKT: { '10000': 'Idea' } },
  discipline: { by: 'project', values: { MKT: 'Marketing' } },
};
const issuesOf = (input: unknown) => {
  const r = squadConfigSchema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error);
};

describe('unknown keys', () => {
  it('names the closest known key for typos', () => {
    expect(closestKey('backwardMoves', ['backwardPolicy', 'unit'])).toBe('backwardPolicy');
    expect(closestKey('unti', ['backwardPolicy', 'unit'])).toBe('unit');
    expect(closestKey('wiplimit', ['name', 'wipLimit', 'wipMin'])).toBe('wipLimit');
    expect(closestKey('colour', ['name', 'color', 'kind'])).toBe('color');
    expect(closestKey('zebra', ['name', 'color', 'kind'])).toBeNull();
    expect(unknownKeyMessage('zebra', ['a', 'b'])).toBe('unknown key zebra — the keys here are a, b');
  });

  it('refuses unknown keys at the top level, each at its own path', () => {
    expect(issuesOf({ ...valid, backwardMoves: 'reset', unti: 'business' })).toEqual([
      { path: 'backwardMoves', message: 'unknown key backwardMoves — did you mean backwardPolicy?' },
      { path: 'unti', message: 'unknown key unti — did you mean unit?' },
    ]);
  });

  it('refuses unknown keys in nested objects too', () => {
    const input = {
      ...valid,
      stages: [{ name: 'Idea', wiplimit: 3 }, { name: 'Live' }],
      calendar: { timezone: 'UTC' },
      discipline: { by: 'label', values: {}, feildId: 'x' },
      board: { swimlane: 'none' },
      handoff: { linkType: ['Blocks'] },
      quickWin: { label: 'qw', candidate: { effortFieldId: 'customfield_1', maxEffort: 3, stages: ['Idea'], stage: 'Idea' } },
      forecast: { window: 4 },
      leadTime: { from: 'Idea', to: 'Live', unit: 'business' },
    };
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`).sort()).toEqual(
      [
        'board.swimlane: unknown key swimlane — did you mean swimlanes?',
        'calendar.timezone: unknown key timezone — did you mean timeZone?',
        'discipline.feildId: unknown key feildId — the keys here are by, values',
        'forecast.window: unknown key window — did you mean windowWeeks?',
        'handoff.linkType: unknown key linkType — did you mean linkTypes?',
        'leadTime.unit: unknown key unit — the keys here are from, to',
        'quickWin.candidate.stage: unknown key stage — did you mean stages?',
        'stages.0.wiplimit: unknown key wiplimit — did you mean wipLimit?',
      ].sort(),
    );
  });

  it('answers plain sentences for the validator’s own messages', () => {
    expect(issuesOf({ ...valid, stages: [{ name: 'Idea', wipLimit: 0 }, { name: 'Live', kind: 'busy' }], percentiles: [0] })).toEqual([
      { path: 'stages.0.wipLimit', message: 'A WIP limit is 1 or more' },
      { path: 'stages.1.kind', message: 'must be one of active, waiting' },
      { path: 'percentiles.0', message: 'must be more than 0' },
    ]);
  });

  it('caps the list of problems and the length of each', () => {
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}${'x'.repeat(100)}`, 1]));
    const issues = issuesOf({ ...valid, ...keys });
    expect(issues).toHaveLength(MAX_FIELD_ISSUES);
    expect(issues[MAX_FIELD_ISSUES - 1]).toEqual({ path: '(root)', message: `and ${5000 - MAX_FIELD_ISSUES + 1} more problems` });
    expect(JSON.stringify(issues).length).toBeLessThan(20_000);
  });
});
