import type { Harness } from '../../local/harness/start-harness';
import { demoConfig, fieldPaths, invokeAs, startSquadHarness, storeKeys } from './squads-env';

jest.setTimeout(60_000);

describe('squads: invalid configs are refused with field-level messages, and nothing is stored', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness();
  });
  afterAll(() => harness.close());

  const good = demoConfig('checks', 'Checks');
  const cases: Array<[string, unknown, Array<{ path: string; message: string }>]> = [
    [
      'an unknown status ID',
      { ...good, statusMap: { ...good.statusMap, MKT: { ...good.statusMap['MKT'], '99999': 'Idea' } } },
      [{ path: 'statusMap.MKT.99999', message: 'unknown status ID 99999: not a status of project MKT' }],
    ],
    [
      'an IT status ID mapped under MKT',
      { ...good, statusMap: { ...good.statusMap, MKT: { '10104': 'Pilot' } } },
      [{ path: 'statusMap.MKT.10104', message: 'unknown status ID 10104: not a status of project MKT' }],
    ],
    [
      'duplicate stage names',
      { ...good, stages: [...good.stages, { name: 'pilot', color: 'red', kind: 'active' }] },
      [{ path: 'stages.4.name', message: 'duplicate stage name "pilot"' }],
    ],
    ['a lead-time pair in the wrong order', { ...good, leadTime: { from: 'Pilot', to: 'Idea' } }, [{ path: 'leadTime.to', message: '"Idea" must come after "Pilot"' }]],
    [
      'an empty project list',
      { ...good, projects: [], statusMap: {}, discipline: { by: 'label', values: {} } },
      [{ path: 'projects', message: 'needs at least one project' }],
    ],
    ['a project that does not exist', { ...good, projects: ['MKT', 'NOPE'], statusMap: { MKT: {} }, discipline: { by: 'label', values: {} } }, [{ path: 'projects.1', message: 'project NOPE does not exist or you cannot browse it' }]],
    ['a config from a newer SquadFlow', { ...good, schemaVersion: 3 }, [{ path: 'schemaVersion', message: 'version 3 was written by a newer SquadFlow; this one reads versions up to 2' }]],
  ];

  it.each(cases)('refuses %s in squads.save (400) and in squads.validate, naming the field', async (_name, config, fields) => {
    const before = await storeKeys(harness);
    const saved = await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null });
    expect(saved.status).toBe(400);
    expect(saved.error?.code).toBe('BAD_REQUEST');
    expect(saved.error?.details?.fields).toEqual(fields);
    expect(await storeKeys(harness)).toEqual(before);
    const checked = await invokeAs(harness, 'alice', 'squads.validate', { config });
    expect(checked.status).toBe(400);
    expect(checked.error?.details?.fields).toEqual(fields);
  });

  it('names every problem at once', async () => {
    const config = { ...good, name: ' ', stages: [{ name: 'Idea' }, { name: 'Idea' }], calendar: { timeZone: 'Mars/Olympus' } };
    const res = await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null });
    expect(fieldPaths(res)).toEqual(['calendar.timeZone', 'leadTime.to', 'name', 'quickWin.candidate.stages.1', 'stages.1.name', 'statusMap.IT.10102', 'statusMap.IT.10103', 'statusMap.IT.10104', 'statusMap.IT.10105', 'statusMap.MKT.10002', 'statusMap.MKT.10003', 'statusMap.MKT.10004']);
  });

  it('refuses an import that is neither JSON nor YAML, and a payload with extra keys', async () => {
    const text = await invokeAs(harness, 'alice', 'squads.validate', { text: '{"name": "x", ' });
    expect(text.status).toBe(400);
    expect(fieldPaths(text)).toEqual(['(root)']);
    expect(text.error?.message).toMatch(/^The file is neither JSON nor YAML: /);
    const extra = await invokeAs(harness, 'mia', 'squads.save', { config: good, expectedRevision: null, accountId: '5b10ac8d82e05b22cc7d4ef5' });
    expect(extra.status).toBe(400);
    expect(extra.error?.details?.fields).toEqual([{ path: 'accountId', message: 'unknown key accountId — the keys here are config, expectedRevision' }]);
  });

  it('refuses a second squad with an existing ID, and a save of a stale revision (409)', async () => {
    expect((await invokeAs(harness, 'alice', 'squads.save', { config: good, expectedRevision: null })).status).toBe(200);
    const twice = await invokeAs(harness, 'alice', 'squads.save', { config: good, expectedRevision: null });
    expect(twice.status).toBe(409);
    expect(twice.error?.details?.fields).toEqual([{ path: 'id', message: 'the squad “Checks” already uses this ID' }]);
    expect((await invokeAs(harness, 'alice', 'squads.save', { config: { ...good, name: 'B' }, expectedRevision: 1 })).status).toBe(200);
    const stale = await invokeAs(harness, 'alice', 'squads.save', { config: { ...good, name: 'C' }, expectedRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toBe('Squad "checks" was changed meanwhile (now at revision 2, you edited revision 1); reload it and apply your edit again');
    expect((await invokeAs<{ config: { name: string } }>(harness, 'alice', 'squads.get', { squadId: 'checks' })).data.config.name).toBe('B');
  });
});
