import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { BoardCardDto, BoardOverviewDto, BoardTargetDto } from '../../../../src/contract/board';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { ColumnHeader, LaneCell, type CardContext, type DropHint } from './board-column';
import { BoardDialogs, type BoardDialog } from './board-dialogs';
import { filterCards, filtersToQuery, groupBoard, NO_ASSIGNEE, UNMAPPED, type BoardFilters, type Swimlanes } from './board-model';
import { BoardToolbar } from './board-toolbar';
import { CardMenu, type MenuState } from './card-menu';
import { useBoardKeys } from './use-board-keys';

type Notice = { appearance: 'error' | 'success' | 'warning'; title: string; body: string } | null;
type DragState = { key: string; fromStage: string | null; targets: BoardTargetDto[] | null } | null;

const messageOf = (err: unknown): string => (err instanceof InvokeError ? err.message : String(err));

interface GridProps {
  squadId: string;
  overview: BoardOverviewDto;
  cards: BoardCardDto[];
  complete: boolean;
  update: (fn: (cards: BoardCardDto[]) => BoardCardDto[]) => void;
  announce: (text: string) => void;
  filters: BoardFilters;
  onFilters: (f: BoardFilters) => void;
  onOpenIssue: (key: string) => void;
}

/** Filters, lanes and columns of a loaded board, with moves (drag, menu) and quick-win tagging. */
export function BoardGrid(p: GridProps) {
  const { overview, update, announce, squadId, filters, onFilters } = p;
  const [lanes, setLanes] = useState<Swimlanes>(() => (new URLSearchParams(window.location.search).get('lanes') as Swimlanes | null) ?? overview.swimlanes);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [dialog, setDialog] = useState<BoardDialog>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [drag, setDrag] = useState<DragState>(null);
  const cardsRef = useRef(p.cards);
  useEffect(() => {
    cardsRef.current = p.cards;
  }, [p.cards]);
  // "5 d in Pilot" counts from now; a minute's precision is plenty for whole days.
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNowMs(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const keys = useBoardKeys(useCallback(() => setDialog({ kind: 'shortcuts' }), []), overview.stages.length + 1);

  // The URL follows the filters a moment later: writing it is not needed for the click's own
  // frame (and several quick clicks write it once).
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const q = new URLSearchParams(filtersToQuery(window.location.search, filters));
      if (lanes === overview.swimlanes) q.delete('lanes');
      else q.set('lanes', lanes);
      const text = q.toString();
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${text === '' ? '' : `?${text}`}`);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [filters, lanes, overview.swimlanes]);

  const shown = useMemo(() => filterCards(p.cards, filters), [p.cards, filters]);
  const { columns } = useMemo(() => groupBoard(overview.stages, shown, lanes, overview.disciplines), [overview.stages, shown, lanes, overview.disciplines]);
  const assignees = useMemo(() => [...new Set(p.cards.map((c) => c.assignee?.displayName ?? NO_ASSIGNEE))].sort(), [p.cards]);
  const types = useMemo(() => [...new Set(p.cards.map((c) => c.issueType))].sort(), [p.cards]);
  const disciplines = useMemo(() => [...new Set([...overview.disciplines, ...p.cards.map((c) => c.discipline)])], [overview.disciplines, p.cards]);

  const focusBack = useCallback((key: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-issue-key="${CSS.escape(key)}"]`)?.focus()), []);

  /** Moves a card at once, then asks Jira; puts it back with Jira's message when Jira refuses. */
  const move = useCallback(
    async (key: string, stage: string, transitionId?: string) => {
      const card = cardsRef.current.find((c) => c.key === key);
      if (card === undefined || card.stage === stage) return;
      const before = { stage: card.stage, inStageSince: card.inStageSince, statusId: card.statusId, statusName: card.statusName };
      const put = (fields: Partial<BoardCardDto>) => update((cards) => cards.map((c) => (c.key === key ? { ...c, ...fields } : c)));
      put({ stage, inStageSince: new Date().toISOString() });
      announce(`Moving ${key} to ${stage}…`);
      try {
        const r = await invoke('board.move', { squadId, issueKey: key, stage, ...(transitionId === undefined ? {} : { transitionId }) });
        if (r.outcome === 'moved') {
          put({ statusId: r.statusId, statusName: r.statusName });
          announce(`${key} moved to ${stage} (${r.statusName}).`);
          setNotice(null);
        } else {
          put(before);
          if (r.outcome === 'choose') setDialog({ kind: 'choose', issueKey: key, stage, options: r.options });
          else if (r.outcome === 'screen') setDialog({ kind: 'screen', issueKey: key, stage, message: r.message });
          else {
            setNotice({ appearance: 'error', title: `${key} stays in ${before.stage ?? UNMAPPED}`, body: r.message });
            announce(`${key} was not moved: ${r.message}`);
          }
        }
      } catch (err) {
        put(before);
        setNotice({ appearance: 'error', title: `${key} stays in ${before.stage ?? UNMAPPED}`, body: messageOf(err) });
        announce(`${key} was not moved: ${messageOf(err)}`);
      }
      focusBack(key);
    },
    [squadId, update, announce, focusBack],
  );

  const tag = useCallback(
    async (issueKeys: string[], action: 'add' | 'remove') => {
      try {
        const r = await invoke('board.quickWin', { squadId, issueKeys, action });
        const done = new Set(r.results.filter((x) => x.ok).map((x) => x.issueKey));
        update((cards) => cards.map((c) => (done.has(c.key) ? { ...c, quickWin: action === 'add', suggestedQuickWin: false } : c)));
        const failed = r.results.filter((x) => !x.ok);
        const what = action === 'add' ? 'marked as quick win' : 'no longer quick win';
        announce(`${done.size} ${done.size === 1 ? 'item' : 'items'} ${what}${failed.length > 0 ? `; ${failed.length} not changed` : ''}.`);
        setNotice(failed.length === 0 ? null : { appearance: 'warning', title: `${failed.length} of ${issueKeys.length} not changed`, body: failed.map((x) => `${x.issueKey}: ${x.message ?? ''}`).join(' · ') });
        setSelected(new Set());
      } catch (err) {
        setNotice({ appearance: 'error', title: 'The quick-win label was not changed', body: messageOf(err) });
      }
    },
    [squadId, update, announce],
  );

  const onDragStart = useCallback(
    (key: string) => {
      const card = cardsRef.current.find((c) => c.key === key);
      setDrag({ key, fromStage: card?.stage ?? null, targets: null });
      invoke('board.transitions', { squadId, issueKey: key }).then(
        (t) => setDrag((d) => (d?.key === key ? { ...d, targets: t.targets } : d)),
        () => setDrag((d) => (d?.key === key ? { ...d, targets: [] } : d)),
      );
    },
    [squadId],
  );
  const onDragEnd = useCallback(() => setDrag(null), []);
  const dragRef = useRef(drag);
  useEffect(() => {
    dragRef.current = drag;
  }, [drag]);
  const onDrop = useCallback(
    (key: string, stage: string) => {
      const target = dragRef.current?.targets?.find((t) => t.stage === stage);
      if (stage === UNMAPPED) return;
      if (target !== undefined && !target.reachable) {
        announce(`${key} cannot move to ${stage}: ${target.reason ?? ''}`);
        return;
      }
      void move(key, stage);
    },
    [move, announce],
  );

  // One hint object per stage for each drag state, so cells that did not change skip rendering.
  const hints = useMemo(() => {
    const out = new Map<string, DropHint>();
    if (drag === null) return out;
    for (const col of columns) out.set(col.stage, hintOf(drag, col.stage));
    return out;
  }, [drag, columns]);

  const onMenu = useCallback(
    (key: string, anchor: HTMLElement) => {
      const rect = anchor.getBoundingClientRect();
      const card = cardsRef.current.find((c) => c.key === key);
      setMenu({ issueKey: key, quickWin: card?.quickWin ?? false, top: Math.min(rect.bottom + 4, window.innerHeight - 160), left: Math.max(8, Math.min(rect.left, window.innerWidth - 220)), view: 'main', targets: null });
    },
    [],
  );
  const closeMenu = useCallback(() => {
    setMenu((m) => {
      if (m !== null) focusBack(m.issueKey);
      return null;
    });
  }, [focusBack]);
  const showStages = useCallback(() => {
    setMenu((m) => (m === null ? m : { ...m, view: 'stages', targets: { status: 'loading' } }));
    const key = menu?.issueKey;
    if (key === undefined) return;
    invoke('board.transitions', { squadId, issueKey: key }).then(
      (t) => setMenu((m) => (m?.issueKey === key ? { ...m, targets: { status: 'ready', targets: t.targets } } : m)),
      (err: unknown) => setMenu((m) => (m?.issueKey === key ? { ...m, targets: { status: 'error', message: messageOf(err) } } : m)),
    );
  }, [menu?.issueKey, squadId]);

  const onToggleSelect = useCallback((key: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  }), []);
  const onAcceptSuggestion = useCallback((key: string) => void tag([key], 'add'), [tag]);
  const { onOpenIssue } = p;
  const ctx = useMemo<CardContext>(
    () => ({ p85Days: overview.leadTimeP85Days, nowMs, selected, onOpen: onOpenIssue, onToggleSelect, onMenu, onAcceptSuggestion, onDragStart, onDragEnd, onFocusCard: keys.onFocusCard }),
    [overview.leadTimeP85Days, nowMs, selected, onOpenIssue, onToggleSelect, onMenu, onAcceptSuggestion, onDragStart, onDragEnd, keys.onFocusCard],
  );
  const selectedCards = p.cards.filter((c) => selected.has(c.key));

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <BoardToolbar filters={filters} onFilters={onFilters} disciplines={disciplines} assignees={assignees} types={types} lanes={lanes} onLanes={setLanes} shown={shown.length} total={p.cards.length} />
      {!p.complete && <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>Loading more items from Jira… ({p.cards.length} so far)</span>}
      {selected.size > 0 && (
        <div role="region" aria-label="Bulk actions" style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '6px 8px', borderRadius: 4, background: token('color.background.selected') }}>
          <span style={{ font: token('font.body'), color: token('color.text.selected') }}>{selected.size} selected</span>
          <Button onClick={() => void tag([...selected], 'add')} isDisabled={selectedCards.every((c) => c.quickWin)}>
            Mark as quick win
          </Button>
          <Button onClick={() => void tag([...selected], 'remove')} isDisabled={selectedCards.every((c) => !c.quickWin)}>
            Remove quick win
          </Button>
          <Button appearance="subtle" onClick={() => setSelected(new Set())}>
            Clear selection
          </Button>
        </div>
      )}
      {notice !== null && (
        <div data-testid="board-notice">
          <SectionMessage appearance={notice.appearance} title={notice.title}>
            <p style={{ margin: 0 }}>{notice.body}</p>
          </SectionMessage>
        </div>
      )}
      <div style={{ overflowX: 'auto' }}>
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${columns.length}, minmax(230px, 1fr))`, gap: 12, minWidth: columns.length * 242 }}>
          {columns.map((col, columnIndex) => (
            <div key={col.stage} data-stage={col.stage} role="group" aria-label={`${col.stage}: ${col.cards.length} items`} style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}>
              <ColumnHeader stage={col.stage} config={col.config} count={col.cards.length} laneCounts={col.laneCounts} {...(col.config === null ? { unmappedHint: 'Statuses not mapped to a stage' } : {})} />
              {col.cells.map((cell, laneIndex) => (
                <div key={cell.lane || 'all'} data-lane={cell.lane}>
                  {lanes !== 'none' && (
                    <div style={{ font: token('font.body.small'), fontWeight: 600, color: token('color.text.subtle'), padding: '2px 4px' }}>
                      {cell.lane} · {cell.cards.length}
                    </div>
                  )}
                  <LaneCell
                    id={`${col.stage}|${cell.lane}`}
                    column={columnIndex}
                    laneIndex={laneIndex}
                    stage={col.stage}
                    cards={cell.cards}
                    hint={hints.get(col.stage) ?? null}
                    droppable={col.config !== null}
                    onDrop={onDrop}
                    register={keys.register}
                    ctx={ctx}
                    label={`${col.stage}${cell.lane === '' ? '' : `, ${cell.lane}`}`}
                  />
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
      {menu !== null && (
        <CardMenu
          menu={menu}
          onClose={closeMenu}
          onShowStages={showStages}
          onMove={(stage) => {
            const key = menu.issueKey;
            setMenu(null);
            void move(key, stage);
          }}
          onQuickWin={() => {
            const key = menu.issueKey;
            setMenu(null);
            focusBack(key);
            void tag([key], menu.quickWin ? 'remove' : 'add');
          }}
          onOpen={() => onOpenIssue(menu.issueKey)}
        />
      )}
      <BoardDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        onChoose={(key, stage, transitionId) => {
          setDialog(null);
          void move(key, stage, transitionId);
        }}
        onOpenIssue={onOpenIssue}
      />
    </div>
  );
}

/** Where a dragged card may go, for one column. */
function hintOf(drag: NonNullable<DragState>, stage: string): DropHint {
  if (stage === UNMAPPED) return { state: 'invalid', reason: 'Items cannot be moved into an unmapped status' };
  if (stage === drag.fromStage) return null;
  if (drag.targets === null) return { state: 'checking' };
  const t = drag.targets.find((x) => x.stage === stage);
  return t?.reachable === true ? { state: 'valid' } : { state: 'invalid', reason: t?.reason ?? 'Not reachable' };
}
