import { checkStatusMap } from './check-status-map';
import { previewStageCounts } from './stage-preview';
import { defaultSquadConfig } from './default-squad-config';

const mktStatuses = [
  { id: '10000', name: 'Idea', category: 'new' as const },
  { id: '10003', name: 'Pilot', category: 'indeterminate' as const },
  { id: '10005', name: 'Dropped', category: 'done' as const },
];

function config() {
  const cfg = defaultSquadConfig({ id: 'growth', name: 'Growth', projects: [{ key: 'MKT' }, { key: 'IT' }] });
  return { ...cfg, statusMap: { MKT: { '10000': 'Idea', '10005': 'Dropped', '99999': 'Live' }, IT: {} } };
}

describe('checkStatusMap', () => {
  it('names an unknown status ID and a project the user cannot see, and lists unmapped statuses', () => {
    expect(checkStatusMap(config(), { MKT: mktStatuses, IT: undefined })).toEqual({
      errors: [
        { path: 'statusMap.MKT.99999', message: 'unknown status ID 99999: not a status of project MKT' },
        { path: 'projects.1', message: 'project IT does not exist or you cannot browse it' },
      ],
      unmapped: { MKT: ['10003'] },
    });
  });

  it('answers no errors and no unmapped statuses for a complete map', () => {
    const cfg = { ...config(), projects: ['MKT'], statusMap: { MKT: { '10000': 'Idea', '10003': 'Pilot', '10005': 'Dropped' } } };
    expect(checkStatusMap(cfg, { MKT: mktStatuses })).toEqual({ errors: [], unmapped: {} });
  });
});

describe('previewStageCounts', () => {
  it('adds each status count to its stage, counting Dropped and unmapped apart', () => {
    const cfg = { ...config(), statusMap: { MKT: { '10000': 'Idea', '10005': 'Dropped' }, IT: { '10102': 'Prototype', '10104': 'Pilot' } } };
    const counts = { MKT: { '10000': 12, '10003': 4, '10005': 3 }, IT: { '10102': 7, '10104': 2, '10199': 1 } };
    expect(previewStageCounts(cfg, counts)).toEqual({
      stages: [
        { name: 'Idea', issueCount: 12 },
        { name: 'Prototype', issueCount: 7 },
        { name: 'Pilot', issueCount: 2 },
        { name: 'Live', issueCount: 0 },
      ],
      dropped: 3,
      unmapped: 5,
    });
  });
});
