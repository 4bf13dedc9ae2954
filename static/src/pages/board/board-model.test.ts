import type { BoardCardDto } from '../../../../src/contract/board';
import { agingLevel, columnsOf, filterCards, filtersFromQuery, filtersToQuery, groupBoard, laneOf, lanesOf, NO_FILTERS, wipState, type Swimlanes } from './board-model';

const card = (over: Partial<BoardCardDto>): BoardCardDto => ({
  id: '1', key: 'MKT-1', projectKey: 'MKT', summary: 'Landing page test', issueType: 'Story', statusId: '1', statusName: 'Idea', stage: 'Idea',
  discipline: 'Marketing', assignee: null, quickWin: false, suggestedQuickWin: false, flagged: false, inStageSince: null, ageDays: null, ...over,
});

describe('board model', () => {
  it('round-trips filters through the URL and keeps other parameters', () => {
    const f = { ...NO_FILTERS, quickWins: true, disciplines: ['IT'], assignees: ['Mia Novak'], text: 'seo' };
    const q = filtersToQuery('?as=mark&theme=dark', f);
    expect(filtersFromQuery(q)).toEqual(f);
    expect(new URLSearchParams(q).get('as')).toBe('mark');
    expect(filtersToQuery('?as=mark', NO_FILTERS)).toBe('?as=mark');
  });

  it('combines filters with AND and values within one filter with OR', () => {
    const cards = [card({ key: 'A-1', quickWin: true }), card({ key: 'A-2', quickWin: true, discipline: 'IT' }), card({ key: 'A-3', discipline: 'IT', flagged: true })];
    expect(filterCards(cards, { ...NO_FILTERS, quickWins: true, disciplines: ['IT'] }).map((c) => c.key)).toEqual(['A-2']);
    expect(filterCards(cards, { ...NO_FILTERS, disciplines: ['IT', 'Marketing'] })).toHaveLength(3);
    expect(filterCards(cards, { ...NO_FILTERS, text: 'a-3' }).map((c) => c.key)).toEqual(['A-3']);
  });

  it('puts unmapped statuses in a last column only when there are any', () => {
    const stages = [{ name: 'Idea', color: 'neutral' as const, wipLimit: null, wipMin: null, laneWipLimits: {} }];
    expect(columnsOf(stages, [card({})]).map((c) => c.stage)).toEqual(['Idea']);
    expect(columnsOf(stages, [card({}), card({ stage: null })]).map((c) => [c.stage, c.cards.length])).toEqual([['Idea', 1], ['Unmapped', 1]]);
  });

  it('orders lanes: configured disciplines first, assignees by name with Unassigned last', () => {
    const cards = [card({ discipline: 'IT' }), card({ assignee: { accountId: 'b', displayName: 'Zoe', avatarUrl: null } }), card({ assignee: { accountId: 'a', displayName: 'Ann', avatarUrl: null } })];
    expect(lanesOf(cards, 'discipline', ['Marketing', 'IT'])).toEqual(['Marketing', 'IT']);
    expect(lanesOf(cards, 'assignee', [])).toEqual(['Ann', 'Zoe', 'Unassigned']);
  });

  it('flags a column over its maximum or under its minimum, and ages against p85', () => {
    expect([wipState(7, 2, 6), wipState(1, 2, 6), wipState(3, 2, 6), wipState(3, null, null)]).toEqual(['over', 'under', 'ok', 'ok']);
    expect([agingLevel(2, 10), agingLevel(6, 10), agingLevel(11, 10), agingLevel(3, null)]).toEqual(['fresh', 'ageing', 'old', null]);
  });

  it('groups cards into the same columns, lanes and counts as filtering each lane separately', () => {
    const stages = ['Idea', 'Pilot'].map((name) => ({ name, color: 'neutral' as const, wipLimit: null, wipMin: null, laneWipLimits: {} }));
    const people = [null, { accountId: 'a', displayName: 'Ann', avatarUrl: null }, { accountId: 'b', displayName: 'Zoe', avatarUrl: null }];
    const cards = Array.from({ length: 40 }, (_, i) =>
      card({ key: `K-${i}`, stage: i % 5 === 0 ? null : i % 2 === 0 ? 'Idea' : 'Pilot', discipline: i % 3 === 0 ? 'IT' : 'Marketing', assignee: people[i % 3] ?? null }),
    );
    for (const lanes of ['discipline', 'assignee', 'none'] as Swimlanes[]) {
      const g = groupBoard(stages, cards, lanes, ['Marketing', 'IT']);
      expect(g.laneNames).toEqual(lanesOf(cards, lanes, ['Marketing', 'IT']));
      expect(g.columns.map((c) => c.stage)).toEqual(['Idea', 'Pilot', 'Unmapped']);
      for (const col of g.columns) {
        const inCol = columnsOf(stages, cards).find((c) => c.stage === col.stage)?.cards ?? [];
        expect(col.cells.map((cell) => cell.cards.map((c) => c.key))).toEqual(g.laneNames.map((lane) => inCol.filter((c) => lanes === 'none' || laneOf(c, lanes) === lane).map((c) => c.key)));
        expect(col.laneCounts.get('IT') ?? 0).toBe(inCol.filter((c) => c.discipline === 'IT').length);
      }
    }
  });
});
