import { z } from 'zod';
import { migrateSquadConfig, safeMigrateSquadConfig } from './migrate-squad-config';
import { defaultSquadConfig, slugifySquadId } from './default-squad-config';

describe('migrateSquadConfig', () => {
  it('passes a current config through unchanged', () => {
    const cfg = defaultSquadConfig({ id: 'growth', name: 'Growth', projects: [{ key: 'MKT', discipline: 'Marketing' }] });
    expect(migrateSquadConfig(JSON.parse(JSON.stringify(cfg)))).toEqual(cfg);
  });

  it('upgrades the version-less hand-written shape', () => {
    const v0 = {
      name: 'Growth Squad',
      project: 'MKT',
      stages: ['Idea', { name: 'Prototype', kind: 'active' }, 'Pilot', 'Live'],
      wipLimits: { Prototype: 5, Pilot: 2 },
      leadTime: 'Idea -> Pilot',
      timeZone: 'Europe/Berlin',
      holidays: ['2025-12-25'],
      statusMap: { '10000': 'Idea', '10003': 'Pilot', '10005': 'Dropped' },
      discipline: 'component',
      quickWinLabel: 'qw',
    };
    const cfg = migrateSquadConfig(v0);
    expect(cfg.schemaVersion).toBe(2);
    expect(cfg.id).toBe('growth-squad');
    expect(cfg.projects).toEqual(['MKT']);
    expect(cfg.stages.map((s) => [s.name, s.wipLimit])).toEqual([['Idea', undefined], ['Prototype', 5], ['Pilot', 2], ['Live', undefined]]);
    expect(cfg.leadTime).toEqual({ from: 'Idea', to: 'Pilot' });
    expect(cfg.calendar).toEqual({ timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], holidays: ['2025-12-25'] });
    expect(cfg.statusMap).toEqual({ MKT: { '10000': 'Idea', '10003': 'Pilot', '10005': 'Dropped' } });
    expect(cfg.discipline).toEqual({ by: 'component', values: {} });
    expect(cfg.quickWin).toEqual({ label: 'qw' });
    expect(cfg).not.toHaveProperty('wipLimits');
    expect(cfg).not.toHaveProperty('timeZone');
  });

  it('upgrades a version-1 config: board and hand-off settings get their defaults, stages keep their limits', () => {
    const v1 = {
      schemaVersion: 1, id: 'a', name: 'A', projects: ['MKT'],
      stages: [{ name: 'Idea' }, { name: 'Build', wipLimit: 4 }, { name: 'Live' }],
      leadTime: { from: 'Idea', to: 'Live' }, statusMap: {}, discipline: { by: 'project', values: {} },
    };
    const cfg = migrateSquadConfig(v1);
    expect(cfg.schemaVersion).toBe(2);
    expect(cfg.board).toEqual({ doneWindowDays: 14, swimlanes: 'discipline' });
    expect(cfg.handoff).toEqual({ linkTypes: [], parentChild: true });
    expect(cfg.stages[1]).toMatchObject({ name: 'Build', wipLimit: 4 });
  });

  it('refuses a stage minimum above its WIP limit and a hand-off stage the squad lacks', () => {
    const base = { id: 'a', name: 'A', projects: ['MKT'], leadTime: { from: 'Idea', to: 'Live' }, statusMap: {}, discipline: { by: 'project', values: {} } };
    const result = safeMigrateSquadConfig({ ...base, schemaVersion: 2, stages: [{ name: 'Idea', wipMin: 5, wipLimit: 3 }, { name: 'Live' }], handoff: { stage: 'Review' } });
    expect(result).toEqual({
      success: false,
      issues: [
        { path: 'stages.0.wipMin', message: 'the minimum (5) is above the WIP limit (3)' },
        { path: 'handoff.stage', message: 'unknown stage "Review"' },
      ],
    });
  });

  it('accepts the leadTimeFrom/leadTimeTo pair and an arrow written as →', () => {
    const base = { id: 'a', name: 'A', projects: ['MKT'], stages: ['Idea', 'Live'], statusMap: {} };
    expect(migrateSquadConfig({ ...base, leadTimeFrom: 'Idea', leadTimeTo: 'Live' }).leadTime).toEqual({ from: 'Idea', to: 'Live' });
    expect(migrateSquadConfig({ ...base, leadTime: 'Idea → Live' }).leadTime).toEqual({ from: 'Idea', to: 'Live' });
  });

  it('refuses a version newer than this app, naming schemaVersion', () => {
    expect(safeMigrateSquadConfig({ schemaVersion: 3 })).toEqual({
      success: false,
      issues: [{ path: 'schemaVersion', message: 'version 3 was written by a newer SquadFlow; this one reads versions up to 2' }],
    });
  });

  it('refuses a schemaVersion that is null, text or a fraction (only an absent one means version 0)', () => {
    const config = { ...defaultSquadConfig({ id: 'v', name: 'V', projects: [{ key: 'MKT' }] }) } as Record<string, unknown>;
    for (const schemaVersion of [null, '2', 1.5, -1]) {
      expect(safeMigrateSquadConfig({ ...config, schemaVersion })).toEqual({ success: false, issues: [{ path: 'schemaVersion', message: 'must be a whole number' }] });
    }
  });

  it('refuses a __proto__ key inside the status map or discipline values instead of dropping it', () => {
    const config = { ...defaultSquadConfig({ id: 'p', name: 'P', projects: [{ key: 'MKT' }] }) } as Record<string, unknown>;
    // As JSON.parse reads an imported file: `__proto__` becomes an own key, not the prototype.
    const statusMap = JSON.parse('{"MKT":{"__proto__":"Idea"}}') as unknown;
    const answer = safeMigrateSquadConfig({ ...config, statusMap });
    expect(answer).toEqual({ success: false, issues: [{ path: 'statusMap.MKT.__proto__', message: 'unknown key __proto__ — this name cannot be used as a key' }] });
    expect(({} as Record<string, unknown>)['Idea']).toBeUndefined();
  });

  it('throws a ZodError for something that is not an object', () => {
    expect(() => migrateSquadConfig([1, 2])).toThrow(z.ZodError);
    expect(safeMigrateSquadConfig('x')).toEqual({ success: false, issues: [{ path: '(root)', message: 'a squad configuration must be a JSON object' }] });
  });

  it('reports every bad field of an old config after upgrading it', () => {
    const result = safeMigrateSquadConfig({ name: 'X', projects: [], stages: ['Idea', 'idea'], leadTime: 'Idea -> Idea', statusMap: {} });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      { path: 'projects', message: 'needs at least one project' },
      { path: 'stages.1.name', message: 'duplicate stage name "idea"' },
      { path: 'leadTime.to', message: '"Idea" must come after "Idea"' },
    ]);
  });
});

