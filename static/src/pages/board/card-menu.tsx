import { useEffect, useRef } from 'react';
import { token } from '@atlaskit/tokens';
import type { BoardTargetDto } from '../../../../src/contract/board';

export type MenuTargets = { status: 'loading' } | { status: 'ready'; targets: BoardTargetDto[] } | { status: 'error'; message: string };

export interface MenuState {
  issueKey: string;
  quickWin: boolean;
  top: number;
  left: number;
  view: 'main' | 'stages';
  targets: MenuTargets | null;
}

const itemStyle = { display: 'block', width: '100%', textAlign: 'left' as const, border: 'none', background: 'transparent', padding: '6px 12px', color: token('color.text'), font: token('font.body'), cursor: 'pointer' };

/**
 * The card's "More actions" menu: "Move to stage" (only the stages its workflow can reach),
 * "Mark as quick win" / "Remove quick win", "Open issue". Arrow keys move, Escape closes and the
 * page returns focus to the card.
 */
export function CardMenu(p: { menu: MenuState; onClose: () => void; onShowStages: () => void; onMove: (stage: string) => void; onQuickWin: () => void; onOpen: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { menu } = p;
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])');
    first?.focus();
  }, [menu.view, menu.targets?.status]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      p.onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % Math.max(items.length, 1)];
      next?.focus();
    } else if (e.key === 'Tab') p.onClose();
  };
  const reachable = menu.targets?.status === 'ready' ? menu.targets.targets.filter((t) => t.reachable) : [];
  return (
    <>
      <div style={{ position: 'fixed', inset: 0, zIndex: 500 }} onClick={p.onClose} aria-hidden="true" />
      <div
        ref={ref}
        role="menu"
        aria-label={menu.view === 'main' ? `Actions for ${menu.issueKey}` : `Move ${menu.issueKey} to stage`}
        onKeyDown={onKeyDown}
        style={{ position: 'fixed', top: menu.top, left: menu.left, zIndex: 510, minWidth: 200, padding: '4px 0', borderRadius: 4, background: token('elevation.surface.overlay'), boxShadow: token('elevation.shadow.overlay') }}
      >
        {menu.view === 'main' ? (
          <>
            <button type="button" role="menuitem" style={itemStyle} onClick={p.onShowStages} aria-haspopup="menu">
              Move to stage
            </button>
            <button type="button" role="menuitem" style={itemStyle} onClick={p.onQuickWin}>
              {menu.quickWin ? 'Remove quick win' : 'Mark as quick win'}
            </button>
            <button type="button" role="menuitem" style={itemStyle} onClick={p.onOpen}>
              Open issue
            </button>
          </>
        ) : (
          <>
            {menu.targets?.status !== 'ready' && (
              <div role="menuitem" aria-disabled="true" tabIndex={-1} style={{ ...itemStyle, color: token('color.text.subtlest') }}>
                {menu.targets?.status === 'error' ? menu.targets.message : 'Checking the workflow…'}
              </div>
            )}
            {menu.targets?.status === 'ready' && reachable.length === 0 && (
              <div role="menuitem" aria-disabled="true" tabIndex={-1} style={{ ...itemStyle, color: token('color.text.subtlest') }}>
                No stage can be reached from here
              </div>
            )}
            {reachable.map((t) => (
              <button key={t.stage} type="button" role="menuitem" style={itemStyle} onClick={() => p.onMove(t.stage)}>
                {t.stage}
              </button>
            ))}
          </>
        )}
      </div>
    </>
  );
}
