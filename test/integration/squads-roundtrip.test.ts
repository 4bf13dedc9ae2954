import type { Harness } from '../../local/harness/start-harness';
import type { ProjectStatusesDto, SquadDetailDto, SquadExportDto, SquadListDto, SquadSavedDto, SquadValidationDto } from '../../src/contract';
import { demoConfig, invokeAs, startSquadHarness } from './squads-env';

jest.setTimeout(60_000);

describe('squads: suggestion, preview and a config round trip through save, storage and export', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness();
  });
  afterAll(() => harness.close());

  it('suggests the intended mapping for the demo MKT and IT workflows, with issue counts', async () => {
    const res = await invokeAs<{ projects: ProjectStatusesDto[] }>(harness, 'alice', 'squads.projectStatuses', {
      projectKeys: ['MKT', 'IT'],
      stageNames: ['Idea', 'Prototype', 'Pilot', 'Live'],
    });
    expect(res.status).toBe(200);
    const suggested = Object.fromEntries(res.data.projects.map((p) => [p.key, Object.fromEntries(p.statuses.map((s) => [s.id, s.suggested]))]));
    expect(suggested).toEqual(demoConfig('x', 'x').statusMap);
    expect(res.data.projects.map((p) => [p.key, p.name])).toEqual([
      ['MKT', 'Marketing'],
      ['IT', 'IT Delivery'],
    ]);
    // Every one of alice's 120 visible issues sits in exactly one status.
    const total = res.data.projects.flatMap((p) => p.statuses).reduce((n, s) => n + (s.issueCount ?? 0), 0);
    expect(total).toBe(120);
    const pilot = res.data.projects.find((p) => p.key === 'IT')?.statuses.find((s) => s.id === '10104');
    expect(pilot).toMatchObject({ name: 'Pilot', category: 'indeterminate', suggested: 'Pilot', suggestedBy: 'stage-name' });
  });

  it('previews the stage counts of a config: they add up to the issues counted per status', async () => {
    const res = await invokeAs<SquadValidationDto>(harness, 'alice', 'squads.validate', { config: demoConfig('launch', 'Launch') });
    expect(res.status).toBe(200);
    const { preview } = res.data;
    expect(preview.stages.map((s) => s.name)).toEqual(['Idea', 'Prototype', 'Pilot', 'Live']);
    expect(preview.stages.reduce((n, s) => n + s.issueCount, 0) + preview.dropped + preview.unmapped).toBe(120);
    expect(preview.unmapped).toBe(0);
    expect(res.data.unmapped).toEqual({});
  });

  it('reports unmapped statuses with their issue counts as warnings, not errors', async () => {
    const config = demoConfig('launch', 'Launch');
    const { '10103': _review, ...itWithoutReview } = config.statusMap['IT'] ?? {};
    const res = await invokeAs<SquadValidationDto>(harness, 'alice', 'squads.validate', { config: { ...config, statusMap: { ...config.statusMap, IT: itWithoutReview } } });
    expect(res.status).toBe(200);
    expect(res.data.unmapped['IT']).toEqual([{ statusId: '10103', name: 'Review', issueCount: res.data.preview.unmapped }]);
  });

  it('stores, lists, reads and exports a config unchanged, and re-imports the export unchanged', async () => {
    const config = demoConfig('launch', 'Launch squad');
    const saved = await invokeAs<SquadSavedDto>(harness, 'alice', 'squads.save', { config, expectedRevision: null });
    expect(saved.status).toBe(200);
    expect(saved.data.config).toEqual(config);
    expect(saved.data.revision).toBe(1);
    expect(saved.data.sync).toMatchObject({ squadId: 'launch' });

    const got = await invokeAs<SquadDetailDto>(harness, 'alice', 'squads.get', { squadId: 'launch' });
    expect(got.data).toMatchObject({ config, revision: 1, canEdit: true });

    const list = await invokeAs<SquadListDto>(harness, 'alice', 'squads.list', {});
    expect(list.data.access).toEqual({ isJiraAdmin: true, administersSomeProject: true });
    expect(list.data.squads).toEqual([
      {
        id: 'launch',
        name: 'Launch squad',
        projects: ['MKT', 'IT'],
        stageNames: ['Idea', 'Prototype', 'Pilot', 'Live'],
        leadTime: { from: 'Idea', to: 'Pilot' },
        revision: 1,
        updatedAt: '2025-06-30T12:00:00.000Z',
        canEdit: true,
      },
    ]);

    const exported = await invokeAs<SquadExportDto>(harness, 'alice', 'squads.export', { squadId: 'launch' });
    expect(exported.data.fileName).toBe('launch.squadflow.json');
    expect(JSON.parse(exported.data.json)).toEqual(config);

    const reimported = await invokeAs<SquadValidationDto>(harness, 'alice', 'squads.validate', { text: exported.data.json });
    expect(reimported.data.config).toEqual(config);

    // Saving what was read, unchanged, stores the same config under the next revision.
    const again = await invokeAs<SquadSavedDto>(harness, 'alice', 'squads.save', { config: got.data.config, expectedRevision: 1 });
    expect(again.data).toMatchObject({ config, revision: 2 });
  });

  it('imports YAML and version-less configs through the same migrations as the CLI', async () => {
    const yaml = ['name: Ops squad', 'projects: [IT]', 'stages: [Idea, Prototype, Pilot, Live]', 'leadTime: Idea -> Pilot', 'statusMap:', "  '10100': Idea", "  '10104': Pilot"].join('\n');
    const res = await invokeAs<SquadValidationDto>(harness, 'alice', 'squads.validate', { text: yaml });
    expect(res.status).toBe(200);
    expect(res.data.config).toMatchObject({ schemaVersion: 2, id: 'ops-squad', projects: ['IT'], statusMap: { IT: { '10100': 'Idea', '10104': 'Pilot' } } });
    expect(res.data.unmapped['IT']?.map((s) => s.statusId)).toEqual(['10101', '10102', '10103', '10105', '10106']);
  });

  it('duplicates a squad under a new ID and deletes it with everything stored under it', async () => {
    const dup = await invokeAs<SquadSavedDto>(harness, 'alice', 'squads.duplicate', { squadId: 'launch', newId: 'launch-2', newName: 'Launch 2' });
    expect(dup.status).toBe(200);
    expect(dup.data.config).toEqual({ ...demoConfig('launch-2', 'Launch 2') });
    await harness.idle();
    expect((await harness.deps.store.list('squad:launch-2:')).keys.length).toBeGreaterThan(1);
    const gone = await invokeAs(harness, 'alice', 'squads.delete', { squadId: 'launch-2', expectedRevision: 1 });
    expect(gone).toMatchObject({ status: 200, data: { squadId: 'launch-2', deleted: true } });
    // The config and the published data go at once; the rest is purged by a queued job.
    expect(await harness.deps.store.get('squad:launch-2:config')).toBeUndefined();
    expect(await harness.deps.store.get('squad:launch-2:data')).toBeUndefined();
    await harness.idle();
    expect((await harness.deps.store.list('squad:launch-2:')).keys).toEqual([]);
    expect((await invokeAs<SquadListDto>(harness, 'alice', 'squads.list', {})).data.squads.map((s) => s.id)).toEqual(['launch']);
  });
});
