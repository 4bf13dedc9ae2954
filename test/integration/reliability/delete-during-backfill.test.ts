import type { Harness } from '../../../local/harness/start-harness';
import type { SyncStatusDto } from '../../../src/contract/sync';
import { keys } from '../../../src/store/keys';
import { demoConfig, invokeAs, startSquadHarness, storeKeys } from '../squads-env';

jest.setTimeout(120_000);

/** Issue 12.4: a squad deleted while its backfill runs leaves nothing behind, and its ID starts afresh. */
describe('fault: squad deleted 300 ms into its backfill', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness({ demoIssues: 1500 });
  });
  afterAll(() => harness.close());

  const squadKeys = async (id: string): Promise<string[]> =>
    (await storeKeys(harness)).filter((k) => k.startsWith(keys.squadPrefix(id)) || k === keys.generationFloor(id));

  it('publishes nothing, and a purge leaves no key of the squad (nor its generation floor)', async () => {
    const saved = await invokeAs(harness, 'alice', 'squads.save', { config: demoConfig('doomed', 'Doomed'), expectedRevision: null });
    expect(saved.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const deleted = await invokeAs(harness, 'alice', 'squads.delete', { squadId: 'doomed' });
    expect(deleted.status).toBe(200);
    await harness.idle();
    expect(await squadKeys('doomed')).toEqual([]);
  });

  it('a new squad with the same ID shows no count of the old one, then its own', async () => {
    await invokeAs(harness, 'alice', 'squads.save', { config: demoConfig('doomed', 'Doomed'), expectedRevision: null });
    await new Promise((r) => setTimeout(r, 300));
    await invokeAs(harness, 'alice', 'squads.delete', { squadId: 'doomed' });
    // Created again before the purge ran: the old data is already hidden.
    const again = await invokeAs(harness, 'alice', 'squads.save', { config: demoConfig('doomed', 'Doomed again'), expectedRevision: null });
    expect(again.error).toBeUndefined();
    const early = await invokeAs<SyncStatusDto>(harness, 'alice', 'sync.status', { squadId: 'doomed' });
    expect(early.data).toMatchObject({ hasData: false, issueCount: 0 });
    await harness.idle();
    const late = await invokeAs<SyncStatusDto>(harness, 'alice', 'sync.status', { squadId: 'doomed' });
    const all = harness.emulator?.state.listIssues().filter((r) => r.projectKey === 'MKT' || r.projectKey === 'IT').length;
    expect(late.data).toMatchObject({ phase: 'ready', hasData: true, issueCount: all });
    // Only the new squad's keys are left: its config, sync state, manifest, one generation.
    const generations = new Set((await squadKeys('doomed')).map((k) => /:g(\d+):/.exec(k)?.[1]).filter((g) => g !== undefined));
    expect(generations.size).toBe(1);
  });
});
