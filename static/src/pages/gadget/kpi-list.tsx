import type { PortfolioAnswerDto, PortfolioDemandDto } from '../../../../src/contract/portfolio';
import { days, perWeek, signed, trendWords } from './format';
import { totalLabel } from './portfolio-cells';
import { rowNote } from './row-note';
import { sortRows, type SortState } from './sort-rows';

function Demand({ d }: { d: PortfolioDemandDto }) {
  return (
    <>
      <dt>Ideas in / pilots out</dt>
      <dd>
        {perWeek(d.arrivalsPerWeek)} / {perWeek(d.pilotsPerWeek)}
      </dd>
      <dt>Net · backlog</dt>
      <dd>
        {signed(d.netPerWeek, 1)}/wk · {d.backlog} ({signed(d.backlogGrowth)})
      </dd>
    </>
  );
}

/** Below 500 px: one card of key figures per squad, then the portfolio's; nothing scrolls sideways. */
export function KpiList({ answer, sort, onOpen }: { answer: PortfolioAnswerDto; sort: SortState; onOpen: (projectKey: string, squadId: string) => void }) {
  const total = answer.total;
  return (
    <ul className="sf-pf-cards" data-testid="portfolio-cards">
      {sortRows(answer.rows, sort).map((row) => (
        <li key={row.squadId} className="sf-pf-card" data-testid={`portfolio-card-${row.squadId}`}>
          <button type="button" className="sf-pf-squad" onClick={() => onOpen(row.projectKey, row.squadId)} title="Open this squad's speed metrics">
            {row.squadName}
          </button>
          {row.status === 'ready' ? (
            <dl>
              <dt>
                {row.figures.leadTime.from} → {row.figures.leadTime.to} p50 / p85
              </dt>
              <dd>
                {days(row.figures.leadTime.p50)} / {days(row.figures.leadTime.p85)} <span className="sf-pf-sub">{trendWords(row.figures.leadTime)}</span>
              </dd>
              <dt>Pilots · quick wins · aged</dt>
              <dd>
                {row.figures.pilots} · {row.figures.quickWins} · {row.figures.aged ?? '–'}
              </dd>
              <Demand d={row.figures.demand} />
            </dl>
          ) : (
            <p className="sf-pf-sub">{rowNote(row, answer.settings.headline)}</p>
          )}
        </li>
      ))}
      {total && (
        <li className="sf-pf-card sf-pf-card-total" data-testid="portfolio-total">
          <strong>{totalLabel(total)}</strong>
          <dl>
            <dt>Lead time p50 / p85</dt>
            <dd>{total.leadTime === null ? 'day units differ' : `${days(total.leadTime.p50)} / ${days(total.leadTime.p85)}`}</dd>
            <dt>Pilots · quick wins · aged</dt>
            <dd>
              {total.pilots} · {total.quickWins} · {total.aged}
            </dd>
            <Demand d={total.demand} />
          </dl>
        </li>
      )}
    </ul>
  );
}
