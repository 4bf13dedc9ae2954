import { DEMO_USERS } from '../../local/jira-emulator';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { requestBackfill } from '../../src/sync';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';

const carol = (DEMO_USERS.find((u) => u.handle === 'carol') ?? never()).accountId;

/**
 * Hostile metrics.get inputs (issues 8.6 and 12.1): each is a BAD_REQUEST naming its field, never
 * INTERNAL, never rolled over, and none keeps the process busy (a far forecast date once held the
 * event loop for minutes: the suite's timeout would catch that).
 */
describe('metrics.get refuses bad input by field', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 300 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  const ask = (payload: Record<string, unknown>) => invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id, includeItems: false, ...payload }, { accountId: carol }, env.deps);

  it.each([
    ['forecast.targetDate far ahead (9999-12-31)', { forecast: { targetDate: '9999-12-31' } }, 'forecast.targetDate'],
    ['forecast.targetDate in 2300', { forecast: { targetDate: '2300-01-01' } }, 'forecast.targetDate'],
    ['forecast.targetDate more than 5 years ahead', { forecast: { targetDate: '2150-06-30' } }, 'forecast.targetDate'],
    ['forecast.items above 100,000', { forecast: { items: 100_001 } }, 'forecast.items'],
    ['an impossible date (2024-02-31)', { window: { from: '2024-02-31' } }, 'window.from'],
    ['a window ending before it starts', { window: { from: '2025-06-01', to: '2025-05-01' } }, 'window.to'],
    ['a window from 1900', { window: { from: '1900-01-01', to: '1900-12-31' } }, 'window.from'],
    ['a window longer than 10 years', { window: { from: '2001-01-01', to: '2025-01-01' } }, 'window.to'],
    ['an open window starting more than 10 years ago', { window: { from: '1990-01-01' } }, 'window.from'],
    ['a window entirely in the future', { window: { from: '2190-01-01', to: '2190-02-01' } }, 'window'],
  ])('%s', async (_name, payload, field) => {
    const res = await ask(payload);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('BAD_REQUEST');
    expect((res.error.details?.fields ?? []).map((f) => f.path)).toContain(field);
  });

  it('answers only the sections asked for, and pages item rows; the headline tile stays under 20 KB', async () => {
    const headline = await ask({ sections: ['leadTime'] });
    if (!headline.ok) throw new Error(headline.error.message);
    expect(Object.keys((headline.data as { metrics: object }).metrics).sort()).toEqual(['asOf', 'choices', 'counts', 'leadTime', 'squad', 'window']);
    expect(Buffer.byteLength(JSON.stringify(headline))).toBeLessThan(20 * 1024);
    const paged = await invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id, sections: ['items', 'aging'], page: { offset: 10, limit: 5 } }, { accountId: carol }, env.deps);
    if (!paged.ok) throw new Error(paged.error.message);
    const body = paged.data as { metrics: { items: unknown[]; aging: unknown[] }; data: { rowsTotal: { items: number; aging: number } } };
    expect(body.metrics.items).toHaveLength(5);
    expect(body.data.rowsTotal.items).toBeGreaterThan(15);
    // Aging rows (one per item in progress) come whole: the aging chart and WIP tiles need them all.
    expect(body.data.rowsTotal.aging).toBeGreaterThan(15);
    expect(body.metrics.aging).toHaveLength(body.data.rowsTotal.aging);
    expect((await ask({ sections: ['nope'] })).ok).toBe(false);
  });

  it('still answers a forecast within the horizon', async () => {
    const res = await ask({ forecast: { targetDate: `${new Date().getUTCFullYear() + 1}-01-15`, items: 20 } });
    expect(res).toMatchObject({ ok: true });
  });
});
