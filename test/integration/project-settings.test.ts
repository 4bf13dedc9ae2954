import type { Harness } from '../../local/harness/start-harness';
import type { SquadDetailDto, SquadListDto, SquadSavedDto } from '../../src/contract';
import { postInvoke } from '../helpers/harness';
import { demoConfig, invokeAs, startSquadHarness, storeKeys, USERS, type InvokeAnswer, type UserHandle } from './squads-env';

jest.setTimeout(60_000);

/** `POST /api/invoke` from the project settings page of `projectKey` (jira:projectSettingsPage). */
async function fromSettings<T = unknown>(harness: Harness, user: UserHandle, projectKey: string, functionKey: string, payload: unknown): Promise<InvokeAnswer<T>> {
  const context = { accountId: USERS[user], moduleKey: 'squadflow-project-settings', projectKey };
  const res = await postInvoke(harness.url, JSON.stringify({ functionKey, payload, context }));
  const body = res.json as { ok: boolean; data?: T; error?: InvokeAnswer['error'] };
  return { status: res.status, ok: body.ok, data: body.data as T, error: body.error };
}

/**
 * Project admins manage squads from their project's settings (issue 13.4): only the squads holding
 * that project whose projects they ALL administer exist there. tom administers MKT and browses IT;
 * alice is a Jira admin; mia works in MKT without administering it.
 */
describe('squads from a project settings page', () => {
  let harness: Harness;
  const joint = demoConfig('joint', 'Joint squad');
  const mktOnly = { ...demoConfig('mkt-only', 'Brand squad'), projects: ['MKT'], statusMap: { MKT: demoConfig('x', 'x').statusMap['MKT'] ?? {} }, discipline: { by: 'project' as const, values: { MKT: 'Marketing' } } };
  const itOnly = { ...demoConfig('it-only', 'IT only'), projects: ['IT'], statusMap: { IT: demoConfig('x', 'x').statusMap['IT'] ?? {} }, discipline: { by: 'project' as const, values: { IT: 'IT' } } };

  beforeAll(async () => {
    harness = await startSquadHarness();
    for (const config of [joint, mktOnly, itOnly]) expect((await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null })).status).toBe(200);
    await harness.idle();
  });
  afterAll(() => harness.close());

  it('lists to a project admin only the squads of the project whose projects they all administer, from one permission check', async () => {
    const emulator = harness.emulator;
    if (emulator === null || emulator === undefined) throw new Error('the test harness runs on the emulator');
    emulator.state.resetStats();
    const tom = await fromSettings<SquadListDto>(harness, 'tom', 'MKT', 'squads.list', {});
    expect(tom.status).toBe(200);
    expect(tom.data.squads.map((s) => [s.id, s.projects, s.canEdit])).toEqual([['mkt-only', ['MKT'], true]]);
    expect(tom.data.access).toEqual({ isJiraAdmin: false, administersSomeProject: true });
    // The joint squad spans IT, which tom browses but does not administer: not shown, not named.
    expect(JSON.stringify(tom)).not.toMatch(/joint|Joint squad|it-only/i);
    expect(emulator.state.stats().byEndpoint).toEqual({ 'permissions-check': 1 });
  });

  it("lists to a Jira admin every squad holding the project, and nothing of other projects' squads", async () => {
    const alice = await fromSettings<SquadListDto>(harness, 'alice', 'MKT', 'squads.list', {});
    expect(alice.data.squads.map((s) => [s.id, s.canEdit])).toEqual([
      ['mkt-only', true],
      ['joint', true],
    ]);
    expect(alice.data.access?.isJiraAdmin).toBe(true);
    const it = await fromSettings<SquadListDto>(harness, 'alice', 'IT', 'squads.list', {});
    expect(it.data.squads.map((s) => s.id)).toEqual(['it-only', 'joint']);
  });

  it('lists nothing to someone who does not administer the project, and offers them no Create', async () => {
    const mia = await fromSettings<SquadListDto>(harness, 'mia', 'MKT', 'squads.list', {});
    expect(mia.data).toEqual({ squads: [], access: { isJiraAdmin: false, administersSomeProject: false } });
  });

  it('answers a squad the project admin does not manage whole exactly like a missing one', async () => {
    for (const fn of ['squads.get', 'squads.export', 'squads.delete'] as const) {
      const hidden = await fromSettings(harness, 'tom', 'MKT', fn, { squadId: 'joint' });
      const missing = await fromSettings(harness, 'tom', 'MKT', fn, { squadId: 'joint-2' });
      expect(hidden.status).toBe(404);
      expect(hidden.error?.message.replace('joint', 'ID')).toBe(missing.error?.message.replace('joint-2', 'ID'));
    }
    const dup = await fromSettings(harness, 'tom', 'MKT', 'squads.duplicate', { squadId: 'joint', newId: 'joint-copy', newName: 'Copy' });
    expect(dup.status).toBe(404);
    expect((await invokeAs<SquadDetailDto>(harness, 'alice', 'squads.get', { squadId: 'joint' })).data.revision).toBe(1);
  });

  it("lets the project admin open, save and copy the project's squad they manage whole", async () => {
    const detail = await fromSettings<SquadDetailDto>(harness, 'tom', 'MKT', 'squads.get', { squadId: 'mkt-only' });
    expect([detail.status, detail.data.canEdit]).toEqual([200, true]);
    const saved = await fromSettings<SquadSavedDto>(harness, 'tom', 'MKT', 'squads.save', { config: { ...detail.data.config, name: 'Brand squad (renamed)' }, expectedRevision: detail.data.revision });
    expect([saved.status, saved.data.revision]).toEqual([200, 2]);
    const copy = await fromSettings<SquadSavedDto>(harness, 'tom', 'MKT', 'squads.duplicate', { squadId: 'mkt-only', newId: 'mkt-copy', newName: 'Brand copy' });
    expect(copy.status).toBe(200);
  });

  it('refuses, server-side, a save the project admin may not make, and stores nothing', async () => {
    await harness.idle(); // the copy's backfill from the test before
    const before = await storeKeys(harness);
    // A joint squad needs IT's admin too (the same refusal whether the ID is taken or not).
    const change = await fromSettings(harness, 'tom', 'MKT', 'squads.save', { config: { ...joint, name: 'Taken over' }, expectedRevision: 1 });
    const create = await fromSettings(harness, 'tom', 'MKT', 'squads.save', { config: demoConfig('fresh', 'Fresh'), expectedRevision: null });
    expect([change.status, change.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect([create.status, create.error?.message]).toEqual([403, change.error?.message.replace('change this squad', 'create a squad')]);
    // From MKT's settings a squad holds MKT, even for a Jira admin.
    const elsewhere = await fromSettings(harness, 'alice', 'MKT', 'squads.save', { config: { ...itOnly, id: 'it-two' }, expectedRevision: null });
    expect([elsewhere.status, elsewhere.error?.details?.fields?.map((f) => f.path)]).toEqual([400, ['projects']]);
    expect(elsewhere.error?.message).toMatch(/^A squad saved from the settings of MKT includes MKT/);
    expect(await storeKeys(harness)).toEqual(before);
  });
});
