import { memo, useEffect, useRef, useState } from 'react';
import { dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { token } from '@atlaskit/tokens';
import type { BoardCardDto, BoardStageDto } from '../../../../src/contract/board';
import { BoardCard, type CardActions } from './board-card';
import { UNMAPPED, wipState, type WipState } from './board-model';
import { CARD_GAP, CARD_HEIGHT } from './card-style';
import type { CellEntry } from './use-board-keys';

/** Where a dragged card may go: lit, dimmed with the reason, or still being asked. */
export type DropHint = { state: 'valid' } | { state: 'invalid'; reason: string } | { state: 'checking' } | null;

const WIP_TEXT: Record<WipState, (count: number, min: number | null, max: number | null) => string> = {
  over: (c, _min, max) => `Over the limit: ${c} of at most ${max ?? ''}`,
  under: (c, min) => `Under the minimum: ${c} of at least ${min ?? ''}`,
  ok: () => '',
};

/** Column header: stage name, count with min/max, over max red with an icon and words, under min yellow; lane badges. */
export function ColumnHeader(p: { stage: string; config: BoardStageDto | null; count: number; laneCounts: Map<string, number>; unmappedHint?: string }) {
  const min = p.config?.wipMin ?? null;
  const max = p.config?.wipLimit ?? null;
  const state = wipState(p.count, min, max);
  const bg = state === 'over' ? token('color.background.danger') : state === 'under' ? token('color.background.warning') : token('color.background.neutral');
  const fg = state === 'over' ? token('color.text.danger') : state === 'under' ? token('color.text.warning') : token('color.text');
  const limits = p.config?.laneWipLimits ?? {};
  return (
    <div style={{ background: bg, color: fg, borderRadius: 4, padding: '6px 8px', display: 'flex', flexDirection: 'column', gap: 4, minHeight: 52, boxSizing: 'border-box' }} data-wip={state}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 6, font: token('font.heading.xxsmall') }}>
        {state === 'over' && <span aria-hidden="true">⚠</span>}
        {state === 'under' && <span aria-hidden="true">◔</span>}
        <h2 style={{ margin: 0, font: 'inherit', textTransform: 'uppercase', letterSpacing: 0.3 }}>{p.stage}</h2>
        <span data-testid="column-count" data-count={p.count} aria-label={`${p.count} items${min !== null ? `, minimum ${min}` : ''}${max !== null ? `, maximum ${max}` : ''}`}>
          {p.count}
          {min !== null || max !== null ? ` (${min !== null ? `min ${min}` : ''}${min !== null && max !== null ? ' · ' : ''}${max !== null ? `max ${max}` : ''})` : ''}
        </span>
      </div>
      {state !== 'ok' && <span style={{ font: token('font.body.small') }}>{WIP_TEXT[state](p.count, min, max)}</span>}
      {Object.keys(limits).length > 0 && (
        <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          {Object.entries(limits).map(([lane, limit]) => {
            const n = p.laneCounts.get(lane) ?? 0;
            const over = n > limit;
            return (
              <span key={lane} data-testid="lane-badge" title={`${lane}: ${n} of at most ${limit}${over ? ' (over the limit)' : ''}`} style={{ borderRadius: 8, padding: '0 6px', font: token('font.body.small'), background: over ? token('color.background.danger.bold') : token('color.background.neutral.subtle'), color: over ? token('color.text.inverse') : token('color.text.subtle'), border: `1px solid ${token('color.border')}` }}>
                {lane} {n}/{limit}
                {over ? ' ⚠' : ''}
              </span>
            );
          })}
        </div>
      )}
      {p.unmappedHint !== undefined && <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{p.unmappedHint}</span>}
    </div>
  );
}

/** Above this many cards a cell renders only what is in view. */
const VIRTUAL_FROM = 30;
const ROW = CARD_HEIGHT + CARD_GAP;
/** A long cell's height: its scroll box is at most 70 % of the viewport (the list's own padding is 4 px). */
const CELL_VH = 70;
const CELL_PADDING = 4;

/**
 * The virtualiser's view of the cell's size from a ResizeObserver only. TanStack's default reads
 * clientHeight as it attaches, which forces a layout of the whole page in the middle of a React
 * commit, once per cell; the observer reports after the browser's own layout instead, and until
 * then the cell's known maximum height stands in (`initialRect`).
 */
function observeCellRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): (() => void) | undefined {
  const el = instance.scrollElement;
  if (el === null || typeof ResizeObserver === 'undefined') return undefined;
  const ro = new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box !== undefined) cb({ width: Math.round(box.width + 2 * CELL_PADDING), height: Math.round(box.height + 2 * CELL_PADDING) });
  });
  ro.observe(el);
  return () => ro.disconnect();
}

/** Cells whose user has scrolled them; any other is at the top. */
const scrolledCells = new WeakSet<Element>();

/**
 * TanStack's scroll write, minus the one it makes as it attaches to a cell that has never scrolled
 * (to 0, where the cell already is): that write forces a layout mid-commit for nothing.
 */
