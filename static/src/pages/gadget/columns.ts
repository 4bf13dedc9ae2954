import type { PortfolioAnswerDto, PortfolioLayout } from '../../../../src/contract/portfolio';
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
  /** What the column counts, in a sentence (the header's tooltip). */
  hint: string;
}

const ALL: Record<ColumnId, Column> = {
  squad: { id: 'squad', title: 'Squad', sorts: [{ key: 'squad', label: 'Squad' }], weight: 16, numeric: false, hint: 'Open a squad to see its speed metrics' },
  funnel: { id: 'funnel', title: 'Items per stage', sorts: [{ key: 'funnel', label: 'Items per stage' }], weight: 17, numeric: false, hint: 'Items in each stage at the end of the period (the last stage is named, not drawn)' },
  leadTime: { id: 'leadTime', title: 'Lead time', sorts: [{ key: 'p50', label: 'p50' }, { key: 'p85', label: 'p85' }], weight: 16, numeric: false, hint: 'Median and 85th percentile of the items that completed the pair in the period, and the median against the same number of days before' },
  pilots: { id: 'pilots', title: 'Pilots', sorts: [{ key: 'pilots', label: 'Pilots' }], weight: 8, numeric: true, hint: 'Items entering the end stage in the period' },
  quickWins: { id: 'quickWins', title: 'Quick wins', sorts: [{ key: 'quickWins', label: 'Quick wins' }], weight: 8, numeric: true, hint: 'Of those, items carrying the quick-win label' },
  aged: { id: 'aged', title: 'Aged', sorts: [{ key: 'aged', label: 'Aged' }], weight: 7, numeric: true, hint: "Items still between the two stages for longer than the squad's 85th percentile lead time" },
  throughput: { id: 'throughput', title: 'Per week', sorts: [{ key: 'throughput', label: 'Per week' }], weight: 11, numeric: false, hint: 'Items entering the end stage, week by week' },
  demand: { id: 'demand', title: 'Demand vs capacity', sorts: [{ key: 'net', label: 'Net' }, { key: 'backlogGrowth', label: 'Backlog' }], weight: 17, numeric: false, hint: 'Ideas arriving (entering the first stage) per week against items leaving into the end stage per week, the net with its sign, and the backlog (items in the first stage) with its growth over the period' },
};

/** The stage pair every figured row shares, or null when the rows differ (or none has figures). */
export function commonPair(answer: PortfolioAnswerDto): { from: string; to: string } | null {
  if (answer.settings.headline !== null) return answer.settings.headline;
  let pair: { from: string; to: string } | null = null;
  for (const row of answer.rows) {
    if (row.status !== 'ready') continue;
    const p = row.figures.leadTime;
    if (pair === null) pair = { from: p.from, to: p.to };
    else if (pair.from !== p.from || pair.to !== p.to) return null;
  }
  return pair;
}

/** Column titles that name the stage pair when all rows share one ("Idea → Pilot", "Into Live"). */
export function titled(columns: Column[], pair: { from: string; to: string } | null): Column[] {
  if (pair === null) return columns;
  return columns.map((c) => {
    if (c.id === 'leadTime') return { ...c, title: `${pair.from} → ${pair.to}` };
    if (c.id === 'pilots' && pair.to !== 'Pilot') return { ...c, title: `Into ${pair.to}`, sorts: [{ key: 'pilots', label: `Into ${pair.to}` }] };
    return c;
  });
}

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
