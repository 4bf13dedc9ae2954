import type { Harness } from '../../local/harness/start-harness';
import type { SquadListDto, SquadDetailDto } from '../../src/contract';
import { USERS } from '../helpers/demo-users';
import { postInvoke } from '../helpers/harness';
import { demoConfig, invokeAs, startSquadHarness, storeKeys } from './squads-env';

jest.setTimeout(60_000);

/**
 * Demo users: alice is a Jira admin; mia works in MKT and browses IT; ivan works in IT and browses
 * MKT; carol browses both; mark browses MKT only. None but alice administers anything.
 */
describe('squads: who may read and who may change', () => {
  let harness: Harness;
  const joint = demoConfig('joint', 'Joint squad');
  const itOnly = { ...demoConfig('it-only', 'IT only'), projects: ['IT'], statusMap: { IT: demoConfig('x', 'x').statusMap['IT'] ?? {} }, discipline: { by: 'project' as const, values: { IT: 'IT' } } };

  beforeAll(async () => {
    harness = await startSquadHarness();
    for (const config of [joint, itOnly]) expect((await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null })).status).toBe(200);
    await harness.idle();
  });
  afterAll(() => harness.close());

  it.each(['mia', 'ivan', 'carol', 'mark'] as const)('refuses a save by %s with 403 and stores nothing', async (user) => {
    const before = await storeKeys(harness);
    const create = await invokeAs(harness, user, 'squads.save', { config: demoConfig('sneaky', 'Sneaky'), expectedRevision: null });
    expect(create.status).toBe(403);
    expect(create.error?.code).toBe('FORBIDDEN');
    expect(create.error?.message).toMatch(/^Only Jira admins, or admins of every project of the squad, may create a squad; you do not administer /);
    const change = await invokeAs(harness, user, 'squads.save', { config: { ...joint, name: 'Hijacked' }, expectedRevision: 1 });
    expect(change.status).toBe(403);
    expect(await storeKeys(harness)).toEqual(before);
  });

  it('refuses delete and duplicate by a non-admin, keeping the squad', async () => {
    expect((await invokeAs(harness, 'mia', 'squads.delete', { squadId: 'joint' })).status).toBe(403);
    expect((await invokeAs(harness, 'mia', 'squads.duplicate', { squadId: 'joint', newId: 'copy', newName: 'Copy' })).status).toBe(403);
    expect((await invokeAs<SquadDetailDto>(harness, 'alice', 'squads.get', { squadId: 'joint' })).data.config.name).toBe('Joint squad');
  });

  it('lists squads on a project page with one permission request, and no create rights (the page offers no creation)', async () => {
    const stats = async (): Promise<Record<string, number>> => ((await (await fetch(`${harness.url}/__emulator/stats`)).json()) as { byEndpoint: Record<string, number> }).byEndpoint;
    const list = async (moduleKey: string): Promise<SquadListDto> => {
      const res = await postInvoke(harness.url, JSON.stringify({ functionKey: 'squads.list', payload: {}, context: { accountId: USERS.alice, moduleKey, projectKey: 'MKT' } }));
      return (res.json as { data: SquadListDto }).data;
    };
    await fetch(`${harness.url}/__emulator/stats`, { method: 'DELETE' });
    const onProject = await list('squadflow-project');
    expect(onProject.access).toBeNull();
    // A project page lists the squads holding its project.
    expect(onProject.squads.map((s) => s.id)).toEqual(['joint']);
    const asked = await stats();
    expect([asked['permissions-check'], asked['mypermissions']]).toEqual([1, undefined]);
    // The admin page offers creation: it is told what the caller may create.
    expect((await invokeAs<SquadListDto>(harness, 'alice', 'squads.list', {})).data.access).toEqual({ isJiraAdmin: true, administersSomeProject: true });
  });

  it('lists only squads with a project the user can browse, read-only for non-admins', async () => {
    const list = async (user: 'alice' | 'mia' | 'mark') => (await invokeAs<SquadListDto>(harness, user, 'squads.list', {})).data;
    expect((await list('alice')).squads.map((s) => [s.id, s.canEdit])).toEqual([
      ['it-only', true],
      ['joint', true],
    ]);
    expect((await list('mia')).squads.map((s) => [s.id, s.canEdit])).toEqual([
      ['it-only', false],
      ['joint', false],
    ]);
    const mark = await list('mark');
    expect(mark.squads.map((s) => s.id)).toEqual(['joint']);
    expect(mark.access).toEqual({ isJiraAdmin: false, administersSomeProject: false });
  });

  it('answers 404 for a squad none of whose projects the user can browse, as for a missing one', async () => {
    const hidden = await invokeAs(harness, 'mark', 'squads.get', { squadId: 'it-only' });
    const missing = await invokeAs(harness, 'mark', 'squads.get', { squadId: 'nope' });
    expect(hidden.status).toBe(404);
    expect(hidden.error?.message).toBe('Squad "it-only" does not exist or you cannot browse any of its projects');
    expect(missing.error?.message).toBe('Squad "nope" does not exist or you cannot browse any of its projects');
    expect((await invokeAs(harness, 'mark', 'squads.export', { squadId: 'it-only' })).status).toBe(404);
    expect((await invokeAs(harness, 'carol', 'squads.export', { squadId: 'it-only' })).status).toBe(200);
  });

  it('shows a user only the projects Jira lets them see in the picker', async () => {
    const search = async (user: 'alice' | 'mark') => (await invokeAs<{ projects: Array<{ key: string }> }>(harness, user, 'squads.searchProjects', { query: '' })).data.projects.map((p) => p.key);
    expect(await search('alice')).toEqual(['IT', 'MKT']);
    expect(await search('mark')).toEqual(['MKT']);
    const statuses = await invokeAs(harness, 'mark', 'squads.projectStatuses', { projectKeys: ['MKT', 'IT'], stageNames: ['Idea', 'Live'] });
    expect(statuses.status).toBe(400);
    expect(statuses.error?.details?.fields).toEqual([{ path: 'projectKeys.1', message: 'project IT does not exist or you cannot browse it' }]);
  });
});
