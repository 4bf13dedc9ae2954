import { keys } from '../../src/store/keys';
import { requestBackfill } from '../../src/sync/request-backfill';
import { readSyncState } from '../../src/sync/sync-state';
import { DEMO_SQUAD, expectedById, never, startSyncEnv, storedById, storedTimeline, type SyncEnv } from './sync-env';

async function expectAllStoredCorrectly(env: SyncEnv): Promise<number> {
  const stored = await storedById(env);
  const expected = expectedById(env);
  expect(stored.size).toBe(expected.size);
  let wrong = 0;
  for (const [id, want] of expected) {
    const got = stored.get(id);
    if (got === undefined || JSON.stringify(storedTimeline(got)) !== JSON.stringify(want)) wrong++;
  }
  expect(wrong).toBe(0);
  return expected.size;
}

describe('sync under faults', () => {
  let env: SyncEnv;
  afterEach(async () => env.close());

  it('finishes a 20,000-issue sync with 10% of requests failing (429/500) and every issue correct', async () => {
    env = await startSyncEnv({ issueCount: 20_000, timeScale: 0.005 });
    env.emulator.state.setFaults([
      { status: 429, rate: 0.05, retryAfterSeconds: 2 },
      { status: 500, rate: 0.05 },
    ]);
    env.resetRequests();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const stats = env.emulator.state.stats();
    env.emulator.state.resetFaults();
    const n = await expectAllStoredCorrectly(env);
    expect(stats.faultsInjected).toBeGreaterThan(0.08 * (stats.total - stats.faultsInjected));
    // Every failed request was retried, so the successful ones stay within the budget.
    const ok = stats.total - stats.faultsInjected;
    expect(ok).toBeLessThanOrEqual(Math.ceil(n / 100) + Math.ceil(n / 1000) + 3);
  }, 120_000);

  it('loses nothing when the worker is killed midway and the sync restarted', async () => {
    env = await startSyncEnv({ issueCount: 3000, limits: { maxBatchesPerJob: 1, leaseTtlSeconds: 1 } });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    // Let a couple of batches land, then kill the worker, leaving its lease behind as a crash would.
    for (;;) {
      const b = (await readSyncState(env.store, DEMO_SQUAD.id)).backfill;
      if (b !== null && b.batches >= 2) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    env.restartQueue();
    await env.store.set(keys.syncLease(DEMO_SQUAD.id), 'dead-worker', { ttlSeconds: 1 });
    const before = (await readSyncState(env.store, DEMO_SQUAD.id)).backfill ?? never();
    expect(before.step).toBe('fetch');

    // What the app does on restart (the harness on start, or the hourly reconcile): resume.
    const status = await requestBackfill(env.deps, DEMO_SQUAD.id);
    expect(status.phase).toBe('backfilling');
    await env.queue.idle();
    await expectAllStoredCorrectly(env);
    const state = await readSyncState(env.store, DEMO_SQUAD.id);
    expect(state.backfill).toBeNull();
    // Resumed, not restarted: the same generation was published.
    expect(state.generation).toBe(before.generation);
  }, 60_000);
});
