import type { PortfolioFiguresDto } from '../../../../src/contract/portfolio';

/**
 * Items per stage as a small funnel: one centred bar per stage up to the last (work that has
 * arrived in the final stage is done, so it is named in the label but not drawn).
 */
export function Funnel({ stages }: { stages: PortfolioFiguresDto['stages'] }) {
  const open = stages.length > 1 ? stages.slice(0, -1) : stages;
  const max = Math.max(1, ...open.map((s) => s.count));
  const label = stages.map((s) => `${s.name} ${s.count}`).join(' · ');
  return (
    <div className="sf-pf-funnel" role="img" aria-label={`Items per stage: ${label}`} title={label}>
      {open.map((s) => (
        <div key={s.name} className="sf-pf-funnel-row">
          <span className="sf-pf-funnel-bar" style={{ width: `${Math.max(4, (100 * s.count) / max)}%` }} />
          <span className="sf-pf-funnel-text">
            {s.name} {s.count}
          </span>
        </div>
      ))}
    </div>
  );
}
