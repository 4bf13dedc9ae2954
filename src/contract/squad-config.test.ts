import { squadConfigSchema, type SquadConfigInput } from './squad-config';
import { toFieldIssues } from './field-issues';

const valid: SquadConfigInput = {
  id: 'growth',
  name: 'Growth',
  projects: ['MKT', 'IT'],
  stages: [{ name: 'Idea' }, { name: 'Prototype' }, { name: 'Pilot' }, { name: 'Live' }],
  leadTime: { from: 'Idea', to: 'Pilot' },
  statusMap: { MKT: { '10000': 'Idea', '10005': 'Dropped' }, IT: { '10104': 'Pilot' } },
  discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT' } },
};

function issues(input: unknown): Array<{ path: string; message: string }> {
  const r = squadConfigSchema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error);
}

describe('squadConfigSchema', () => {
  it('fills every default of a minimal config', () => {
    const cfg = squadConfigSchema.parse(valid);
    expect(cfg.schemaVersion).toBe(2);
    expect(cfg.stages[0]).toEqual({ name: 'Idea', color: 'neutral', kind: 'active' });
    expect(cfg.quickWin).toEqual({ label: 'quick-win' });
    expect(cfg.backwardPolicy).toBe('keep');
    expect(cfg.unit).toBe('elapsed');
    expect(cfg.calendar).toEqual({ timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: [] });
    expect(cfg.percentiles).toEqual([50, 70, 85, 95]);
    expect(cfg.forecast).toEqual({ windowWeeks: 12, trials: 10_000 });
  });

  it('is idempotent: parsing its own output gives the same config', () => {
    const once = squadConfigSchema.parse(valid);
    expect(squadConfigSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('refuses an empty project list', () => {
    expect(issues({ ...valid, projects: [], statusMap: {}, discipline: { by: 'label', values: {} } })).toEqual([
      { path: 'projects', message: 'needs at least one project' },
    ]);
  });

  it('refuses duplicate stage names, ignoring case', () => {
    expect(issues({ ...valid, stages: [{ name: 'Idea' }, { name: 'Pilot' }, { name: 'pilot' }] })).toEqual([
      { path: 'stages.2.name', message: 'duplicate stage name "pilot"' },
    ]);
  });

  it('refuses a lead-time pair in the wrong order and unknown lead-time stages', () => {
    expect(issues({ ...valid, leadTime: { from: 'Pilot', to: 'Idea' } })).toEqual([{ path: 'leadTime.to', message: '"Idea" must come after "Pilot"' }]);
    expect(issues({ ...valid, leadTime: { from: 'Ideas', to: 'Pilot' } })).toEqual([{ path: 'leadTime.from', message: 'unknown stage "Ideas"' }]);
  });

  it('refuses Dropped as a stage name and a mapping to an unknown stage', () => {
    expect(issues({ ...valid, stages: [...valid.stages, { name: 'dropped' }] })).toEqual([
      { path: 'stages.4.name', message: '"Dropped" is reserved for the dropped outcome' },
    ]);
    expect(issues({ ...valid, statusMap: { MKT: { '10000': 'Done' } } })).toEqual([{ path: 'statusMap.MKT.10000', message: 'unknown stage "Done"' }]);
  });

  it('refuses a status map or discipline for a project outside the squad', () => {
    expect(issues({ ...valid, projects: ['MKT'], discipline: { by: 'project', values: { MKT: 'Marketing' } } })).toEqual([
      { path: 'statusMap.IT', message: 'project "IT" is not one of the squad\'s projects' },
    ]);
  });

  it('refuses repeated working days, holidays and percentiles', () => {
    expect(
      issues({ ...valid, calendar: { workingDays: [1, 2, 2], holidays: ['2025-01-01', '2025-01-01'] }, percentiles: [50, 85, 50] }),
    ).toEqual([
      { path: 'calendar.workingDays.2', message: 'weekday 2 is listed twice' },
      { path: 'calendar.holidays.1', message: 'holiday 2025-01-01 is listed twice' },
      { path: 'percentiles.2', message: 'percentile 50 is listed twice' },
    ]);
  });

  it('names the field of a bad time zone, status ID and project key', () => {
    const got = issues({ ...valid, projects: ['MKT', 'it'], calendar: { timeZone: 'Mars/Olympus' }, statusMap: { MKT: { abc: 'Idea' } } });
    expect(got.map((i) => i.path)).toEqual(expect.arrayContaining(['projects.1', 'calendar.timeZone', 'statusMap.MKT.abc']));
  });
});
