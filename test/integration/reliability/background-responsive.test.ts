import type { Harness } from '../../../local/harness/start-harness';
import type { SyncStatusDto } from '../../../src/contract/sync';
import { demoConfig, invokeAs, startSquadHarness } from '../squads-env';

jest.setTimeout(180_000);

/**
 * Issue 12.12: the harness's background jobs must not starve page requests while a backfill builds
 * and publishes (a 50,000-issue publish once reset connections). Pages are asked for throughout a
 * backfill; every one is answered. How long they wait is measured in bench/publish-responsiveness.ts.
 */
describe('fault: page requests during a big backfill and publish', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startSquadHarness({ demoIssues: 3000 });
  });
  afterAll(() => harness.close());

  it('answers every page invoke (app.info, sync.status, squads.list) while the backfill runs', async () => {
    expect((await invokeAs(harness, 'alice', 'squads.save', { config: demoConfig('big', 'Big squad'), expectedRevision: null })).status).toBe(200);
    let done = false;
    const idle = harness.idle().then(() => {
      done = true;
    });
    const statuses: number[] = [];
    const phases = new Set<string>();
    while (!done) {
      const [info, status, list] = await Promise.all([
        invokeAs(harness, 'mia', 'app.info', {}),
        invokeAs<SyncStatusDto>(harness, 'carol', 'sync.status', { squadId: 'big' }),
        invokeAs(harness, 'mark', 'squads.list', {}),
      ]);
      statuses.push(info.status, status.status, list.status);
      phases.add(status.data.phase);
    }
    await idle;
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // Pages were answered while the backfill was still running, not only after it.
    expect(phases.has('backfilling')).toBe(true);
  });
});
