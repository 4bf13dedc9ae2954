import { toForgeIssueEvent } from '../../local/harness/issue-events';
import { DEMO_USERS, type IssueEvent } from '../../local/jira-emulator';
import type { MetricsAnswerDto, MetricsQuery } from '../../src/contract/metrics-query';
import type { PortfolioAnswerDto, PortfolioRowDto } from '../../src/contract/portfolio';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { keys } from '../../src/store/keys';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { handleIssueEvent } from '../../src/sync/handle-job';
import { requestBackfill } from '../../src/sync/request-backfill';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';
import { countingStore } from './counting-store';

const user = (handle: string): string => (DEMO_USERS.find((u) => u.handle === handle) ?? never()).accountId;
const keysIn = (answer: unknown): Set<string> => new Set(JSON.stringify(answer).match(/\b(?:MKT|IT)-\d+\b/g) ?? []);


describe('the answer cache of metrics.get', () => {
  let env: SyncEnv;
  let store: ReturnType<typeof countingStore>;
  let nowMs = 0;
  const events: IssueEvent[] = [];
    const query: MetricsQuery = { squadId: DEMO_SQUAD.id, includeItems: true, sections: ['items', 'leadTime', 'breakdowns'], page: { offset: 0, limit: 200 } };

  /** metrics.get as `handle`; `read` says whether stored segments were read (a computed answer) or not (a cached one). */
  async function ask(handle: string, q: MetricsQuery = query): Promise<{ answer: MetricsAnswerDto; read: boolean }> {
    store.segmentReads = 0;
    // A frozen clock: answers are cached per quarter hour, and a test must not straddle one.
    const result = await invokeResolver(allResolvers(), 'metrics.get', q, { accountId: user(handle) }, { ...env.deps, store, clock: { nowMs: () => nowMs } });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return { answer: result.data as MetricsAnswerDto, read: store.segmentReads > 0 };
  }

  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 1500 });
    store = countingStore(env.store);
    env.emulator.onIssueEvent((e) => events.push(e));
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    nowMs = Date.now();
  }, 60_000);
  afterAll(async () => env.close());

  const issues = () => env.emulator.state.listIssues();
  const ownOf = (handle: string) => issues().filter((r) => r.projectKey === 'MKT' && r.reporterAccountId === user(handle));

  it('serves a repeated question from the cache, the same answer, with the same one permission check', async () => {
    const first = await ask('carol');
    expect(first.read).toBe(true);
    env.resetRequests();
    const again = await ask('carol');
    expect(again.read).toBe(false);
    expect(again.answer).toEqual(first.answer);
    // The cache saves the computation, never the viewer's checks.
    expect(env.requests()['permissions-check']).toBe(1);
    expect(first.answer.metrics?.counts.issues).toBe(issues().length);
  });

  it("never gives a filtered viewer (lena) a whole-squad viewer's answer, nor the other way round", async () => {
    const own = ownOf('lena');
    const ownKeys = new Set(own.map((r) => r.key));
    expect(own.length).toBeGreaterThan(0);
    const checkLena = (answer: MetricsAnswerDto): void => {
      expect(answer.metrics?.counts.issues).toBe(own.length);
      expect(answer.data.rowsTotal?.items).toBe(own.length);
      expect(answer.metrics?.items?.length).toBe(Math.min(own.length, 200));
      expect(answer.data.projects).toEqual(['MKT']);
      expect([...keysIn(answer.metrics)].filter((k) => !ownKeys.has(k))).toEqual([]);
    };
    const carol = (await ask('carol')).answer;
    const lena1 = await ask('lena');
    expect(lena1.read).toBe(true);
    checkLena(lena1.answer);
    const lena2 = await ask('lena');
    expect(lena2.read).toBe(false);
    checkLena(lena2.answer);
    // Carol's cached answer is still hers, whole.
    const carol2 = await ask('carol');
    expect(carol2.read).toBe(false);
    expect(carol2.answer).toEqual(carol);
    // Mark browses MKT wholly: neither lena's answer nor carol's.
    const mark = await ask('mark');
    expect(mark.read).toBe(true);
    expect(mark.answer.metrics?.counts.issues).toBe(issues().filter((r) => r.projectKey === 'MKT').length);
    expect(mark.answer.data.projects).toEqual(['MKT']);
  });

  it('keys the cache on the question: another section set or filter is computed, the same set in another order is not', async () => {
    await ask('carol', { squadId: DEMO_SQUAD.id, sections: ['wip', 'leadTime'] });
    expect((await ask('carol', { squadId: DEMO_SQUAD.id, sections: ['leadTime', 'wip'] })).read).toBe(false);
    expect((await ask('carol', { squadId: DEMO_SQUAD.id, sections: ['leadTime', 'wip'], filter: { quickWinsOnly: true } })).read).toBe(true);
  });

  it('stores no account ID and at most a bounded number of answers', async () => {
    const listed = (await env.store.list(keys.answer(DEMO_SQUAD.id, ''), { limit: 1000 })).keys;
    expect(listed.length).toBeGreaterThan(0);
    const index = (await env.store.get(keys.answerIndex(DEMO_SQUAD.id))) as { entries: unknown[] } | undefined;
    expect(index?.entries.length).toBeLessThanOrEqual(32);
    for (const key of listed) {
      const text = JSON.stringify(await env.store.get(key));
      for (const u of DEMO_USERS) expect(text).not.toContain(u.accountId);
    }
  });

  it("caches a filtered viewer's portfolio row apart from a whole-squad viewer's summary row", async () => {
    const gadget = async (handle: string): Promise<{ rows: PortfolioRowDto[]; read: boolean }> => {
      store.segmentReads = 0;
      const result = await invokeResolver(allResolvers(), 'portfolio.get', {}, { accountId: user(handle), moduleKey: 'squadflow-gadget' }, { ...env.deps, store, clock: { nowMs: () => nowMs } });
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return { rows: (result.data as PortfolioAnswerDto).rows, read: store.segmentReads > 0 };
    };
    const lena1 = await gadget('lena');
    expect(lena1.read).toBe(true);
    expect(lena1.rows).toMatchObject([{ status: 'ready', source: 'computed' }]);
    const lena2 = await gadget('lena');
    expect(lena2.read).toBe(false);
    expect(lena2.rows).toEqual(lena1.rows);
    const carol = await gadget('carol');
    expect(carol.rows).toMatchObject([{ status: 'ready', source: 'summary' }]);
    const figures = (r: PortfolioRowDto | undefined): unknown => (r !== undefined && r.status === 'ready' ? r.figures : null);
    expect(figures(carol.rows[0])).not.toEqual(figures(lena1.rows[0]));
  });

  it('computes afresh after an incremental change (a new data stamp), for every viewer', async () => {
    const before = (await ask('carol')).answer;
    const lenaBefore = (await ask('lena')).answer;
    const victim = issues().find((r) => r.projectKey === 'IT') ?? never();
    events.length = 0;
    env.emulator.state.deleteIssue(victim.id);
    for (const e of events) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
    const after = await ask('carol');
    expect(after.read).toBe(true);
    expect(after.answer.metrics?.counts.issues).toBe((before.metrics?.counts.issues ?? 0) - 1);
    expect(keysIn(after.answer.metrics).has(victim.key)).toBe(false);
    const lena = await ask('lena');
    expect(lena.read).toBe(true);
    expect(lena.answer.metrics?.counts).toEqual(lenaBefore.metrics?.counts);
  });

  it('caches a whole speed-page answer larger than one storage value, in parts', async () => {
    const whole = await ask('carol', { squadId: DEMO_SQUAD.id, includeItems: true });
    expect(whole.answer.metrics?.items?.length).toBe(issues().length);
    const again = await ask('carol', { squadId: DEMO_SQUAD.id, includeItems: true });
    expect(again.read).toBe(false);
    expect(again.answer).toEqual(whole.answer);
  });

  it('computes afresh after the squad config is saved', async () => {
    expect((await ask('carol')).read).toBe(false);
    const repo = new SquadConfigRepo(env.store);
    const record = (await repo.getRecord(DEMO_SQUAD.id)) ?? never();
    await repo.save({ ...record.config, name: `${record.config.name} (renamed)` }, { nowMs: Date.now(), expectedRevision: record.revision });
    const after = await ask('carol');
    expect(after.read).toBe(true);
    expect(after.answer.metrics?.squad.name).toBe(`${record.config.name} (renamed)`);
  });
});