describe('slugifySquadId', () => {
  it.each([
    ['Growth Squad', 'growth-squad'],
    ['  Café — Ops!  ', 'cafe-ops'],
    ['Équipe Marketing', 'equipe-marketing'],
    ['***', 'squad'],
  ])('%s → %s', (name, id) => expect(slugifySquadId(name)).toBe(id));

  describe('unknown keys, in every version', () => {
    const v1 = { schemaVersion: 1, id: 'g', name: 'G', projects: ['MKT'], stages: [{ name: 'Idea' }, { name: 'Live' }], leadTime: { from: 'Idea', to: 'Live' }, statusMap: {}, discipline: { by: 'project', values: {} } };
    const issues = (raw: unknown) => {
      const r = safeMigrateSquadConfig(raw);
      return r.success ? [] : r.issues;
    };

    it('version 2 and 1: names the key and the closest known one', () => {
      expect(issues({ ...v1, schemaVersion: 2, backwardMoves: 'reset' })).toEqual([{ path: 'backwardMoves', message: 'unknown key backwardMoves — did you mean backwardPolicy?' }]);
      expect(issues({ ...v1, unti: 'business' })).toEqual([{ path: 'unti', message: 'unknown key unti — did you mean unit?' }]);
    });

    it('version 1: settings of version 2 are refused, saying which version has them', () => {
      expect(issues({ ...v1, board: { doneWindowDays: 7 }, stages: [{ name: 'Idea', wipMin: 1 }, { name: 'Live' }] })).toEqual([
        { path: 'board', message: 'board is a version 2 setting: set schemaVersion to 2 to use it' },
        { path: 'stages.0.wipMin', message: 'wipMin is a version 2 setting: set schemaVersion to 2 to use it' },
      ]);
    });

    it('version 0: keeps its legacy keys, and names them for typos', () => {
      const v0 = { name: 'G', project: 'MKT', stages: ['Idea', 'Live'], leadTime: 'Idea -> Live', statusMap: {}, timeZone: 'UTC' };
      expect(issues(v0)).toEqual([]);
      expect(issues({ ...v0, timezone: 'UTC', quickwinlabel: 'qw' })).toEqual([
        { path: 'timezone', message: 'unknown key timezone — did you mean timeZone?' },
        { path: 'quickwinlabel', message: 'unknown key quickwinlabel — did you mean quickWinLabel?' },
      ]);
      // Nested keys are checked after the upgrade, by the current schema.
      expect(issues({ ...v0, stages: [{ name: 'Idea', colour: 'blue' }, 'Live'] })).toEqual([{ path: 'stages.0.colour', message: 'unknown key colour — did you mean color?' }]);
    });
  });
});
