import { toForgeLinkEvent } from '../../local/harness/issue-events';
import type { LinkEvent } from '../../local/jira-emulator';
import { computeSquadMetrics } from '../../src/domain/squad-metrics';
import { handleIssueEvent } from '../../src/sync/handle-job';
import { requestBackfill } from '../../src/sync/request-backfill';
import { DEMO_SQUAD, never, startSyncEnv, storedById, type SyncEnv } from './sync-env';

/** Links of an issue as the emulator holds them, in the stored shape (other issue's ID and type name). */
function expectedLinks(env: SyncEnv, id: string): { issueId: string; type: string }[] {
  const names: Record<string, string> = { '10000': 'Blocks', '10003': 'Relates' };
  return env.emulator.state
    .linksOf(id)
    .map((l) => ({ issueId: l.inwardIssueId === id ? l.outwardIssueId : l.inwardIssueId, type: names[l.typeId] ?? never() }))
    .sort((a, b) => a.issueId.localeCompare(b.issueId));
}

const sorted = (links: readonly { issueId: string; type: string }[] | undefined) => [...(links ?? [])].sort((a, b) => a.issueId.localeCompare(b.issueId));

describe('sync keeps issue links and parents (hand-offs)', () => {
  let env: SyncEnv;
  const linkEvents: LinkEvent[] = [];
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 600 });
    env.emulator.onLinkEvent((e) => linkEvents.push(e));
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  it('stores every demo link and parent after a backfill, and the demo squad has hand-offs both ways', async () => {
    const stored = await storedById(env);
    const issues = env.emulator.state.listIssues();
    let linked = 0;
    for (const r of issues) {
      const s = stored.get(r.id) ?? never();
      const want = expectedLinks(env, r.id);
      if (want.length > 0) linked++;
      expect(sorted(s.links)).toEqual(want);
      expect(s.parentId ?? null).toBe(r.parentId);
    }
    expect(linked).toBeGreaterThan(20);
    const dto = computeSquadMetrics(DEMO_SQUAD, [...stored.values()], { nowMs: env.emulator.state.now(), includeItems: false });
    const [mktIt, itMkt] = dto.handoffs.directions;
    expect([mktIt?.from, mktIt?.to]).toEqual(['Marketing', 'IT']);
    expect(mktIt?.wait.count).toBeGreaterThan(10);
    // Realistic: IT starts days to weeks after marketing's Prototype.
    expect(mktIt?.wait.p50).toBeGreaterThan(2);
    expect(mktIt?.wait.p50).toBeLessThan(21);
    expect(mktIt?.openCount).toBeGreaterThan(0);
    expect(itMkt?.wait.count).toBeGreaterThan(0);
  });

  it('follows link events: both issues re-read (two requests each), the stored links match Jira', async () => {
    const stored = await storedById(env);
    const mkt = [...stored.values()].find((h) => h.projectKey === 'MKT' && (h.links ?? []).length === 0) ?? never();
    const it = [...stored.values()].find((h) => h.projectKey === 'IT' && (h.links ?? []).length === 0) ?? never();
    linkEvents.length = 0;
    const link = env.emulator.state.linkIssues('Blocks', it.id, mkt.id);
    expect(linkEvents.map((e) => e.type)).toEqual(['created']);
    env.resetRequests();
    await handleIssueEvent(env.deps, toForgeLinkEvent(linkEvents[0] ?? never()));
    expect(env.requests()).toEqual({ issue: 2, bulkfetch: 2 });
    let after = await storedById(env);
    expect(after.get(mkt.id)?.links).toEqual([{ issueId: it.id, type: 'Blocks' }]);
    expect(after.get(it.id)?.links).toEqual([{ issueId: mkt.id, type: 'Blocks' }]);

    env.emulator.state.unlinkIssues(link.id);
    await handleIssueEvent(env.deps, toForgeLinkEvent(linkEvents[1] ?? never()));
    after = await storedById(env);
    expect(after.get(mkt.id)?.links).toBeUndefined();
    expect(after.get(it.id)?.links).toBeUndefined();
  });

  it('ignores a link event of an unexpected shape', async () => {
    env.resetRequests();
    await expect(handleIssueEvent(env.deps, { eventType: 'avi:jira:created:issuelink', sourceIssueId: 'x' })).resolves.toEqual({ status: 'done' });
    expect(env.requests()).toEqual({});
  });
});
