import { memo, useEffect, useRef, useState } from 'react';
import { draggable } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import type { BoardCardDto } from '../../../../src/contract/board';
import { agingLevel, daysSince, type AgingLevel } from './board-model';
import './board.css';

/** Jira's usual types get their own colour; any other shows its first letter on grey. */
const TYPE_CLASS: Record<string, { letter: string; cls: string }> = {
  Story: { letter: 'S', cls: 'sf-type sf-type-story' },
  Task: { letter: 'T', cls: 'sf-type sf-type-task' },
  Epic: { letter: 'E', cls: 'sf-type sf-type-epic' },
  Experiment: { letter: 'X', cls: 'sf-type sf-type-experiment' },
  Bug: { letter: 'B', cls: 'sf-type sf-type-bug' },
};

const AGING_TEXT: Record<AgingLevel, string> = { fresh: 'Young', ageing: 'Ageing', old: 'Older than 85 % of past items' };

function TypeIcon({ type }: { type: string }) {
  const g = TYPE_CLASS[type] ?? { letter: type.charAt(0).toUpperCase() || '?', cls: 'sf-type' };
  return (
    <span role="img" aria-label={type} title={type} className={g.cls}>
      {g.letter}
    </span>
  );
}

function AssigneeAvatar({ card }: { card: BoardCardDto }) {
  const a = card.assignee;
  const name = a?.displayName ?? 'Unassigned';
  // A picture the site's policy or the network refuses falls back to the initials.
  const [broken, setBroken] = useState(false);
  const initials = a === null ? '?' : name.split(/\s+/).slice(0, 2).map((w) => w.charAt(0)).join('');
  return (
    <span role="img" aria-label={`Assignee: ${name}`} title={name} className="sf-avatar">
      {a?.avatarUrl && !broken ? <img src={a.avatarUrl} alt="" width={24} height={24} loading="lazy" onError={() => setBroken(true)} /> : initials}
    </span>
  );
}

/** What a card needs from the board beside its own data (the same for every card). */
export interface CardActions {
  p85Days: number | null;
  nowMs: number;
  onOpen: (key: string) => void;
  onToggleSelect: (key: string) => void;
  onMenu: (key: string, anchor: HTMLElement) => void;
  onAcceptSuggestion: (key: string) => void;
  onDragStart: (key: string) => void;
  onDragEnd: () => void;
  onFocusCard: (key: string) => void;
}

export interface CardProps extends CardActions {
  card: BoardCardDto;
  stageName: string;
  selected: boolean;
}

/** One card: summary first, then key and project, type, assignee, discipline, quick win, time in stage, aging, flag. */
export const BoardCard = memo(function BoardCard(p: CardProps) {
  const { card } = p;
  const ref = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const { onDragStart, onDragEnd } = p;
  useEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    return draggable({
      element: el,
      getInitialData: () => ({ issueKey: card.key }),
      onDragStart: () => {
        setDragging(true);
        onDragStart(card.key);
      },
      onDrop: () => {
        setDragging(false);
        onDragEnd();
      },
    });
  }, [card.key, onDragStart, onDragEnd]);
  const inStage = daysSince(card.inStageSince, p.nowMs);
  const aging = agingLevel(card.ageDays, p.p85Days);
  const label = `${card.key} ${card.summary}${card.flagged ? ', flagged' : ''}${card.quickWin ? ', quick win' : ''}`;
  return (
    <div
      ref={ref}
      role="listitem"
      tabIndex={0}
      data-issue-key={card.key}
      aria-label={label}
      className="sf-card"
      data-flagged={card.flagged ? '' : undefined}
      data-selected={p.selected ? '' : undefined}
      data-dragging={dragging ? '' : undefined}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button, input') === null) p.onOpen(card.key);
      }}
      onFocus={(e) => {
        if (e.target === e.currentTarget) p.onFocusCard(card.key);
      }}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter') p.onOpen(card.key);
        else if (e.key === ' ' || e.key === 'x') {
          e.preventDefault();
          p.onToggleSelect(card.key);
        } else if (e.key === 'm' || (e.key === 'F10' && e.shiftKey)) {
          e.preventDefault();
          p.onMenu(card.key, e.currentTarget);
        }
      }}
    >
      <div className="sf-card-top">
        <input type="checkbox" checked={p.selected} aria-label={`Select ${card.key}`} onChange={() => p.onToggleSelect(card.key)} />
        <p className="sf-card-summary">{card.summary}</p>
        <button type="button" aria-label={`More actions for ${card.key}`} title="More actions" aria-haspopup="menu" onClick={(e) => p.onMenu(card.key, e.currentTarget)} className="sf-card-more">
          ⋯
        </button>
      </div>
      <div className="sf-card-meta">
        <TypeIcon type={card.issueType} />
        <span className="sf-card-key">{card.key}</span>
        <span>{card.projectKey}</span>
        <span className="sf-chip">{card.discipline}</span>
        {card.flagged && (
          <span className="sf-chip sf-chip-flag" role="img" aria-label="Flagged">
            ⚑ Flagged
          </span>
        )}
      </div>
      <div className="sf-card-meta sf-card-foot">
        <span className="sf-card-left">
          {card.quickWin && <span className="sf-chip sf-chip-qw">Quick win</span>}
          {card.suggestedQuickWin && (
            <button type="button" onClick={() => p.onAcceptSuggestion(card.key)} title="Suggested by the squad's quick-win rule: click to mark as quick win" className="sf-chip sf-chip-suggest">
              Suggested quick win +
            </button>
          )}
          {inStage !== null && <span aria-label={`${inStage.replace(' d', ' days')} in ${p.stageName}`}>{inStage} in {p.stageName}</span>}
          {aging !== null && (
            <span title={AGING_TEXT[aging]} className="sf-aging">
              <span aria-hidden="true" className={`sf-aging-dot sf-aging-${aging}`} />
              {aging === 'old' ? 'Old' : aging === 'ageing' ? 'Ageing' : ''}
              <span className="sf-sr-only">{AGING_TEXT[aging]}</span>
            </span>
          )}
        </span>
        <AssigneeAvatar card={card} />
      </div>
    </div>
  );
});
