import { suggestMapping, suggestionsToStatusMap } from './suggest-mapping';
import type { StatusInfo } from './status-info';

const STAGES = ['Idea', 'Prototype', 'Pilot', 'Live'];
const s = (id: string, name: string, category: StatusInfo['category']): StatusInfo => ({ id, name, category });

describe('suggestMapping', () => {
  it('maps a marketing workflow by names first, then by category', () => {
    const statuses = [
      s('10000', 'Idea', 'new'),
      s('10001', 'Brief', 'indeterminate'),
      s('10002', 'Prototyping', 'indeterminate'),
      s('10003', 'Pilot', 'indeterminate'),
      s('10004', 'Live', 'done'),
      s('10005', 'Dropped', 'done'),
    ];
    expect(suggestMapping(statuses, STAGES)).toEqual([
      { statusId: '10000', target: 'Idea', rule: 'stage-name' },
      { statusId: '10001', target: 'Idea', rule: 'shaping-name' },
      { statusId: '10002', target: 'Prototype', rule: 'stage-name' },
      { statusId: '10003', target: 'Pilot', rule: 'stage-name' },
      { statusId: '10004', target: 'Live', rule: 'stage-name' },
      { statusId: '10005', target: 'Dropped', rule: 'wont-do-name' },
    ]);
  });

  it('maps a software workflow: To Do → first stage, In Progress → second, Done → last', () => {
    const statuses = [
      s('10100', 'Backlog', 'new'),
      s('10101', 'Selected for Development', 'new'),
      s('10102', 'In Progress', 'indeterminate'),
      s('10103', 'Review', 'indeterminate'),
      s('10104', 'Pilot', 'indeterminate'),
      s('10105', 'Done', 'done'),
      s('10106', "Won't Do", 'done'),
    ];
    expect(suggestionsToStatusMap(suggestMapping(statuses, STAGES))).toEqual({
      '10100': 'Idea',
      '10101': 'Idea',
      '10102': 'Prototype',
      '10103': 'Prototype',
      '10104': 'Pilot',
      '10105': 'Live',
      '10106': 'Dropped',
    });
  });

  it.each([
    ['Won’t do', 'done'],
    ['WONT DO', 'done'],
    ['Cancelled', 'done'],
    ['Canceled', 'done'],
    ['Rejected', 'new'],
    ['Abandoned', 'indeterminate'],
    ['Declined', 'done'],
    ['Not doing', 'done'],
    ['Duplicate', 'done'],
  ] as const)('sends "%s" to Dropped whatever its category (%s)', (name, category) => {
    expect(suggestMapping([s('1', name, category)], STAGES)).toEqual([{ statusId: '1', target: 'Dropped', rule: 'wont-do-name' }]);
  });

  it('matches stage names inside longer status names and across word endings', () => {
    const got = suggestionsToStatusMap(
      suggestMapping([s('1', 'Ideas', 'new'), s('2', 'Go live', 'indeterminate'), s('3', 'Pilot running', 'indeterminate'), s('4', 'Prototypes', 'new')], STAGES),
    );
    expect(got).toEqual({ '1': 'Idea', '2': 'Live', '3': 'Pilot', '4': 'Prototype' });
  });

  it('prefers an exact name over a stem match and matches multi-word stage names in order', () => {
    const stages = ['Ready', 'In Review', 'Review', 'Done'];
    const got = suggestionsToStatusMap(suggestMapping([s('1', 'Review', 'indeterminate'), s('2', 'In review now', 'indeterminate')], stages));
    expect(got).toEqual({ '1': 'Review', '2': 'In Review' });
  });

  it.each(['Discovery', 'Research', 'Analysis', 'Refinement', 'Triage', 'Scoping', 'Writing the brief'])(
    'keeps the in-progress shaping status "%s" in the first stage',
    (name) => expect(suggestMapping([s('5', name, 'indeterminate')], STAGES)).toEqual([{ statusId: '5', target: 'Idea', rule: 'shaping-name' }]),
  );

  it('does not treat a To Do or Done status named like shaping work specially', () => {
    expect(suggestionsToStatusMap(suggestMapping([s('1', 'Brief', 'new'), s('2', 'Analysis done', 'done')], STAGES))).toEqual({ '1': 'Idea', '2': 'Live' });
  });

  it('leaves a status without a category unmapped and answers each repeated status once', () => {
    const statuses = [s('7', 'Parked', 'undefined'), s('8', 'Open', 'new'), s('8', 'Open', 'new')];
    expect(suggestMapping(statuses, STAGES)).toEqual([
      { statusId: '7', target: null, rule: 'none' },
      { statusId: '8', target: 'Idea', rule: 'category' },
    ]);
  });

  it('sends In Progress to the last stage when a squad has only two', () => {
    expect(suggestionsToStatusMap(suggestMapping([s('3', 'Doing', 'indeterminate')], ['Todo', 'Finished']))).toEqual({ '3': 'Finished' });
  });
});
