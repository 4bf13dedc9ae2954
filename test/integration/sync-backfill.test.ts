import { getSyncStatus, requestBackfill } from '../../src/sync/request-backfill';
import { readSyncState } from '../../src/sync/sync-state';
import { DEMO_SQUAD, expectedById, never, startSyncEnv, storedById, storedTimeline, type SyncEnv } from './sync-env';

describe('full sync against the emulator', () => {
  let env: SyncEnv;
  afterEach(async () => env.close());

  it('stores every issue with its exact status history within ceil(N/100) searches + ceil(N/1000) bulkfetches + a constant', async () => {
    env = await startSyncEnv({ issueCount: 2500, limits: { maxBatchesPerJob: 1 } });
    const n = expectedById(env).size;
    env.resetRequests();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();

    const stored = await storedById(env);
    const expected = expectedById(env);
    expect(stored.size).toBe(expected.size);
    for (const [id, want] of expected) expect(stored.has(id) ? storedTimeline(stored.get(id) ?? never()) : id).toEqual(want);

    const req = env.requests();
    expect(req['search'] ?? 0).toBeLessThanOrEqual(Math.ceil(n / 100) + 2);
    expect(req['bulkfetch'] ?? 0).toBeLessThanOrEqual(Math.ceil(n / 1000) + 1);
    expect(req['changelog'] ?? 0).toBe(0);
    const status = await getSyncStatus(env.store, DEMO_SQUAD.id);
    expect(status).toMatchObject({ phase: 'ready', hasData: true, issueCount: n, progress: null, error: null });
    const state = await readSyncState(env.store, DEMO_SQUAD.id);
    expect(state.lastFullSyncRequests?.search).toBe(Math.ceil(n / 100) + 1);
  }, 60_000);
});
