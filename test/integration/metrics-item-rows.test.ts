import { DEMO_USERS } from '../../local/jira-emulator';
import type { ItemTimelineDto } from '../../src/contract/metrics';
import type { MetricsAnswerDto } from '../../src/contract/metrics-query';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { requestBackfill } from '../../src/sync/request-backfill';
import { finishedInWindow } from '../../static/src/pages/metrics/charts/lead-time-scatter';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';

const user = (handle: string): string => (DEMO_USERS.find((u) => u.handle === handle) ?? never()).accountId;

/**
 * `metrics.get`'s `rows` option (issue 8's lean answers, issue 10's panel): `rows: 'finished'`
 * selects the rows the lead-time scatterplot draws — exactly the full rows the panel would filter
 * itself — paged like every row; bad values are BAD_REQUEST naming `rows`; a viewer never gets the
 * row of an issue they may not see.
 */
describe('metrics.get item rows: all, or only the finished ones the scatterplot draws', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 600 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  // One "now" for every answer, so ages in rows compare equal across questions.
  const nowMs = Date.now();
  const ask = async (handle: string, payload: Record<string, unknown>) =>
    invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id, ...payload }, { accountId: user(handle) }, { ...env.deps, clock: { ...env.deps.clock, nowMs: () => nowMs } });
  const answerOf = async (handle: string, payload: Record<string, unknown>): Promise<MetricsAnswerDto> => {
    const res = await ask(handle, payload);
    if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
    return res.data as MetricsAnswerDto;
  };
  const VIEW = { window: { lastDays: 365 }, to: 'Pilot' };

  it.each([
    ['an unknown row set', { rows: 'done', sections: ['items'] }],
    ['rows without the items section', { rows: 'finished', sections: ['leadTime'] }],
    ['rows with item rows switched off', { rows: 'finished', includeItems: false }],
    ['a row set that is not a string', { rows: ['finished'] }],
  ])('refuses %s as BAD_REQUEST naming rows', async (_name, payload) => {
    const res = await ask('carol', payload);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('BAD_REQUEST');
    expect((res.error.details?.fields ?? []).map((f) => f.path)).toContain('rows');
  });

  it('gives exactly the full rows the scatterplot keeps, in the same order, and pages them', async () => {
    const full = await answerOf('carol', { ...VIEW });
    const m = full.metrics ?? never();
    const whole = { ...m, items: m.items ?? never() } as Parameters<typeof finishedInWindow>[0];
    const expected = finishedInWindow(whole).map((f) => f.item);
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(whole.items.length);

    const finished = await answerOf('carol', { ...VIEW, sections: ['items'], rows: 'finished' });
    expect(Object.keys(finished.metrics ?? {}).sort()).toEqual(['asOf', 'choices', 'counts', 'items', 'squad', 'window']);
    expect(finished.metrics?.items).toEqual(expected);
    expect(finished.metrics?.items?.length).toBe(m.leadTime?.count);

    const page = await answerOf('carol', { ...VIEW, sections: ['items'], rows: 'finished', page: { offset: 5, limit: 7 } });
    expect(page.data.rowsTotal?.items).toBe(expected.length);
    expect(page.metrics?.items).toEqual(expected.slice(5, 12));
    // `all` is the default: the same rows as asking without the option.
    const all = await answerOf('carol', { ...VIEW, sections: ['items'], rows: 'all', page: { offset: 0, limit: 5000 } });
    expect(all.data.rowsTotal?.items).toBe(m.counts.issues);
    expect(all.metrics?.items).toEqual(whole.items);
  });

  it('gives mark (no IT browse) and lena (MKT reporters only) no row of an issue they may not see', async () => {
    const issues = env.emulator.state.listIssues();
    const lenaId = user('lena');
    const lenaOwn = new Set(issues.filter((r) => r.projectKey === 'MKT' && r.reporterAccountId === lenaId).map((r) => r.key));
    expect(lenaOwn.size).toBeGreaterThan(0);
    const rowsOf = async (handle: string, rows: 'all' | 'finished'): Promise<ItemTimelineDto[]> =>
      (await answerOf(handle, { ...VIEW, sections: ['items'], rows, page: { offset: 0, limit: 5000 } })).metrics?.items ?? never();

    for (const rows of ['all', 'finished'] as const) {
      const mark = await rowsOf('mark', rows);
      expect(mark.length).toBeGreaterThan(0);
      expect(mark.filter((r) => r.projectKey !== 'MKT' || !r.key.startsWith('MKT-'))).toEqual([]);
      const lena = await rowsOf('lena', rows);
      expect(lena.filter((r) => !lenaOwn.has(r.key))).toEqual([]);
    }
    const lenaAll = await rowsOf('lena', 'all');
    expect(new Set(lenaAll.map((r) => r.key))).toEqual(lenaOwn);
    // Carol, who sees everything, gets rows of both projects: the filtering above is the viewer's.
    expect(new Set((await rowsOf('carol', 'finished')).map((r) => r.projectKey))).toEqual(new Set(['MKT', 'IT']));
  });

  it('says where the history behind the figures starts without any row', async () => {
    const lean = await answerOf('carol', { ...VIEW, sections: ['leadTime'] });
    const rows = (await answerOf('carol', { ...VIEW, sections: ['items'], page: { offset: 0, limit: 5000 } })).metrics?.items ?? never();
    const earliest = rows.flatMap((r) => Object.values(r.stages)).filter((at): at is string => at !== null).sort()[0];
    expect(lean.metrics?.window.firstEntry).toBe(earliest);
  });
});
