import { DEMO_USERS } from '../../local/jira-emulator';
import type { MetricsAnswerDto } from '../../src/contract/metrics-query';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { requestBackfill } from '../../src/sync/request-backfill';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';

const user = (handle: string): string => (DEMO_USERS.find((u) => u.handle === handle) ?? never()).accountId;

async function metricsAs(env: SyncEnv, handle: string): Promise<MetricsAnswerDto> {
  const result = await invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id }, { accountId: user(handle) }, env.deps);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as MetricsAnswerDto;
}

/** Every issue key anywhere in an answer. */
const keysIn = (answer: unknown): Set<string> => new Set(JSON.stringify(answer).match(/\b(?:MKT|IT)-\d+\b/g) ?? []);

describe('permission-correct metrics from app-gathered data', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 1500 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  const issues = () => env.emulator.state.listIssues();
  const restricted = () => issues().filter((r) => r.securityLevelId !== null);

  it('shows a user who cannot browse IT none of its issues, and neither names nor counts IT', async () => {
    env.resetRequests();
    const answer = await metricsAs(env, 'mark');
    // One bulk permission check; one count as mark for the project he browses; project IDs looked up once as the app.
    expect(env.requests()).toEqual({ 'permissions-check': 1, 'approximate-count': 1, 'project-search': 1 });
    expect(answer.data).toMatchObject({ source: 'store', projects: ['MKT'] });
    const mkt = issues().filter((r) => r.projectKey === 'MKT').length;
    expect(answer.metrics?.counts.issues).toBe(mkt);
    expect(answer.sync.issueCount).toBe(mkt);
    expect([...keysIn(answer)].filter((k) => k.startsWith('IT-'))).toEqual([]);
    expect(JSON.stringify(answer)).not.toMatch(/restrictedFiltered|hiddenProjects/);
    expect(answer.metrics?.breakdowns?.discipline.map((g) => g.name)).not.toContain('IT');
  });

  it('filters IT issues behind a security level for a user outside it, counting only what she sees', async () => {
    expect(restricted().length).toBeGreaterThan(0);
    env.resetRequests();
    const answer = await metricsAs(env, 'mia');
    // IT's count differs from the stored one, so her own ID search decides.
    expect(env.requests()).toEqual({ 'permissions-check': 1, 'approximate-count': 2, search: 1 });
    expect(answer.data).toMatchObject({ source: 'store', projects: ['MKT', 'IT'] });
    expect(answer.metrics?.counts.issues).toBe(issues().length - restricted().length);
    expect(answer.sync.issueCount).toBe(issues().length - restricted().length);
    expect(JSON.stringify(answer)).not.toMatch(/restrictedFiltered/);
    const seen = keysIn(answer);
    expect(restricted().filter((r) => seen.has(r.key))).toEqual([]);
  });

  it('shows everything to a user in the security level', async () => {
    const answer = await metricsAs(env, 'carol');
    expect(answer.data).toMatchObject({ projects: ['MKT', 'IT'] });
    expect(answer.metrics?.counts.issues).toBe(issues().length);
    expect(answer.sync.issueCount).toBe(issues().length);
  });

  it('shows lena (MKT browse granted to reporters) only the issues she reported, in every answer', async () => {
    const lena = user('lena');
    const own = issues().filter((r) => r.projectKey === 'MKT' && r.reporterAccountId === lena);
    const ownKeys = new Set(own.map((r) => r.key));
    const others = new Set(issues().map((r) => r.key).filter((k) => !ownKeys.has(k)));
    expect(own.length).toBeGreaterThan(0);
    const answer = await invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id, includeItems: true }, { accountId: lena }, env.deps);
    if (!answer.ok) throw new Error(answer.error.message);
    const data = answer.data as MetricsAnswerDto;
    expect(data.metrics?.counts.issues).toBe(own.length);
    expect(data.metrics?.items?.length).toBe(own.length);
    const leaked = Object.entries(data.metrics ?? {}).flatMap(([section, v]) => [...keysIn(v)].filter((k) => others.has(k)).slice(0, 2).map((k) => `${section}:${k}`));
    expect(leaked).toEqual([]);
    expect(data.sync.issueCount).toBe(own.length);
    const status = await invokeResolver(allResolvers(), 'sync.status', { squadId: DEMO_SQUAD.id }, { accountId: lena }, env.deps);
    expect(status).toMatchObject({ ok: true, data: { issueCount: own.length } });
    const list = await invokeResolver(allResolvers(), 'squads.list', {}, { accountId: lena }, env.deps);
    expect(JSON.stringify(list)).not.toMatch(/"IT"/);
    const detail = await invokeResolver(allResolvers(), 'squads.get', { squadId: DEMO_SQUAD.id }, { accountId: lena }, env.deps);
    expect(detail).toMatchObject({ ok: true, data: { config: { projects: ['MKT'] }, canEdit: false } });
    expect(JSON.stringify(detail)).not.toMatch(/"IT"|1010\d/);
  });
});

describe('small-squad fast path before the backfill has finished', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 400 });
  });
  afterAll(async () => env.close());

  it('reads live as the user, says so, and gives the same figures as the store afterwards', async () => {
    env.resetRequests();
    const live = await metricsAs(env, 'mia');
    expect(live.data.source).toBe('live');
    expect(live.sync.phase).toBe('never');
    const restricted = env.emulator.state.listIssues().filter((r) => r.securityLevelId !== null);
    expect([...keysIn(live)].filter((k) => restricted.some((r) => r.key === k))).toEqual([]);
    const visible = env.emulator.state.listIssues().length - restricted.length;
    expect(live.metrics?.counts.issues).toBe(visible);
    expect(env.requests()).toEqual({ 'permissions-check': 1, 'project-search': 1, search: Math.ceil(visible / 100), bulkfetch: 1 });

    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const stored = await metricsAs(env, 'mia');
    expect(stored.data.source).toBe('store');
    expect(stored.metrics?.leadTime).toEqual(live.metrics?.leadTime);
    expect(stored.metrics?.counts).toEqual(live.metrics?.counts);
  }, 30_000);

  it('answers none with progress for a squad too large to read within the time limit', async () => {
    const big = await startSyncEnv({ issueCount: 1500 });
    try {
      const answer = await (async () => {
        const r = await invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id }, { accountId: user('carol') }, big.deps);
        return r.ok ? (r.data as MetricsAnswerDto) : never();
      })();
      expect(answer).toMatchObject({ metrics: null, data: { source: 'none' } });
    } finally {
      await big.close();
    }
  }, 30_000);
});
