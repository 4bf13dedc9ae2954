import { defaultSquadConfig } from '../domain/config/default-squad-config';
import type { JiraHttp, JiraResponse } from '../ports/jira-http';
import { MemoryStore } from '../store/memory-store';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { allResolvers, invokeResolver } from './registry';
import { testResolverDeps } from './testing/test-deps';
import { answerPermissions } from '../jira/testing/fake-permissions';

/**
 * What `metrics.get`, `sync.status` and `squads.delete` tell a user who may not read a squad (as
 * much as about a missing one), and how a rate-limited Jira reaches the page (RATE_LIMITED with the
 * wait, not an unexplained INTERNAL). `out` browses nothing; `pat` browses MKT.
 */
const BROWSES: Record<string, string[]> = { out: [], pat: ['MKT'] };
const MISSING = { code: 'NOT_FOUND', message: 'Squad "mkt" does not exist or you cannot browse any of its projects' };

function fakeJira(user: string, rateLimited: boolean): JiraHttp {
  const grants = Object.fromEntries(Object.entries(BROWSES).map(([u, ps]) => [u, Object.fromEntries(ps.map((p) => [p, ['BROWSE_PROJECTS']]))]));
  return {
    request: async (req): Promise<JiraResponse> => {
      if (rateLimited) return { status: 429, headers: { 'retry-after': '60' }, text: '' };
      return answerPermissions(req, user, grants, ['MKT']) ?? { status: 404, headers: {}, text: '' };
    },
  };
}

async function setup(options: { rateLimited?: boolean } = {}): Promise<{ call: (user: string, key: string, payload: unknown) => Promise<unknown>; store: MemoryStore }> {
  const store = new MemoryStore();
  await new SquadConfigRepo(store).save(defaultSquadConfig({ id: 'mkt', name: 'MKT', projects: [{ key: 'MKT' }] }), { nowMs: 1 });
  const deps = testResolverDeps({ store, jiraAs: (user) => fakeJira(user, options.rateLimited === true && user !== 'app') });
  return { store, call: (user, key, payload) => invokeResolver(allResolvers(), key, payload, { accountId: user }, deps) };
}

describe('squad data for a user who may not read the squad', () => {
  it('metrics.get answers NOT_FOUND even for a bad stage, so the squad’s stage names do not leak', async () => {
    const { call } = await setup();
    expect(await call('out', 'metrics.get', { squadId: 'mkt', from: 'Nope' })).toEqual({ ok: false, error: MISSING });
    expect(await call('pat', 'metrics.get', { squadId: 'mkt', from: 'Nope' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'Unknown stage "Nope"; the squad\'s stages are Idea, Prototype, Pilot, Live' },
    });
  });

  it('sync.status answers NOT_FOUND as for a missing squad', async () => {
    const { call } = await setup();
    expect(await call('out', 'sync.status', { squadId: 'mkt' })).toEqual({ ok: false, error: MISSING });
    expect(await call('pat', 'sync.status', { squadId: 'mkt' })).toMatchObject({ ok: true, data: { squadId: 'mkt', phase: 'never' } });
  });

  it('squads.delete answers NOT_FOUND, not FORBIDDEN naming the projects, and keeps the squad', async () => {
    const { call, store } = await setup();
    expect(await call('out', 'squads.delete', { squadId: 'mkt' })).toMatchObject({ ok: false, error: MISSING });
    expect(await call('pat', 'squads.delete', { squadId: 'mkt' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await new SquadConfigRepo(store).get('mkt')).toBeDefined();
  });
});

describe('a call from a module about a squad outside it (DESIGN §3a)', () => {
  it('answers NOT_FOUND from a project page or issue panel of another project, as for a missing squad', async () => {
    const { store } = await setup();
    const deps = testResolverDeps({ store, jiraAs: (user) => fakeJira(user, false) });
    for (const key of ['metrics.get', 'sync.status', 'squads.get', 'squads.export']) {
      for (const place of [{ projectKey: 'IT' }, { issueKey: 'IT-3' }]) {
        expect(await invokeResolver(allResolvers(), key, { squadId: 'mkt' }, { accountId: 'pat', ...place }, deps)).toEqual({ ok: false, error: MISSING });
      }
      // From its own project the squad is there (metrics.get then reads live, which this fake Jira refuses).
      expect(await invokeResolver(allResolvers(), key, { squadId: 'mkt' }, { accountId: 'pat', projectKey: 'MKT' }, deps)).not.toEqual({ ok: false, error: MISSING });
    }
    const list = await invokeResolver(allResolvers(), 'squads.list', {}, { accountId: 'pat', projectKey: 'IT' }, deps);
    expect(list).toMatchObject({ ok: true, data: { squads: [] } });
  });
});

describe('a rate-limited Jira', () => {
  it('reaches metrics.get and sync.status callers as RATE_LIMITED with the wait', async () => {
    const { call } = await setup({ rateLimited: true });
    for (const key of ['metrics.get', 'sync.status']) {
      const res = (await call('pat', key, { squadId: 'mkt' })) as { ok: false; error: { code: string; message: string; details: { retryAfterMs: number } } };
      expect(res.error.code).toBe('RATE_LIMITED');
      // Retry-After: 60 plus the client's jitter (under a second).
      expect(res.error.details.retryAfterMs).toBeGreaterThanOrEqual(60_000);
      expect(res.error.details.retryAfterMs).toBeLessThan(61_000);
      expect(res.error.message).toMatch(/^Jira is rate limiting requests; try again in 6[01] s$/);
    }
  });
});
