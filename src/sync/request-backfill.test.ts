import { buildConfig } from '../domain/testing/build-issue';
import type { Job } from '../ports/job-queue';
import { MemoryStore } from '../store/memory-store';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { writeManifest } from '../store/data-manifest';
import { fetchScopeOf, scopeKeyOf } from './fetch-scope';
import { requestBackfill } from './request-backfill';
import { readSyncState } from './sync-state';

function setup() {
  const store = new MemoryStore({ nowMs: () => 5_000 });
  const pushed: Job[] = [];
  const deps = { store, queue: { push: async (jobs: Job[]) => void pushed.push(...jobs) }, clock: { nowMs: () => 5_000 } };
  return { store, pushed, deps };
}

describe('requestBackfill', () => {
  it('starts generation 1 for a new squad and pushes its first job', async () => {
    const { store, pushed, deps } = setup();
    await new SquadConfigRepo(store).save(buildConfig());
    const status = await requestBackfill(deps, 'growth');
    expect(status).toMatchObject({ squadId: 'growth', phase: 'backfilling', hasData: false, progress: { step: 'fetch', issuesDone: 0, percent: 0 } });
    expect(pushed).toEqual([{ kind: 'sync.backfill', payload: { squadId: 'growth', generation: 1, seq: 0 } }]);
    expect((await readSyncState(store, 'growth')).backfill).toMatchObject({ generation: 1, scopeKey: 'p=IT,MKT;e=;d=;l=1;lb=quick-win', cursor: null });
  });

  it('resumes a running backfill of the same scope instead of restarting it', async () => {
    const { store, pushed, deps } = setup();
    await new SquadConfigRepo(store).save(buildConfig());
    await requestBackfill(deps, 'growth');
    await requestBackfill(deps, 'growth');
    expect(pushed.map((j) => j.payload)).toEqual([
      { squadId: 'growth', generation: 1, seq: 0 },
      { squadId: 'growth', generation: 1, seq: 0 },
    ]);
  });

  it('needs no fetch when only the mapping changed', async () => {
    const { store, pushed, deps } = setup();
    const config = buildConfig();
    await new SquadConfigRepo(store).save(config);
    await writeManifest(store, 'growth', { v: 1, generation: 1, segments: 1, issueCount: 3, scopeKey: scopeKeyOf(fetchScopeOf(config)), publishedAtMs: 1 });
    await new SquadConfigRepo(store).save(buildConfig({ backwardPolicy: 'reset' }));
    const status = await requestBackfill(deps, 'growth');
    expect(status).toMatchObject({ phase: 'ready', hasData: true, issueCount: 3, progress: null });
    expect(pushed).toEqual([]);
  });

  it('starts a new generation when the projects change, keeping the published data readable', async () => {
    const { store, pushed, deps } = setup();
    await new SquadConfigRepo(store).save(buildConfig());
    await writeManifest(store, 'growth', { v: 1, generation: 1, segments: 1, issueCount: 3, scopeKey: 'p=IT,MKT;e=;d=', publishedAtMs: 1 });
    await new SquadConfigRepo(store).save(buildConfig({ projects: ['MKT'], statusMap: { MKT: {} }, discipline: { by: 'project', values: { MKT: 'Marketing' } } }));
    const status = await requestBackfill(deps, 'growth');
    expect(status).toMatchObject({ phase: 'backfilling', hasData: true });
    expect(pushed.map((j) => j.payload)).toEqual([{ squadId: 'growth', generation: 2, seq: 0 }]);
  });

  it('refuses an unknown squad', async () => {
    const { deps } = setup();
    await expect(requestBackfill(deps, 'ghost')).rejects.toThrow('Squad "ghost" does not exist');
  });
});
