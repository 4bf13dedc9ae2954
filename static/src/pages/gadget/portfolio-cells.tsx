import type { PortfolioDemandDto, PortfolioFiguresDto, PortfolioTotalDto, TrendDirection } from '../../../../src/contract/portfolio';
import type { ColumnId } from './columns';
import { days, perWeek, signed, trendWords } from './format';
import { Funnel } from './funnel';
import { Sparkline } from './sparkline';

const trendClass = (t: TrendDirection): string => (t === 'faster' ? 'sf-pf-faster' : t === 'slower' ? 'sf-pf-slower' : '');

export function LeadTimeCell({ p50, p85, trend, changeP50, unit }: { p50: number | null; p85: number | null; trend: TrendDirection; changeP50: number | null; unit: string }) {
  return (
    <>
      <span title={`Median and 85th percentile, ${unit} days`}>
        {days(p50)} / {days(p85)}
      </span>
      <span className={`sf-pf-sub ${trendClass(trend)}`}>{trendWords({ trend, changeP50 })}</span>
    </>
  );
}

export function DemandCell({ demand }: { demand: PortfolioDemandDto }) {
  return (
    <>
      <span title="Ideas arriving per week (entering the first stage) against pilots launched per week">
        in {perWeek(demand.arrivalsPerWeek)} · out {perWeek(demand.pilotsPerWeek)}
      </span>
      <span className="sf-pf-sub" title="Net per week (positive: more ideas than capacity) and the backlog's growth over the period">
        net {signed(demand.netPerWeek, 1)}/wk · backlog {demand.backlog} ({signed(demand.backlogGrowth)})
      </span>
    </>
  );
}

/** One figure cell of a squad's row. */
export function FigureCell({ column, f }: { column: ColumnId; f: PortfolioFiguresDto }) {
  switch (column) {
    case 'funnel':
      return <Funnel stages={f.stages} />;
    case 'leadTime':
      return <LeadTimeCell {...f.leadTime} />;
    case 'pilots':
      return <span title={`Items entering ${f.leadTime.to} in the period`}>{f.pilots}</span>;
    case 'quickWins':
      return <span>{f.quickWins}</span>;
    case 'aged':
      return <span title={f.agedThreshold === null ? 'No finished items to compare with' : `In progress longer than ${days(f.agedThreshold)} (this period's 85th percentile)`}>{f.aged ?? '–'}</span>;
    case 'throughput':
      return <Sparkline weeks={f.throughput} label={`Items entering ${f.leadTime.to} per week`} />;
    case 'demand':
      return <DemandCell demand={f.demand} />;
    case 'squad':
      return null;
  }
}

/** The total row's name: how many squads it adds up. */
export const totalLabel = (total: PortfolioTotalDto): string => `Total, ${total.squads} squad${total.squads === 1 ? '' : 's'}`;

/** Said under the table when squads share projects: their shared issues count once per squad. */
export const SHARED_NOTE = 'Some of these squads share projects: an issue in two squads counts in each, so the total adds up the rows rather than counting distinct issues.';

/** One cell of the portfolio total row. */
export function TotalCell({ column, total }: { column: ColumnId; total: PortfolioTotalDto }) {
  const lead = total.leadTime;
  switch (column) {
    case 'funnel':
      return total.stages === null ? <span className="sf-pf-sub">stages differ</span> : <Funnel stages={total.stages} />;
    case 'leadTime':
      return lead === null ? (
        <span className="sf-pf-sub">day units differ</span>
      ) : (
        <LeadTimeCell p50={lead.p50} p85={lead.p85} trend={lead.trend} changeP50={lead.p50 === null || lead.previousP50 === null ? null : lead.p50 - lead.previousP50} unit={lead.unit} />
      );
    case 'pilots':
      return <span>{total.pilots}</span>;
    case 'quickWins':
      return <span>{total.quickWins}</span>;
    case 'aged':
      return <span>{total.aged}</span>;
    case 'throughput':
      return <Sparkline weeks={total.throughput} label="Portfolio items per week" />;
    case 'demand':
      return <DemandCell demand={total.demand} />;
    case 'squad':
      return null;
  }
}
