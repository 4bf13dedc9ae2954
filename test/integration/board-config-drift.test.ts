import { DEMO_USERS } from '../../local/jira-emulator';
import type { BoardPageDto } from '../../src/contract/board';
import type { SquadConfig } from '../../src/contract/squad-config';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { requestBackfill } from '../../src/sync/request-backfill';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';

jest.setTimeout(90_000);

/**
 * A squad saved when Jira had an issue type (or status) that was renamed or deleted since: Jira's
 * JQL refuses the board's query with a 400, which used to reach the page as a 502. The board shows
 * what still exists and says so in a sentence (an admin can fix it on the admin page). The
 * emulator has no "Campaign idea" type and no status 99999: exactly what Jira says after a rename
 * or a delete.
 */
const alice = (DEMO_USERS.find((u) => u.handle === 'alice') ?? never()).accountId;

describe('board with a squad config that drifted from Jira', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 300 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  });
  afterAll(async () => env.close());

  async function boardWith(change: (c: SquadConfig) => SquadConfig) {
    const repo = new SquadConfigRepo(env.store);
    const record = (await repo.getRecord(DEMO_SQUAD.id)) ?? never();
    await repo.save(change(record.config), { nowMs: env.deps.clock.nowMs(), expectedRevision: record.revision });
    return invokeResolver(allResolvers(), 'board.get', { squadId: DEMO_SQUAD.id }, { accountId: alice, projectKey: 'MKT' }, env.deps);
  }

  it('shows the items of the issue types that still exist and names the one that is gone', async () => {
    const result = await boardWith((c) => ({ ...c, issueTypes: ['Story', 'Campaign idea'] }));
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const page = result.data as BoardPageDto;
    expect(page.cards.length).toBeGreaterThan(0);
    expect(new Set(page.cards.map((c) => c.issueType))).toEqual(new Set(['Story']));
    expect(page.overview?.configNotice).toBe(
      'Jira no longer has the issue type "Campaign idea" this squad was set up with (renamed or deleted), so the board shows only its other issue types. A Jira admin can fix the squad\'s issue types and status mapping on the SquadFlow admin page.',
    );
  });

  it('answers an empty board with the sentence when every issue type is gone, and counts a mapped status that no longer exists', async () => {
    const result = await boardWith((c) => {
      const last = c.stages[c.stages.length - 1]?.name ?? never();
      return { ...c, issueTypes: ['Campaign idea'], statusMap: { ...c.statusMap, MKT: { ...c.statusMap['MKT'], '99999': last } } };
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const page = result.data as BoardPageDto;
    expect(page.cards).toEqual([]);
    expect(page.overview?.configNotice).toBe(
      'Jira no longer has the issue type "Campaign idea" this squad was set up with (renamed or deleted), so the board cannot show any item. 1 mapped status no longer exists in Jira. A Jira admin can fix the squad\'s issue types and status mapping on the SquadFlow admin page.',
    );
  });

  it('says nothing when the config matches Jira', async () => {
    // Nothing drifted: the configured names exist, so a 400 is not explained away.
    const result = await boardWith((c) => ({ ...c, issueTypes: ['Story'], statusMap: Object.fromEntries(Object.entries(c.statusMap).map(([p, m]) => [p, Object.fromEntries(Object.entries(m).filter(([id]) => id !== '99999'))])) }));
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.data as BoardPageDto).overview?.configNotice).toBeNull();
  });
});
