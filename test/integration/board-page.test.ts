import type { BoardPageDto } from '../../src/contract/board';
import type { BoardFirstViewDto } from '../../src/contract/board-page';
import type { FunctionKey } from '../../src/contract/functions';
import type { ResolverResult } from '../../src/contract/result';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { DEMO_SQUAD, demoUser, startPublishedEnv, type SyncEnv } from './sync-env';

const user = (handle: string): string => demoUser(handle).accountId;
const PROJECT_PAGE = { moduleKey: 'squadflow-project', projectKey: 'MKT' };

jest.setTimeout(60_000);

/**
 * `board.page`: the board's first view in one call. What it answers must be exactly what the
 * page's two calls in a row (`squads.list`, then `board.get`) would answer, on one permission check
 * as the viewer.
 */
describe('board.page: the board’s first view in one call', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startPublishedEnv({ issueCount: 300, frozenClock: true });
  }, 60_000);
  afterAll(async () => env.close());

  const run = (key: FunctionKey, payload: unknown, handle: string, context: Record<string, string> = PROJECT_PAGE): Promise<ResolverResult<unknown>> =>
    invokeResolver(allResolvers(), key, payload, { accountId: user(handle), ...context }, env.deps);

  async function call<T>(key: FunctionKey, payload: unknown, handle: string): Promise<T> {
    const result = await run(key, payload, handle);
    if (!result.ok) throw new Error(`${key}: ${result.error.code} ${result.error.message}`);
    return result.data as T;
  }

  it.each(['carol', 'mia', 'mark', 'lena'])('answers %s what squads.list and board.get would, asking Jira for permissions once', async (handle) => {
    // Once so the project IDs (the same for everyone, looked up as the app) and the site's Flagged field are known.
    await call('board.page', { squadId: DEMO_SQUAD.id }, handle);
    env.resetRequests();
    const page = await call<BoardFirstViewDto>('board.page', { squadId: DEMO_SQUAD.id }, handle);
    const requests = env.requests();
    expect(requests['permissions-check']).toBe(1);
    expect(requests['mypermissions']).toBeUndefined();

    // The two calls the page made before, counted the same way: two permission requests.
    env.resetRequests();
    const list = await call<{ squads: unknown[] }>('squads.list', {}, handle);
    const board = await call<BoardPageDto>('board.get', { squadId: DEMO_SQUAD.id }, handle);
    expect(env.requests()['permissions-check']).toBe(2);

    expect(page.squads).toEqual(list.squads);
    if (page.choice.kind !== 'chosen') throw new Error(`no squad chosen: ${page.choice.kind}`);
    expect(page.choice.squadId).toBe(DEMO_SQUAD.id);
    expect(page.choice.answer).toEqual({ ok: true, data: board });
    expect(board.cards.length).toBeGreaterThan(0);
    if (handle === 'mark' || handle === 'lena') expect(JSON.stringify(page)).not.toMatch(/"IT"|\bIT-\d+/);
  });

  it('shows lena (browse granted to reporters only) only the MKT issues she reported', async () => {
    const page = await call<BoardFirstViewDto>('board.page', {}, 'lena');
    if (page.choice.kind !== 'chosen' || !page.choice.answer.ok) throw new Error(`no board: ${JSON.stringify(page.choice)}`);
    const lena = user('lena');
    const reported = new Set(env.emulator.state.listIssues().filter((i) => i.projectKey === 'MKT' && i.reporterAccountId === lena).map((i) => i.key));
    expect(page.choice.answer.data.cards.length).toBeGreaterThan(0);
    for (const card of page.choice.answer.data.cards) expect(reported.has(card.key)).toBe(true);
  });

  it('picks the first squad of the project when the page names none, as the page would', async () => {
    const page = await call<BoardFirstViewDto>('board.page', {}, 'carol');
    expect(page.choice).toMatchObject({ kind: 'chosen', squadId: DEMO_SQUAD.id, answer: { ok: true } });
  });

  it('tells nina (no browse) nothing: no squad, the same "missing" whether the squad exists or not, one permission request', async () => {
    env.resetRequests();
    const hidden = await call<BoardFirstViewDto>('board.page', { squadId: DEMO_SQUAD.id }, 'nina');
    expect(env.requests()['permissions-check']).toBe(1);
    const unknown = await call<BoardFirstViewDto>('board.page', { squadId: 'no-such-squad' }, 'nina');
    expect(unknown).toEqual({ squads: [], choice: { kind: 'missing', wanted: 'no-such-squad' } });
    expect(JSON.stringify(hidden).split(DEMO_SQUAD.id).join('no-such-squad')).toBe(JSON.stringify(unknown));
    // What the two calls answered her: no squad, and the board refused as for a missing squad.
    expect(await call('squads.list', {}, 'nina')).toMatchObject({ squads: [] });
    expect(await run('board.get', { squadId: DEMO_SQUAD.id }, 'nina')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call<BoardFirstViewDto>('board.page', {}, 'nina')).toEqual({ squads: [], choice: { kind: 'none' } });
  });

  it('says a squad is missing, with the squads the page may offer, for a name that does not exist', async () => {
    const page = await call<BoardFirstViewDto>('board.page', { squadId: 'no-such-squad' }, 'carol');
    expect(page.choice).toEqual({ kind: 'missing', wanted: 'no-such-squad' });
    expect(page.squads.map((s) => s.id)).toEqual([DEMO_SQUAD.id]);
  });

  it('carries board.get’s refusal inside the answer, in words, with the squads', async () => {
    // Jira refuses the board's search: the page still gets its squads, and the board's refusal is board.get's own.
    env.emulator.state.setFaults([{ endpoint: 'search', status: 403 }]);
    try {
      const page = await call<BoardFirstViewDto>('board.page', { squadId: DEMO_SQUAD.id }, 'carol');
      const alone = await run('board.get', { squadId: DEMO_SQUAD.id }, 'carol');
      expect(page.squads.map((s) => s.id)).toEqual([DEMO_SQUAD.id]);
      if (page.choice.kind !== 'chosen' || page.choice.answer.ok) throw new Error(`expected a refusal: ${JSON.stringify(page.choice)}`);
      expect(page.choice.answer).toEqual(alone);
      expect(page.choice.answer.error.message).toMatch(/^[A-Z].*\w/);
    } finally {
      env.emulator.state.resetFaults();
    }
  });

  it('refuses a bad payload naming the field', async () => {
    expect(await run('board.page', { squadId: 'Bad Id!' }, 'carol')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: [{ path: 'squadId' }] } } });
    expect(await run('board.page', { squadId: DEMO_SQUAD.id, cursor: 'x' }, 'carol')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('is no call of a project settings page, said in words', async () => {
    const result = await run('board.page', { squadId: DEMO_SQUAD.id }, 'alice', { moduleKey: 'squadflow-project-settings', projectKey: 'MKT' });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: "A project's settings have no squad board: open it from the project." } });
  });
});
