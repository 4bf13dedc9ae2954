/**
 * Placeholders of the final height while the first answer is on its way: the same table rows
 * (or cards below 500 px) the answer will fill, so nothing below jumps when it arrives.
 */
export function PortfolioSkeleton({ rows, narrow }: { rows: number; narrow: boolean }) {
  const lines = Array.from({ length: rows + 1 }, (_, i) => i);
  if (narrow) {
    return (
      <ul className="sf-pf-cards" aria-busy="true" aria-label="Loading the portfolio" data-testid="portfolio-skeleton">
        {lines.map((i) => (
          <li key={i} className="sf-pf-card">
            <span className="sf-pf-skel" style={{ width: '40%' }} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className="sf-pf-table" aria-busy="true" aria-label="Loading the portfolio" data-testid="portfolio-skeleton">
      <thead>
        <tr>
          <th>
            <span className="sf-pf-skel" style={{ width: '60%' }} />
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.slice(1).map((i) => (
          <tr key={i}>
            <td>
              <span className="sf-pf-skel" style={{ width: `${50 + ((i * 17) % 40)}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>
            <span className="sf-pf-skel" style={{ width: '30%' }} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
