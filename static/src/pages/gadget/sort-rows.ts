import type { PortfolioRowDto } from '../../../../src/contract/portfolio';

export const SORT_KEYS = ['squad', 'funnel', 'p50', 'p85', 'pilots', 'quickWins', 'aged', 'throughput', 'net', 'backlogGrowth'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortState {
  key: SortKey;
  direction: 'asc' | 'desc';
}

type Ready = Extract<PortfolioRowDto, { status: 'ready' }>;

/** The number a column sorts by; null sorts last whatever the direction. */
function valueOf(row: Ready, key: Exclude<SortKey, 'squad'>): number | null {
  const f = row.figures;
  switch (key) {
    case 'funnel':
      return f.stages.slice(0, -1).reduce((n, s) => n + s.count, 0);
    case 'p50':
      return f.leadTime.p50;
    case 'p85':
      return f.leadTime.p85;
    case 'pilots':
      return f.pilots;
    case 'quickWins':
      return f.quickWins;
    case 'aged':
      return f.aged;
    case 'throughput':
      return f.throughput.reduce((n, w) => n + w.count, 0);
    case 'net':
      return f.demand.netPerWeek;
    case 'backlogGrowth':
      return f.demand.backlogGrowth;
  }
}

/**
 * Rows sorted by a column. Rows without figures (syncing, no such stages) and missing values go
 * last in either direction; ties keep the squads' name order, so the order is stable.
 */
export function sortRows(rows: readonly PortfolioRowDto[], sort: SortState): PortfolioRowDto[] {
  const byName = (a: PortfolioRowDto, b: PortfolioRowDto): number => a.squadName.localeCompare(b.squadName) || a.squadId.localeCompare(b.squadId);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'squad') return sign * byName(a, b);
    const va = a.status === 'ready' ? valueOf(a, sort.key) : null;
    const vb = b.status === 'ready' ? valueOf(b, sort.key) : null;
    // Rank: a value, then a squad without this value, then a squad without figures.
    const rank = (row: PortfolioRowDto, v: number | null): number => (row.status !== 'ready' ? 2 : v === null ? 1 : 0);
    const ra = rank(a, va);
    const rb = rank(b, vb);
    if (ra !== rb) return ra - rb;
    if (va === null || vb === null || va === vb) return byName(a, b);
    return sign * (va - vb);
  });
}

/** Clicking a column sorts by it (numbers largest first); clicking it again reverses. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'squad' ? 'asc' : 'desc' };
}
