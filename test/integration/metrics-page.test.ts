import type { MetricsPageDto } from '../../src/contract/metrics-page';
import { DEFAULT_PANEL_QUESTION, panelFirstQuestion, panelPageQuestion } from '../../src/contract/metrics-panel-question';
import type { FunctionKey } from '../../src/contract/functions';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { DEMO_SQUAD, demoUser, startPublishedEnv, type SyncEnv } from './sync-env';

const user = (handle: string): string => demoUser(handle).accountId;
const PROJECT_PAGE = { moduleKey: 'squadflow-project', projectKey: 'MKT' };

jest.setTimeout(60_000);

/**
 * `metrics.page`: the speed-metrics page's first view in one call. What it answers must be exactly
 * what the page's separate calls (`squads.list`, `squads.get`, `metrics.get`) would answer, on one
 * permission check as the viewer.
 */
describe('metrics.page: the speed page’s first view in one call', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startPublishedEnv({ issueCount: 300, frozenClock: true });
  }, 60_000);
  afterAll(async () => env.close());

  async function call<T>(key: FunctionKey, payload: unknown, handle: string): Promise<T> {
    const result = await invokeResolver(allResolvers(), key, payload, { accountId: user(handle), ...PROJECT_PAGE }, env.deps);
    if (!result.ok) throw new Error(`${key}: ${result.error.code} ${result.error.message}`);
    return result.data as T;
  }

  it.each(['carol', 'mia', 'mark', 'lena'])('answers %s what squads.list, squads.get and metrics.get would, asking Jira for permissions once', async (handle) => {
    // Once so the project IDs (the same for everyone, looked up as the app) are known.
    await call('metrics.page', panelPageQuestion(DEMO_SQUAD.id), handle);
    env.resetRequests();
    const page = await call<MetricsPageDto>('metrics.page', panelPageQuestion(DEMO_SQUAD.id), handle);
    const requests = env.requests();
    expect(requests['permissions-check']).toBe(1);
    expect(requests['mypermissions']).toBeUndefined();

    const list = await call<{ squads: unknown[] }>('squads.list', {}, handle);
    expect(page.squads).toEqual(list.squads);
    if (page.choice.kind !== 'chosen') throw new Error(`no squad chosen: ${page.choice.kind}`);
    expect(page.choice.squadId).toBe(DEMO_SQUAD.id);
    expect(page.choice.detail).toEqual(await call('squads.get', { squadId: DEMO_SQUAD.id }, handle));
    expect(page.choice.answer).toEqual({ ok: true, data: await call('metrics.get', panelFirstQuestion(DEMO_SQUAD.id), handle) });
    if (handle === 'mark') expect(JSON.stringify(page)).not.toMatch(/"IT"|\bIT-\d+/);
  });

  it('picks the squad of the project when the page names none, as the page would', async () => {
    const page = await call<MetricsPageDto>('metrics.page', panelPageQuestion(null), 'carol');
    expect(page.choice).toMatchObject({ kind: 'chosen', squadId: DEMO_SQUAD.id });
  });

  it('says a squad is missing the same way whether it does not exist or the viewer cannot see it', async () => {
    const unknown = await call<MetricsPageDto>('metrics.page', panelPageQuestion('no-such-squad'), 'nina');
    const hidden = await call<MetricsPageDto>('metrics.page', panelPageQuestion(DEMO_SQUAD.id), 'nina');
    expect(unknown).toEqual({ squads: [], choice: { kind: 'missing', wanted: 'no-such-squad' } });
    expect(JSON.stringify(hidden).split(DEMO_SQUAD.id).join('no-such-squad')).toBe(JSON.stringify(unknown));
  });

  it('carries metrics.get’s refusal of a bad question for the squad, with the squads, so the page can show both', async () => {
    const page = await call<MetricsPageDto>('metrics.page', panelPageQuestion(DEMO_SQUAD.id, { ...DEFAULT_PANEL_QUESTION, from: 'Live', to: 'Idea' }), 'carol');
    expect(page.squads.length).toBeGreaterThan(0);
    expect(page.choice).toMatchObject({ kind: 'chosen', answer: { ok: false, error: { code: 'BAD_REQUEST' } } });
  });

  it('refuses a bad payload naming the field', async () => {
    const result = await invokeResolver(allResolvers(), 'metrics.page', { squadId: 'Bad Id!', window: { lastDays: 90 } }, { accountId: user('carol'), ...PROJECT_PAGE }, env.deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: [{ path: 'squadId' }] } } });
  });

  it('is no call of a project settings page, said in words', async () => {
    const result = await invokeResolver(allResolvers(), 'metrics.page', panelPageQuestion(DEMO_SQUAD.id), { accountId: user('alice'), moduleKey: 'squadflow-project-settings', projectKey: 'MKT' }, env.deps);
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: "A project's settings have no speed-metrics page: open it from the project." } });
  });
});
