import type { PortfolioTotalDto } from '../../contract/portfolio';
import { percentileOfSorted } from '../metrics/percentile';
import { trendOf, type PortfolioRow } from './portfolio-row';

function pooled(samples: ReadonlyArray<readonly number[]>): Float64Array {
  let n = 0;
  for (const s of samples) n += s.length;
  const out = new Float64Array(n);
  let k = 0;
  for (const s of samples) for (const v of s) out[k++] = v;
  return out.sort();
}

/**
 * The portfolio's total row: counts summed over the squads (an issue in two squads counts in
 * each; `sharedProjects`, worked out by the caller, says when that can happen); lead-time percentiles of every squad's
 * samples pooled (never an average of percentiles), only when all squads count in the same day
 * unit; the funnel only when all squads have the same stages; weekly throughput summed week by week.
 *
 * @example
 * portfolioTotal([rowA, rowB]).pilots // rowA.figures.pilots + rowB.figures.pilots
 */
export function portfolioTotal(rows: readonly PortfolioRow[], sharedProjects = false): PortfolioTotalDto | null {
  if (rows.length === 0) return null;
  const first = rows[0] as PortfolioRow;
  const stageKey = (r: PortfolioRow): string => r.figures.stages.map((s) => s.name).join('\u0000');
  const sameStages = rows.every((r) => stageKey(r) === stageKey(first));
  const sameUnit = rows.every((r) => r.figures.leadTime.unit === first.figures.leadTime.unit);
  const weeks = new Map<string, number>();
  const demand = { arrivals: 0, arrivalsPerWeek: 0, pilotsPerWeek: 0, netPerWeek: 0, backlog: 0, backlogAtStart: 0, backlogGrowth: 0 };
  let pilots = 0;
  let quickWins = 0;
  let wip = 0;
  let aged = 0;
  for (const { figures: f } of rows) {
    pilots += f.pilots;
    quickWins += f.quickWins;
    wip += f.wip;
    aged += f.aged ?? 0;
    for (const w of f.throughput) weeks.set(w.week, (weeks.get(w.week) ?? 0) + w.count);
    for (const k of Object.keys(demand) as Array<keyof typeof demand>) demand[k] += f.demand[k];
  }
  let leadTime: PortfolioTotalDto['leadTime'] = null;
  if (sameUnit) {
    const now = pooled(rows.map((r) => r.leadTimeSample));
    const before = pooled(rows.map((r) => r.previousSample));
    const p50 = percentileOfSorted(now, 50);
    const previousP50 = percentileOfSorted(before, 50);
    leadTime = { unit: first.figures.leadTime.unit, count: now.length, p50, p85: percentileOfSorted(now, 85), previousP50, trend: trendOf(p50, previousP50) };
  }
  return {
    squads: rows.length,
    sharedProjects,
    stages: sameStages ? first.figures.stages.map((s, i) => ({ name: s.name, count: rows.reduce((n, r) => n + (r.figures.stages[i]?.count ?? 0), 0) })) : null,
    pilots,
    quickWins,
    wip,
    aged,
    leadTime,
    throughput: [...weeks].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([week, count]) => ({ week, count })),
    demand,
  };
}
