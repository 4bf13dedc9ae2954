import { DEMO_USERS } from '../../local/jira-emulator';
import type { BoardCardDto, BoardMoveDto, BoardNarrow, BoardPageDto, BoardQuickWinDto, BoardTransitionsDto } from '../../src/contract/board';
import type { IssueJourneyDto } from '../../src/contract/journey';
import type { ResolverContext } from '../../src/contract/context';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { requestBackfill } from '../../src/sync/request-backfill';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';
import { expectedColumnCounts } from '../helpers/board-expected';

const user = (handle: string): string => (DEMO_USERS.find((u) => u.handle === handle) ?? never()).accountId;
const DAY = 86_400_000;

async function call<T>(env: SyncEnv, key: string, payload: unknown, ctx: Partial<ResolverContext> & { as: string }): Promise<T> {
  const { as, ...rest } = ctx;
  const result = await invokeResolver(allResolvers(), key, payload, { accountId: user(as), ...rest }, env.deps);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

async function wholeBoard(env: SyncEnv, as: string, narrow?: BoardNarrow): Promise<{ first: BoardPageDto; cards: BoardCardDto[] }> {
  const extra = narrow === undefined ? {} : { narrow };
  const first = await call<BoardPageDto>(env, 'board.get', { squadId: DEMO_SQUAD.id, ...extra }, { as, projectKey: 'MKT' });
  const cards = [...first.cards];
  let cursor = first.nextCursor;
  while (cursor !== null) {
    const page = await call<BoardPageDto>(env, 'board.get', { squadId: DEMO_SQUAD.id, cursor, ...extra }, { as, projectKey: 'MKT' });
    cards.push(...page.cards);
    cursor = page.nextCursor;
  }
  return { first, cards };
}

const countByStage = (cards: readonly BoardCardDto[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const c of cards) m.set(c.stage ?? 'Unmapped', (m.get(c.stage ?? 'Unmapped') ?? 0) + 1);
  return m;
};

describe('board resolvers on the demo squad', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 600 });
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 90_000);
  afterAll(async () => env.close());

  it('holds, per stage, exactly the in-flight and recently finished items the emulator has, page by page', async () => {
    const { first, cards } = await wholeBoard(env, 'alice');
    expect(first.overview?.squad.name).toBe('Growth squad');
    expect(first.cards.length).toBeLessThanOrEqual(100);
    expect({ ...Object.fromEntries(DEMO_SQUAD.stages.map((s) => [s.name, 0])), ...Object.fromEntries(countByStage(cards)) }).toEqual(expectedColumnCounts(DEMO_SQUAD, env.emulator.state.listIssues(), Date.now()));
    expect(new Set(cards.map((c) => c.key)).size).toBe(cards.length);
    expect(first.overview?.approximateTotal).toBeGreaterThanOrEqual(cards.length);
    expect(cards.some((c) => c.flagged)).toBe(true);
    expect(cards.every((c) => c.inStageSince !== null)).toBe(true);
  });

  it('shows the CMO, who cannot browse IT, no IT card at all, and mia no restricted one', async () => {
    const mark = await wholeBoard(env, 'mark');
    expect(mark.cards.length).toBeGreaterThan(0);
    expect(mark.cards.filter((c) => c.projectKey === 'IT')).toEqual([]);
    expect(JSON.stringify(mark)).not.toMatch(/\bIT-\d+/);
    const restricted = new Set(env.emulator.state.listIssues().filter((r) => r.securityLevelId !== null).map((r) => r.key));
    const mia = await wholeBoard(env, 'mia');
    expect(mia.cards.filter((c) => restricted.has(c.key))).toEqual([]);
  });

  it('asks Jira only for what the quick filters keep (narrowed boards past 5,000 items), as the viewer', async () => {
    const mia = user('mia');
    const { cards: all } = await wholeBoard(env, 'alice');
    const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    const textHit = (c: BoardCardDto, q: string): boolean => words(q).every((w) => words(c.summary).some((h) => h.startsWith(w)));
    // Which cards the board holds moves with the clock (finished items stay for a while): a word of a
    // Marketing quick win on it now, not a fixed one.
    const sample = all.find((c) => c.quickWin && c.discipline === 'Marketing') ?? never();
    const word = words(sample.summary).find((w) => w.length >= 4) ?? words(sample.summary)[0] ?? never();
    const anyWord = words(all.find((c) => words(c.summary).some((w) => w.length >= 4))?.summary ?? '').find((w) => w.length >= 4) ?? never();
    const cases: Array<[BoardNarrow, (c: BoardCardDto) => boolean]> = [
      [{ quickWins: true }, (c) => c.quickWin],
      [{ issueTypes: ['Story'] }, (c) => c.issueType === 'Story'],
      [{ disciplines: ['IT'] }, (c) => c.discipline === 'IT'],
      [{ assignees: [mia, null] }, (c) => c.assignee === null || c.assignee.accountId === mia],
      [{ text: anyWord }, (c) => textHit(c, anyWord)],
      [{ quickWins: true, disciplines: ['Marketing'], text: word }, (c) => c.quickWin && c.discipline === 'Marketing' && textHit(c, word)],
    ];
    for (const [narrow, keep] of cases) {
      const expected = all.filter(keep).map((c) => c.key).sort();
      expect([narrow, expected.length > 0]).toEqual([narrow, true]);
      const { first, cards } = await wholeBoard(env, 'alice', narrow);
      expect([narrow, cards.map((c) => c.key).sort()]).toEqual([narrow, expected]);
      expect(first.overview?.approximateTotal).toBe(expected.length);
    }
    // An issue key finds that issue; a value with quotes and JQL words is only ever a value.
    const one = all[0] ?? never();
    expect((await wholeBoard(env, 'alice', { text: one.key.toLowerCase() })).cards.map((c) => c.key)).toContain(one.key);
    expect((await wholeBoard(env, 'alice', { text: 'x" OR project = OPS OR summary ~ "y' })).cards).toEqual([]);
    // The CMO's narrowed board still holds nothing he may not browse.
    expect((await wholeBoard(env, 'mark', { disciplines: ['IT'] })).cards).toEqual([]);
  });

  it('refuses a squad that does not cover the page\'s project, in the same words as a missing one', async () => {
    const result = await invokeResolver(allResolvers(), 'board.get', { squadId: DEMO_SQUAD.id }, { accountId: user('alice'), projectKey: 'OPS' }, env.deps);
    const missing = await invokeResolver(allResolvers(), 'board.get', { squadId: 'nope' }, { accountId: user('alice'), projectKey: 'OPS' }, env.deps);
    expect(result.ok || missing.ok).toBe(false);
    if (!result.ok && !missing.ok) expect(result.error.message.replace(DEMO_SQUAD.id, 'nope')).toBe(missing.error.message);
  });

  it('lists reachable stages with reasons for the rest, moves as the viewer, and passes Jira\'s refusal through', async () => {
    const unowned = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'Unowned prototype', statusId: '10002' });
    const t = await call<BoardTransitionsDto>(env, 'board.transitions', { squadId: DEMO_SQUAD.id, issueKey: unowned.key }, { as: 'mia' });
    expect(t.currentStage).toBe('Prototype');
    expect(t.targets.map((x) => [x.stage, x.reachable, x.reason])).toEqual([
      ['Idea', true, null],
      ['Prototype', false, 'Already in Prototype'],
      ['Pilot', true, null],
      ['Live', false, 'No transition from Prototyping in MKT'],
    ]);
    const refused = await call<BoardMoveDto>(env, 'board.move', { squadId: DEMO_SQUAD.id, issueKey: unowned.key, stage: 'Pilot' }, { as: 'mia' });
    expect(refused).toMatchObject({ outcome: 'refused', message: 'A pilot needs an owner: assign the issue before starting the pilot.' });
    const moved = await call<BoardMoveDto>(env, 'board.move', { squadId: DEMO_SQUAD.id, issueKey: unowned.key, stage: 'Idea' }, { as: 'mia' });
    expect(moved).toMatchObject({ outcome: 'moved', statusName: 'Brief' });
    expect(env.emulator.state.getIssue(unowned.key)?.statusId).toBe('10001');
  });

  it('asks which status when several fit, and says so when the transition has a screen', async () => {
    const building = env.emulator.state.createIssue({ projectKey: 'IT', summary: 'Back to ideas', statusId: '10102' });
    const ask = await call<BoardMoveDto>(env, 'board.move', { squadId: DEMO_SQUAD.id, issueKey: building.key, stage: 'Idea' }, { as: 'ivan' });
    if (ask.outcome !== 'choose') throw new Error(`expected a choice, got ${ask.outcome}`);
    expect(ask.options.map((o) => o.statusName).sort()).toEqual(['Backlog', 'Selected for Development']);
    const picked = ask.options.find((o) => o.statusName === 'Backlog') ?? never();
    const idea = await call<BoardMoveDto>(env, 'board.move', { squadId: DEMO_SQUAD.id, issueKey: building.key, stage: 'Idea', transitionId: picked.transitionId }, { as: 'ivan' });
    expect(idea).toMatchObject({ outcome: 'moved', statusName: 'Backlog' });
    expect(env.emulator.state.getIssue(building.key)?.statusId).toBe('10100');
    const review = env.emulator.state.createIssue({ projectKey: 'IT', summary: 'In review', statusId: '10103' });
    const live = await call<BoardMoveDto>(env, 'board.move', { squadId: DEMO_SQUAD.id, issueKey: review.key, stage: 'Live' }, { as: 'ivan' });
    expect(live).toMatchObject({ outcome: 'screen', requiredFields: ['Resolution'] });
    expect(env.emulator.state.getIssue(review.key)?.statusId).toBe('10103');
    const noRight = await call<BoardTransitionsDto>(env, 'board.transitions', { squadId: DEMO_SQUAD.id, issueKey: review.key }, { as: 'mia' });
    expect(noRight.targets.every((x) => !x.reachable)).toBe(true);
    expect(noRight.targets.find((x) => x.stage === 'Pilot')?.reason).toBe('You may not move issues in IT');
  });

  it('marks and unmarks quick wins in bulk as the viewer, one result per issue', async () => {
    const a = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'A', statusId: '10000' });
    const b = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'B', statusId: '10000' });
    const it1 = env.emulator.state.createIssue({ projectKey: 'IT', summary: 'C', statusId: '10100' });
    const added = await call<BoardQuickWinDto>(env, 'board.quickWin', { squadId: DEMO_SQUAD.id, issueKeys: [a.key, b.key, it1.key], action: 'add' }, { as: 'mia' });
    expect(added.results.map((r) => [r.issueKey, r.ok])).toEqual([[a.key, true], [b.key, true], [it1.key, false]]);
    expect(added.results[2]?.message).toBe('You may not edit issues in IT');
    expect(env.emulator.state.getIssue(a.key)?.labels).toContain('quick-win');
    const removed = await call<BoardQuickWinDto>(env, 'board.quickWin', { squadId: DEMO_SQUAD.id, issueKeys: [a.key], action: 'remove' }, { as: 'mia' });
    expect(removed.results[0]?.ok).toBe(true);
    expect(env.emulator.state.getIssue(a.key)?.labels).not.toContain('quick-win');
    const panel = await invokeResolver(allResolvers(), 'board.quickWin', { squadId: DEMO_SQUAD.id, issueKeys: [b.key], action: 'remove' }, { accountId: user('mia'), issueKey: a.key, projectKey: 'MKT' }, env.deps);
    expect(panel.ok ? null : panel.error.code).toBe('BAD_REQUEST');
  });

  it('tells an issue\'s journey with a reopen and a skipped stage, and hides what the viewer cannot see', async () => {
    const start = Date.now() - 30 * DAY;
    const item = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'Journey', statusId: '10000', atMs: start });
    env.emulator.state.transitionIssue(item.key, '10002', { atMs: start + 2 * DAY });
    env.emulator.state.transitionIssue(item.key, '10000', { atMs: start + 5 * DAY });
    env.emulator.state.transitionIssue(item.key, '10002', { atMs: start + 6 * DAY });
    env.emulator.state.transitionIssue(item.key, '10004', { atMs: start + 10 * DAY });
    env.emulator.state.transitionIssue(item.key, '10003', { atMs: start + 12 * DAY });
    const j = await call<IssueJourneyDto>(env, 'issue.journey', {}, { as: 'mia', issueKey: item.key, projectKey: 'MKT' });
    const squad = j.squads[0];
    expect(squad?.squadName).toBe('Growth squad');
    expect(squad?.visits.map((v) => v.stage)).toEqual(['Idea', 'Prototype', 'Idea', 'Prototype', 'Live', 'Pilot']);
    expect(squad?.stages.map((s) => [s.name, s.visits])).toEqual([['Idea', 2], ['Prototype', 2], ['Pilot', 1], ['Live', 1]]);
    expect(squad?.stages.find((s) => s.name === 'Prototype')?.elapsedDays).toBeCloseTo(7, 5);
    expect(squad?.currentStage).toBe('Pilot');
    expect(squad?.leadTime).toMatchObject({ from: 'Idea', to: 'Pilot', soFar: false });
    expect(squad?.leadTime.elapsedDays).toBeCloseTo(10, 5);
    const skipped = env.emulator.state.createIssue({ projectKey: 'MKT', summary: 'Skipper', statusId: '10000', atMs: start });
    env.emulator.state.transitionIssue(skipped.key, '10002', { atMs: start + 3 * DAY });
    const s = (await call<IssueJourneyDto>(env, 'issue.journey', {}, { as: 'mia', issueKey: skipped.key, projectKey: 'MKT' })).squads[0];
    expect(s?.stages.map((x) => x.elapsedDays === null)).toEqual([false, false, true, true]);
    expect(s?.leadTime.soFar).toBe(true);
    expect(s?.olderThanPercent).not.toBeNull();
    const hidden = await invokeResolver(allResolvers(), 'issue.journey', {}, { accountId: user('mark'), issueKey: 'IT-1', projectKey: 'IT' }, env.deps);
    expect(hidden.ok ? null : hidden.error.code).toBe('NOT_FOUND');
    // A context key that is not an issue key ("..", a path, a query) is BAD_REQUEST, never INTERNAL.
    for (const issueKey of ['..', '.', 'MKT-1/../../x', 'MKT-1?fields=*all', '']) {
      const odd = await invokeResolver(allResolvers(), 'issue.journey', {}, { accountId: user('mark'), issueKey, projectKey: 'IT' }, env.deps);
      expect(odd.ok ? null : { code: odd.error.code, fields: odd.error.details?.['fields'] }).toEqual({ code: 'BAD_REQUEST', fields: [{ path: 'issueKey', message: 'must be an issue key such as MKT-12' }] });
    }
  });
});
