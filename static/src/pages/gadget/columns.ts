import type { PortfolioLayout } from '../../../../src/contract/portfolio';
import type { SortKey } from './sort-rows';

export type ColumnId = 'squad' | 'funnel' | 'leadTime' | 'pilots' | 'quickWins' | 'aged' | 'throughput' | 'demand';

export interface Column {
  id: ColumnId;
  title: string;
  /** Sort keys offered in the header (the lead-time column sorts by p50 or p85). */
  sorts: ReadonlyArray<{ key: SortKey; label: string }>;
  /** Share of the table's width (fixed layout: the table never grows wider than its frame). */
  weight: number;
  numeric: boolean;
}

const ALL: Record<ColumnId, Column> = {
  squad: { id: 'squad', title: 'Squad', sorts: [{ key: 'squad', label: 'Squad' }], weight: 16, numeric: false },
  funnel: { id: 'funnel', title: 'Items per stage', sorts: [{ key: 'funnel', label: 'Items per stage' }], weight: 17, numeric: false },
  leadTime: { id: 'leadTime', title: 'Lead time', sorts: [{ key: 'p50', label: 'p50' }, { key: 'p85', label: 'p85' }], weight: 16, numeric: false },
  pilots: { id: 'pilots', title: 'Pilots', sorts: [{ key: 'pilots', label: 'Pilots' }], weight: 8, numeric: true },
  quickWins: { id: 'quickWins', title: 'Quick wins', sorts: [{ key: 'quickWins', label: 'Quick wins' }], weight: 8, numeric: true },
  aged: { id: 'aged', title: 'Aged', sorts: [{ key: 'aged', label: 'Aged' }], weight: 7, numeric: true },
  throughput: { id: 'throughput', title: 'Per week', sorts: [{ key: 'throughput', label: 'Per week' }], weight: 11, numeric: false },
  demand: { id: 'demand', title: 'Demand vs capacity', sorts: [{ key: 'net', label: 'Net' }, { key: 'backlogGrowth', label: 'Backlog' }], weight: 17, numeric: false },
};

/** Below this width the gadget shows a list of KPI cards instead of a table. */
export const NARROW_BELOW_PX = 500;
/** From this width the detailed table has room for the funnel and the sparkline. */
export const WIDE_FROM_PX = 860;

/** The columns that fit `widthPx` in the chosen layout; every layout keeps squad, lead time and pilots. */
export function columnsFor(layout: PortfolioLayout, widthPx: number): Column[] {
  const ids: ColumnId[] =
    layout === 'compact'
      ? ['squad', 'leadTime', 'pilots', 'demand']
      : widthPx >= WIDE_FROM_PX
        ? ['squad', 'funnel', 'leadTime', 'pilots', 'quickWins', 'aged', 'throughput', 'demand']
        : ['squad', 'leadTime', 'pilots', 'quickWins', 'aged', 'demand'];
  return ids.map((id) => ALL[id]);
}