function scrollCell(offset: number, { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<HTMLDivElement, Element>): void {
  const el = instance.scrollElement;
  const top = offset + adjustments;
  if (el === null || (top === 0 && !scrolledCells.has(el))) return;
  el.scrollTo({ top, behavior });
}

/** What every card in a cell needs beside the card itself; one object for the whole board, memoised. */
export interface CardContext extends CardActions {
  selected: ReadonlySet<string>;
}

function Card({ card, ctx }: { card: BoardCardDto; ctx: CardContext }) {
  return (
    <BoardCard
      card={card}
      stageName={card.stage ?? UNMAPPED}
      p85Days={ctx.p85Days}
      nowMs={ctx.nowMs}
      selected={ctx.selected.has(card.key)}
      onOpen={ctx.onOpen}
      onToggleSelect={ctx.onToggleSelect}
      onMenu={ctx.onMenu}
      onAcceptSuggestion={ctx.onAcceptSuggestion}
      onDragStart={ctx.onDragStart}
      onDragEnd={ctx.onDragEnd}
      onFocusCard={ctx.onFocusCard}
    />
  );
}

export interface LaneCellProps {
  /** Unique per stage and lane, for keyboard navigation. */
  id: string;
  column: number;
  laneIndex: number;
  stage: string;
  cards: readonly BoardCardDto[];
  hint: DropHint;
  droppable: boolean;
  onDrop: (issueKey: string, stage: string) => void;
  register: (id: string, entry: CellEntry) => () => void;
  ctx: CardContext;
  label: string;
}

/**
 * One stage's cards in one lane: a drop target for its stage, lit or dimmed while a card is
 * dragged. Long lists render only the cards in view; `register` lets the page scroll a card into
 * view (j/k) before focusing it. Memoised: a cell whose cards, hint and card context are the same
 * objects as before does not render again (the grid keeps them stable).
 */
export const LaneCell = memo(function LaneCell(p: LaneCellProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const { onDrop, stage, droppable } = p;
  useEffect(() => {
    const el = ref.current;
    if (el === null || !droppable) return undefined;
    return dropTargetForElements({
      element: el,
      getData: () => ({ stage }),
      onDragEnter: () => setOver(true),
      onDragLeave: () => setOver(false),
      onDrop: ({ source }) => {
        setOver(false);
        const key = source.data.issueKey;
        if (typeof key === 'string') onDrop(key, stage);
      },
    });
  }, [stage, onDrop, droppable]);
  const virtual = p.cards.length > VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual; this component is memoised by hand (memo), not by the compiler
  const v = useVirtualizer({
    count: p.cards.length,
    getScrollElement: () => ref.current,
    estimateSize: () => ROW,
    overscan: 4,
    enabled: virtual,
    initialRect: { width: 0, height: Math.round((window.innerHeight * CELL_VH) / 100) },
    observeElementRect: observeCellRect,
    scrollToFn: scrollCell,
  });
  const { register, id, column, laneIndex, cards } = p;
  useEffect(() => register(id, { column, lane: laneIndex, cards, scrollTo: (i) => (virtual ? v.scrollToIndex(i, { align: 'auto' }) : undefined) }), [register, id, column, laneIndex, cards, virtual, v]);
  const hint = p.hint;
  const lit = hint?.state === 'valid';
  const dim = hint?.state === 'invalid';
  return (
    <div
      ref={ref}
      role="list"
      aria-label={p.label}
      data-drop={hint?.state ?? 'idle'}
      onScroll={(e) => scrolledCells.add(e.currentTarget)}
      style={{
        position: 'relative',
        minHeight: 60,
        maxHeight: virtual ? `${CELL_VH}vh` : undefined,
        overflowY: virtual ? 'auto' : undefined,
        padding: CELL_PADDING,
        borderRadius: 4,
        background: lit ? (over ? token('color.background.selected.hovered') : token('color.background.selected')) : token('color.background.neutral.subtle'),
        outline: lit ? `2px dashed ${token('color.border.selected')}` : undefined,
        opacity: dim ? 0.45 : 1,
        transition: 'opacity 120ms, background 120ms',
      }}
    >
      {dim && (
        <div role="note" style={{ position: 'sticky', top: 0, zIndex: 1, padding: '4px 6px', marginBottom: 4, borderRadius: 3, background: token('color.background.neutral.bold'), color: token('color.text.inverse'), font: token('font.body.small') }}>
          {hint.reason}
        </div>
      )}
      {hint?.state === 'checking' && <div style={{ font: token('font.body.small'), color: token('color.text.subtlest'), padding: 4 }}>Checking the workflow…</div>}
      {virtual ? (
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const card = cards[item.index];
            return card === undefined ? null : (
              <div key={card.key} className="sf-cell-item" style={{ transform: `translateY(${item.start}px)` }}>
                <Card card={card} ctx={p.ctx} />
              </div>
            );
          })}
        </div>
      ) : (
        cards.map((card) => (
          <div key={card.key} className="sf-cell-row">
            <Card card={card} ctx={p.ctx} />
          </div>
        ))
      )}
    </div>
  );
});
