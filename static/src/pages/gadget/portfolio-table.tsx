import type { PortfolioAnswerDto } from '../../../../src/contract/portfolio';
import type { Column } from './columns';
import { FigureCell, TotalCell, totalLabel } from './portfolio-cells';
import { rowNote } from './row-note';
import { sortRows, type SortKey, type SortState } from './sort-rows';

interface TableProps {
  answer: PortfolioAnswerDto;
  columns: Column[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  onOpen: (projectKey: string, squadId: string) => void;
}

function SortButton({ sortKey, label, sort, onSort }: { sortKey: SortKey; label: string; sort: SortState; onSort: (key: SortKey) => void }) {
  const active = sort.key === sortKey;
  return (
    <button type="button" className="sf-pf-sort" onClick={() => onSort(sortKey)} aria-label={`Sort by ${label}`} data-testid={`sort-${sortKey}`}>
      {label}
      {active ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ''}
    </button>
  );
}

/** The portfolio as a table: one row per squad, sortable columns, the total row last. */
export function PortfolioTable({ answer, columns, sort, onSort, onOpen }: TableProps) {
  const total = columns.reduce((n, c) => n + c.weight, 0);
  const rows = sortRows(answer.rows, sort);
  return (
    <table className="sf-pf-table" data-testid="portfolio-table">
      <colgroup>
        {columns.map((c) => (
          <col key={c.id} style={{ width: `${(100 * c.weight) / total}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => {
            const sorted = c.sorts.find((s) => s.key === sort.key);
            return (
              <th key={c.id} scope="col" title={c.hint} className={c.numeric ? 'sf-pf-num' : undefined} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                {c.sorts.length === 1 ? (
                  <SortButton sortKey={c.sorts[0]?.key ?? 'squad'} label={c.title} sort={sort} onSort={onSort} />
                ) : (
                  <>
                    <span>{c.title}</span>
                    <span className="sf-pf-sub">
                      {c.sorts.map((s, i) => (
                        <span key={s.key}>
                          {i > 0 ? ' · ' : ''}
                          <SortButton sortKey={s.key} label={s.label} sort={sort} onSort={onSort} />
                        </span>
                      ))}
                    </span>
                  </>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.squadId} data-testid={`portfolio-row-${row.squadId}`}>
            <th scope="row">
              <button type="button" className="sf-pf-squad" onClick={() => onOpen(row.projectKey, row.squadId)} title="Open this squad's speed metrics">
                {row.squadName}
              </button>
            </th>
            {row.status === 'ready' ? (
              columns.slice(1).map((c) => (
                <td key={c.id} className={c.numeric ? 'sf-pf-num' : undefined}>
                  <FigureCell column={c.id} f={row.figures} />
                </td>
              ))
            ) : (
              <td colSpan={columns.length - 1} data-testid={`portfolio-note-${row.squadId}`}>
                <span className="sf-pf-sub">{rowNote(row, answer.settings.headline)}</span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
      {answer.total && (
        <tfoot>
          <tr data-testid="portfolio-total">
            <th scope="row">{totalLabel(answer.total)}</th>
            {columns.slice(1).map((c) => (
              <td key={c.id} className={c.numeric ? 'sf-pf-num' : undefined}>
                {answer.total && <TotalCell column={c.id} total={answer.total} />}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
