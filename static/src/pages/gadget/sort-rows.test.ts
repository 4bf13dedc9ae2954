import type { PortfolioFiguresDto, PortfolioRowDto } from '../../../../src/contract/portfolio';
import { nextSort, sortRows } from './sort-rows';

function ready(id: string, name: string, p50: number | null, pilots: number, net: number): PortfolioRowDto {
  const figures = { stages: [{ name: 'Idea', count: pilots * 2 }, { name: 'Live', count: 1 }], leadTime: { p50, p85: p50 }, pilots, quickWins: 0, aged: null, throughput: [{ week: '2025-01-06', count: pilots }], demand: { netPerWeek: net, backlogGrowth: -net } } as unknown as PortfolioFiguresDto;
  return { status: 'ready', squadId: id, squadName: name, projectKey: 'MKT', figures, source: 'summary', dataAsOf: null };
}
const syncing: PortfolioRowDto = { status: 'syncing', squadId: 'new', squadName: 'Aardvark', projectKey: 'MKT', sync: { squadId: 'new', phase: 'backfilling', hasData: false, issueCount: 0, progress: null, lastSyncAt: null, lastFullSyncAt: null, pausedUntil: null, error: null } };
const rows = [ready('b', 'Beta', 10, 3, 1.5), syncing, ready('a', 'Alpha', null, 5, -2), ready('c', 'Gamma', 4, 3, 0)];
const ids = (r: PortfolioRowDto[]) => r.map((x) => x.squadId);

describe('sortRows', () => {
  it('sorts by name, either way', () => {
    expect(ids(sortRows(rows, { key: 'squad', direction: 'asc' }))).toEqual(['new', 'a', 'b', 'c']);
    expect(ids(sortRows(rows, { key: 'squad', direction: 'desc' }))).toEqual(['c', 'b', 'a', 'new']);
  });

  it('sorts by a figure with missing values and rows without figures last, ties by name', () => {
    expect(ids(sortRows(rows, { key: 'p50', direction: 'asc' }))).toEqual(['c', 'b', 'a', 'new']);
    expect(ids(sortRows(rows, { key: 'p50', direction: 'desc' }))).toEqual(['b', 'c', 'a', 'new']);
    expect(ids(sortRows(rows, { key: 'pilots', direction: 'desc' }))).toEqual(['a', 'b', 'c', 'new']);
    expect(ids(sortRows(rows, { key: 'net', direction: 'asc' }))).toEqual(['a', 'c', 'b', 'new']);
    expect(ids(sortRows(rows, { key: 'backlogGrowth', direction: 'desc' }))).toEqual(['a', 'c', 'b', 'new']);
  });

  it('reverses on a second click; a new numeric column starts largest first', () => {
    expect(nextSort({ key: 'squad', direction: 'asc' }, 'squad')).toEqual({ key: 'squad', direction: 'desc' });
    expect(nextSort({ key: 'squad', direction: 'asc' }, 'pilots')).toEqual({ key: 'pilots', direction: 'desc' });
  });
});
