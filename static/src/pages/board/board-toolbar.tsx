import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import { activeFilterCount, NO_FILTERS, type BoardFilters, type Swimlanes } from './board-model';

const chipStyle = (on: boolean): CSSProperties => ({
  border: `1px solid ${on ? token('color.border.selected') : token('color.border')}`,
  background: on ? token('color.background.selected') : token('color.background.neutral.subtle'),
  color: on ? token('color.text.selected') : token('color.text'),
  borderRadius: 16,
  padding: '2px 10px',
  font: token('font.body'),
  cursor: 'pointer',
  whiteSpace: 'nowrap',
});

const fieldStyle: CSSProperties = { font: token('font.body'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: 3, padding: '3px 6px' };

const toggle = (values: readonly string[], v: string): string[] => (values.includes(v) ? values.filter((x) => x !== v) : [...values, v]);

/** Quick filters as chips (quick wins, flagged, each discipline, assignee, type, text), and the swimlanes switch. */
export function BoardToolbar(p: { filters: BoardFilters; onFilters: (f: BoardFilters) => void; disciplines: string[]; assignees: string[]; types: string[]; lanes: Swimlanes; onLanes: (l: Swimlanes) => void; shown: number; total: number }) {
  const f = p.filters;
  const set = (over: Partial<BoardFilters>) => p.onFilters({ ...f, ...over });
  return (
    <div role="toolbar" aria-label="Quick filters" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
      <input type="search" aria-label="Filter cards by text" placeholder="Filter cards" value={f.text} onChange={(e) => set({ text: e.target.value })} style={{ ...fieldStyle, width: 160 }} />
      <button type="button" aria-pressed={f.quickWins} style={chipStyle(f.quickWins)} onClick={() => set({ quickWins: !f.quickWins })}>
        Quick wins
      </button>
      <button type="button" aria-pressed={f.flagged} style={chipStyle(f.flagged)} onClick={() => set({ flagged: !f.flagged })}>
        ⚑ Flagged
      </button>
      {p.disciplines.map((d) => (
        <button key={d} type="button" aria-pressed={f.disciplines.includes(d)} style={chipStyle(f.disciplines.includes(d))} onClick={() => set({ disciplines: toggle(f.disciplines, d) })}>
          {d}
        </button>
      ))}
      <select aria-label="Filter by assignee" value="" onChange={(e) => e.target.value !== '' && set({ assignees: toggle(f.assignees, e.target.value) })} style={fieldStyle}>
        <option value="">Assignee…</option>
        {p.assignees.map((a) => (
          <option key={a} value={a}>
            {f.assignees.includes(a) ? `✓ ${a}` : a}
          </option>
        ))}
      </select>
      <select aria-label="Filter by issue type" value="" onChange={(e) => e.target.value !== '' && set({ types: toggle(f.types, e.target.value) })} style={fieldStyle}>
        <option value="">Type…</option>
        {p.types.map((t) => (
          <option key={t} value={t}>
            {f.types.includes(t) ? `✓ ${t}` : t}
          </option>
        ))}
      </select>
      {[...f.assignees.map((a) => ['assignees', a] as const), ...f.types.map((t) => ['types', t] as const)].map(([field, v]) => (
        <button key={`${field}:${v}`} type="button" aria-pressed="true" aria-label={`Remove filter ${v}`} style={chipStyle(true)} onClick={() => set({ [field]: f[field].filter((x) => x !== v) })}>
          {v} ×
        </button>
      ))}
      {activeFilterCount(f) > 0 && (
        <button type="button" style={{ ...chipStyle(false), border: 'none', textDecoration: 'underline' }} onClick={() => p.onFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
      <span aria-live="polite" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {p.shown === p.total ? `${p.total} items` : `${p.shown} of ${p.total} items`}
      </span>
      <span style={{ marginLeft: 'auto', display: 'inline-flex', gap: 4, alignItems: 'center' }} role="group" aria-label="Swimlanes">
        <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>Swimlanes</span>
        {(['discipline', 'assignee', 'none'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={p.lanes === l} style={chipStyle(p.lanes === l)} onClick={() => p.onLanes(l)}>
            {l === 'discipline' ? 'Discipline' : l === 'assignee' ? 'Assignee' : 'None'}
          </button>
        ))}
      </span>
    </div>
  );
}
