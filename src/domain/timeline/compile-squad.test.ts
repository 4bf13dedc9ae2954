import { buildConfig, buildIssue } from '../testing/build-issue';
import { DROPPED_CODE, POLICY_RESET, compileSquad } from './compile-squad';
import { UNASSIGNED, disciplineOf } from './discipline-of';
import { itemDimensions } from './item-dimensions';

describe('compileSquad', () => {
  it('maps status IDs per project, own map first, then the other projects', () => {
    const squad = compileSquad(buildConfig({ backwardPolicy: 'reset' }));
    expect([squad.stageCount, squad.leadFrom, squad.leadTo, squad.policy]).toEqual([4, 0, 2, POLICY_RESET]);
    expect(Array.from(squad.active)).toEqual([0, 1, 1, 0]);
    expect(squad.lookupFor('MKT').get('3')).toBe(2);
    expect(squad.lookupFor('IT').get('3')).toBe(3);
    expect(squad.lookupFor('IT').get('2')).toBe(1);
    expect(squad.lookupFor('IT').get('16')).toBe(DROPPED_CODE);
    expect(squad.lookupFor('OPS').get('3')).toBe(2);
    expect(squad.lookupFor('MKT').get('404')).toBeUndefined();
    expect(() => squad.stageIndex('Done')).toThrow('unknown stage "Done" (stages: Idea, Prototype, Pilot, Live)');
  });
});

describe('disciplineOf', () => {
  const issue = buildIssue({ project: 'IT', components: ['Web', 'API'], labels: ['growth', 'seo'], field: 'Brand' });
  it.each([
    [{ by: 'project', values: { IT: 'Engineering' } }, 'Engineering'],
    [{ by: 'project', values: { MKT: 'Marketing' } }, UNASSIGNED],
    [{ by: 'component', values: { API: 'IT', Web: 'Web team' } }, 'Web team'],
    [{ by: 'label', values: { seo: 'Marketing' } }, 'Marketing'],
    [{ by: 'label', values: { toString: 'Marketing' } }, UNASSIGNED],
    [{ by: 'field', fieldId: 'customfield_1', values: { Brand: 'Marketing' } }, 'Marketing'],
  ] as const)('%j → %s', (rule, expected) => {
    expect(disciplineOf(rule, issue)).toBe(expected);
  });

  it('indexes dimensions per item', () => {
    const config = buildConfig();
    const dims = itemDimensions(config, [buildIssue({ project: 'IT', type: 'Bug' }), buildIssue({ labels: ['quick-win'], type: '' })]);
    expect([dims.disciplineNames, Array.from(dims.discipline), dims.issueTypeNames, Array.from(dims.quickWin)]).toEqual([
      ['IT', 'Marketing'],
      [0, 1],
      ['Bug', '(none)'],
      [0, 1],
    ]);
  });
});
