import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Plain styles with design tokens: 2,000 cards render fast without a styled wrapper per element. */
export const CARD_HEIGHT = 112;
export const CARD_GAP = 8;

export const cardStyle = (flagged: boolean, selected: boolean, dragging: boolean): CSSProperties => ({
  boxSizing: 'border-box',
  height: CARD_HEIGHT,
  padding: '8px 10px',
  borderRadius: 4,
  background: flagged ? token('color.background.danger') : token('elevation.surface.raised'),
  boxShadow: token('elevation.shadow.raised'),
  border: `${flagged ? 2 : 1}px solid ${flagged ? token('color.border.danger') : selected ? token('color.border.selected') : 'transparent'}`,
  borderLeft: flagged ? `6px solid ${token('color.border.danger')}` : undefined,
  outline: selected ? `2px solid ${token('color.border.selected')}` : undefined,
  opacity: dragging ? 0.4 : 1,
  cursor: 'pointer',
  display: 'flex',
  flexDirection: 'column',
  gap: 4,
  color: token('color.text'),
  overflow: 'hidden',
});

export const summaryStyle: CSSProperties = {
  font: token('font.body'),
  fontWeight: 500,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  margin: 0,
};

export const metaStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: 6, font: token('font.body.small'), color: token('color.text.subtle'), minWidth: 0, whiteSpace: 'nowrap' };

export const chip = (bg: string, fg: string): CSSProperties => ({ background: bg, color: fg, borderRadius: 3, padding: '0 4px', font: token('font.body.small'), fontWeight: 600, whiteSpace: 'nowrap' });
