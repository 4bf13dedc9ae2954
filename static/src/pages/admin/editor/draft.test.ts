import { mapStatus, moveStage, newDraft, removeStage, renameStage, withProjects } from './draft';
import { formatLaneLimits, parseLaneLimits } from './list-text';

function mapped() {
  const d = withProjects(newDraft(), [
    { key: 'MKT', name: 'Marketing' },
    { key: 'IT', name: 'IT Delivery' },
  ]);
  return { ...d, statusMap: { MKT: { '1': 'Idea', '2': 'Prototype', '3': 'Pilot' }, IT: { '7': 'Prototype' } }, quickWin: { label: 'quick-win', candidate: { effortFieldId: 'customfield_10016', maxEffort: 3, stages: ['Idea', 'Prototype'] } } };
}

describe('draft edits', () => {
  it('renames a stage everywhere it is referred to', () => {
    const d = renameStage(mapped(), 1, 'Build');
    expect(d.stages.map((s) => s.name)).toEqual(['Idea', 'Build', 'Pilot', 'Live']);
    expect(d.statusMap).toEqual({ MKT: { '1': 'Idea', '2': 'Build', '3': 'Pilot' }, IT: { '7': 'Build' } });
    expect(d.quickWin.candidate?.stages).toEqual(['Idea', 'Build']);
    expect(renameStage(mapped(), 0, 'Ideas').leadTime).toEqual({ from: 'Ideas', to: 'Pilot' });
  });

  it('never merges two stages when a rename passes through a duplicate name', () => {
    const start = mapped();
    const duplicate = renameStage(start, 1, 'Idea');
    expect(duplicate.stages.map((s) => s.name)).toEqual(['Idea', 'Idea', 'Pilot', 'Live']);
    expect(duplicate.statusMap).toEqual(start.statusMap);
    const back = renameStage(duplicate, 1, 'Prototype');
    expect(back).toEqual(start);
  });

  it('unmaps the statuses of a removed stage and drops it from quick-win stages', () => {
    const d = removeStage(mapped(), 1);
    expect(d.stages.map((s) => s.name)).toEqual(['Idea', 'Pilot', 'Live']);
    expect(d.statusMap).toEqual({ MKT: { '1': 'Idea', '3': 'Pilot' }, IT: {} });
    expect(d.quickWin.candidate?.stages).toEqual(['Idea']);
  });

  it('moves stages within bounds', () => {
    expect(moveStage(mapped(), 3, 1).stages.map((s) => s.name)).toEqual(['Idea', 'Prototype', 'Pilot', 'Live']);
    expect(moveStage(mapped(), 2, -1).stages.map((s) => s.name)).toEqual(['Idea', 'Pilot', 'Prototype', 'Live']);
  });

  it('keeps kept projects’ mappings and disciplines when the project list changes', () => {
    const d = withProjects({ ...mapped(), discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT' } } }, [
      { key: 'IT', name: 'IT Delivery' },
      { key: 'OPS', name: 'Operations' },
    ]);
    expect(d.projects).toEqual(['IT', 'OPS']);
    expect(d.statusMap).toEqual({ IT: { '7': 'Prototype' }, OPS: {} });
    expect(d.discipline).toEqual({ by: 'project', values: { IT: 'IT', OPS: 'Operations' } });
  });

  it('maps and unmaps one status', () => {
    const d = mapStatus(mapStatus(mapped(), 'IT', '8', 'Dropped'), 'MKT', '1', null);
    expect(d.statusMap).toEqual({ MKT: { '2': 'Prototype', '3': 'Pilot' }, IT: { '7': 'Prototype', '8': 'Dropped' } });
  });
});

describe('lane limits typed as text', () => {
  it('reads "lane: n" pairs and writes them back', () => {
    expect(parseLaneLimits('Marketing: 3, IT: 2')).toEqual({ Marketing: 3, IT: 2 });
    expect(parseLaneLimits('  ')).toBeUndefined();
    expect(parseLaneLimits('Marketing three')).toEqual({ 'Marketing three': NaN });
    expect(formatLaneLimits({ Marketing: 3, IT: 2 })).toBe('Marketing: 3, IT: 2');
  });
});
