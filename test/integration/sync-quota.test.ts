import { readQuotaPause } from '../../src/sync/quota-pause';
import { handleJob } from '../../src/sync/handle-job';
import { issueJob } from '../../src/sync/jobs';
import { requestBackfill } from '../../src/sync/request-backfill';
import { DEMO_SQUAD, expectedById, startSyncEnv, storedById, type SyncEnv } from './sync-env';

describe('Jira quota exhausted', () => {
  let env: SyncEnv;
  afterEach(async () => env.close());

  it('pauses all background work of the installation until the reset, then finishes', async () => {
    env = await startSyncEnv({ issueCount: 1500, limits: { maxBatchesPerJob: 1 } });
    env.emulator.state.setFaults([{ endpoint: 'search', status: 429, rateLimitReason: 'jira-quota-tenant-based', retryAfterSeconds: 2, count: 1, skip: 3 }]);
    const start = Date.now();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    let pausedUntil: number | null = null;
    while (pausedUntil === null && Date.now() - start < 10_000) {
      pausedUntil = await readQuotaPause(env.store, Date.now());
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(pausedUntil).not.toBeNull();
    // Any other background job waits for the reset without touching Jira.
    env.resetRequests();
    const outcome = await handleJob(env.deps, issueJob({ issueId: '10001', eventType: 'updated' }));
    expect(outcome).toMatchObject({ status: 'retry', reason: 'jira-quota' });
    expect(env.requests()).toEqual({});

    await env.queue.idle();
    expect(Date.now()).toBeGreaterThanOrEqual(pausedUntil ?? 0);
    // The quota 429 was not retried by the client: exactly one fault, and the data is complete.
    expect(env.emulator.state.stats().faultsInjected).toBe(1);
    expect((await storedById(env)).size).toBe(expectedById(env).size);
  }, 30_000);
});
