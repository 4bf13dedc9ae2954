import { memo, useEffect, useRef, useState } from 'react';
import { draggable } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { token } from '@atlaskit/tokens';
import type { BoardCardDto } from '../../../../src/contract/board';
import { agingLevel, daysSince, type AgingLevel } from './board-model';
import { cardStyle, chip, metaStyle, summaryStyle } from './card-style';

const TYPE_GLYPHS: Record<string, { letter: string; color: string }> = {
  Story: { letter: 'S', color: token('color.icon.success') },
  Task: { letter: 'T', color: token('color.icon.information') },
  Epic: { letter: 'E', color: token('color.icon.discovery') },
  Experiment: { letter: 'X', color: token('color.icon.warning') },
  Bug: { letter: 'B', color: token('color.icon.danger') },
};

const AGING_TEXT: Record<AgingLevel, string> = { fresh: 'Young', ageing: 'Ageing', old: 'Older than 85 % of past items' };
const AGING_COLOR: Record<AgingLevel, string> = { fresh: token('color.icon.success'), ageing: token('color.icon.warning'), old: token('color.icon.danger') };

function TypeIcon({ type }: { type: string }) {
  const g = TYPE_GLYPHS[type] ?? { letter: type.charAt(0).toUpperCase() || '?', color: token('color.icon.subtle') };
  return (
    <span role="img" aria-label={type} title={type} style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 16, height: 16, borderRadius: 3, background: g.color, color: token('color.text.inverse'), fontSize: 10, fontWeight: 700, flex: 'none' }}>
      {g.letter}
    </span>
  );
}

function AssigneeAvatar({ card }: { card: BoardCardDto }) {
  const a = card.assignee;
  const name = a?.displayName ?? 'Unassigned';
  const initials = a === null ? '?' : name.split(/\s+/).slice(0, 2).map((w) => w.charAt(0)).join('');
  return (
    <span role="img" aria-label={`Assignee: ${name}`} title={name} style={{ width: 24, height: 24, borderRadius: '50%', overflow: 'hidden', flex: 'none', display: 'inline-flex', alignItems: 'center', justifyContent: 'center', background: token('color.background.neutral'), color: token('color.text.subtle'), fontSize: 10, fontWeight: 700 }}>
      {a?.avatarUrl ? <img src={a.avatarUrl} alt="" width={24} height={24} loading="lazy" /> : initials}
    </span>
  );
}

export interface CardProps {
  card: BoardCardDto;
  stageName: string;
  p85Days: number | null;
  nowMs: number;
  selected: boolean;
  onOpen: (key: string) => void;
  onToggleSelect: (key: string) => void;
  onMenu: (key: string, anchor: HTMLElement) => void;
  onAcceptSuggestion: (key: string) => void;
  onDragStart: (key: string) => void;
  onDragEnd: () => void;
  onFocusCard: (key: string) => void;
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
      style={cardStyle(card.flagged, p.selected, dragging)}
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
      <div style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
        <input type="checkbox" checked={p.selected} aria-label={`Select ${card.key}`} onChange={() => p.onToggleSelect(card.key)} style={{ marginTop: 3, flex: 'none' }} />
        <p style={{ ...summaryStyle, flex: 1 }}>{card.summary}</p>
        <button
          type="button"
          aria-label={`More actions for ${card.key}`}
          title="More actions"
          aria-haspopup="menu"
          onClick={(e) => p.onMenu(card.key, e.currentTarget)}
          style={{ flex: 'none', border: 'none', background: 'transparent', color: token('color.icon.subtle'), cursor: 'pointer', borderRadius: 3, padding: '0 4px', fontSize: 16, lineHeight: '20px' }}
        >
          ⋯
        </button>
      </div>
      <div style={metaStyle}>
        <TypeIcon type={card.issueType} />
        <span style={{ fontWeight: 600, color: token('color.text.subtle') }}>{card.key}</span>
        <span>{card.projectKey}</span>
        <span style={chip(token('color.background.neutral'), token('color.text'))}>{card.discipline}</span>
        {card.flagged && (
          <span style={chip(token('color.background.danger.bold'), token('color.text.inverse'))} role="img" aria-label="Flagged">
            ⚑ Flagged
          </span>
        )}
      </div>
      <div style={{ ...metaStyle, justifyContent: 'space-between' }}>
        <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', minWidth: 0, overflow: 'hidden' }}>
          {card.quickWin && <span style={chip(token('color.background.success'), token('color.text.success'))}>Quick win</span>}
          {card.suggestedQuickWin && (
            <button type="button" onClick={() => p.onAcceptSuggestion(card.key)} title="Suggested by the squad's quick-win rule: click to mark as quick win" style={{ ...chip(token('color.background.discovery'), token('color.text.discovery')), border: `1px dashed ${token('color.border.discovery')}`, cursor: 'pointer' }}>
              Suggested quick win +
            </button>
          )}
          {inStage !== null && <span aria-label={`${inStage.replace(' d', ' days')} in ${p.stageName}`}>{inStage} in {p.stageName}</span>}
          {aging !== null && (
            <span title={AGING_TEXT[aging]} style={{ display: 'inline-flex', alignItems: 'center', gap: 3 }}>
              <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: '50%', background: AGING_COLOR[aging] }} />
              {aging === 'old' ? 'Old' : aging === 'ageing' ? 'Ageing' : ''}
              <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{AGING_TEXT[aging]}</span>
            </span>
          )}
        </span>
        <AssigneeAvatar card={card} />
      </div>
    </div>
  );
});
