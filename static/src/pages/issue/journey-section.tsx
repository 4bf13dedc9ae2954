import { useState } from 'react';
import Toggle from '@atlaskit/toggle';
import { token } from '@atlaskit/tokens';
import type { JourneySquadDto } from '../../../../src/contract/journey';
import { formatDate, formatDays } from './journey-format';

export type DayMode = 'calendar' | 'business';

const cell = { padding: '4px 6px', borderBottom: `1px solid ${token('color.border')}`, textAlign: 'left' as const, font: token('font.body.small') };

/** One squad's view of the issue: a foldable "Now" row, then the stage table and the visit timeline. */
export function JourneySection(p: { squad: JourneySquadDto; showName: boolean; canEdit: boolean; busy: boolean; onQuickWin: (on: boolean) => void }) {
  const s = p.squad;
  const [open, setOpen] = useState(true);
  const [mode, setMode] = useState<DayMode>('calendar');
  const pick = (elapsed: number | null, business: number | null) => (mode === 'calendar' ? elapsed : business);
  const now = s.currentStage ?? (s.dropped ? 'Dropped' : `${s.currentStatusName} (unmapped)`);
  const repeats = new Map<string, number>();
  return (
    <section aria-label={`${s.squadName}: stage journey`} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {p.showName && <h2 style={{ margin: 0, font: token('font.heading.xsmall'), color: token('color.text') }}>{s.squadName}</h2>}
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="journey-now"
        style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%', textAlign: 'left', border: `1px solid ${token('color.border')}`, borderRadius: 4, padding: '6px 8px', background: token('color.background.neutral.subtle'), color: token('color.text'), font: token('font.body'), cursor: 'pointer' }}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span>
          Now: <strong>{now}</strong> · {formatDays(pick(s.inStageElapsedDays, s.inStageBusinessDays))} · total {formatDays(pick(s.totalElapsedDays, s.totalBusinessDays))}
        </span>
      </button>
      {open && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
          <div role="group" aria-label="Count days as" style={{ display: 'flex', gap: 4, alignItems: 'center', font: token('font.body.small'), color: token('color.text.subtle') }}>
            Days:
            {(['calendar', 'business'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)} style={{ border: `1px solid ${mode === m ? token('color.border.selected') : token('color.border')}`, background: mode === m ? token('color.background.selected') : 'transparent', color: mode === m ? token('color.text.selected') : token('color.text'), borderRadius: 12, padding: '0 8px', cursor: 'pointer', font: token('font.body.small') }}>
                {m === 'calendar' ? 'Calendar days' : 'Business days'}
              </button>
            ))}
          </div>
          <table style={{ borderCollapse: 'collapse', width: '100%', color: token('color.text') }} aria-label="Time in each stage">
            <thead>
              <tr>
                <th style={cell}>Stage</th>
                <th style={cell}>Status in {s.currentStatusName === '' ? 'Jira' : 'the project'}</th>
                <th style={{ ...cell, textAlign: 'right' }}>{mode === 'calendar' ? 'Calendar days' : 'Business days'}</th>
              </tr>
            </thead>
            <tbody>
              {s.stages.map((st) => (
                <tr key={st.name} data-stage-row={st.name} style={st.current ? { background: token('color.background.selected') } : undefined}>
                  <td style={cell}>
                    {st.name}
                    {st.visits > 1 && ` ×${st.visits}`}
                    {st.current && <strong> · so far</strong>}
                  </td>
                  <td style={{ ...cell, color: token('color.text.subtle') }}>{st.statusNames.join(', ') || '–'}</td>
                  <td style={{ ...cell, textAlign: 'right' }} data-days="">
                    {formatDays(pick(st.elapsedDays, st.businessDays))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.leadTime.soFar && s.olderThanPercent !== null && (
            <p style={{ margin: 0, font: token('font.body.small'), color: token('color.text.subtle') }}>
              So far older than {Math.round(s.olderThanPercent)}% of past items ({s.sampleSize} finished {s.leadTime.from} → {s.leadTime.to}).
            </p>
          )}
          <p style={{ margin: 0, font: token('font.body'), color: token('color.text') }} data-testid="journey-lead-time">
            {s.leadTime.from} → {s.leadTime.to} lead time:{' '}
            <strong>{s.leadTime.elapsedDays === null ? `not started (never in ${s.leadTime.from})` : `${formatDays(pick(s.leadTime.elapsedDays, s.leadTime.businessDays))}${s.leadTime.soFar ? ' so far' : ''}`}</strong>
          </p>
          <ol aria-label="Visits, oldest first" style={{ margin: 0, paddingLeft: 18, display: 'flex', flexDirection: 'column', gap: 4, font: token('font.body.small'), color: token('color.text') }}>
            {s.visits.map((v, i) => {
              const name = v.stage ?? 'Unmapped';
              const n = (repeats.get(name) ?? 0) + 1;
              repeats.set(name, n);
              return (
                <li key={`${v.entered}-${i}`} data-visit={name}>
                  <strong>
                    {name}
                    {n > 1 ? ` ×${n}` : ''}
                  </strong>{' '}
                  <span style={{ color: token('color.text.subtle') }}>({v.statusNames.join(', ')})</span> · {formatDate(v.entered)} → {v.left === null ? 'now' : formatDate(v.left)} · {formatDays(pick(v.elapsedDays, v.businessDays))}
                  {v.left === null ? ' so far' : ''}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <label style={{ display: 'flex', alignItems: 'center', gap: 6, font: token('font.body'), color: token('color.text') }}>
        <Toggle isChecked={s.quickWin} isDisabled={!p.canEdit || p.busy} onChange={(e) => p.onQuickWin(e.currentTarget.checked)} label="Quick win" />
        Quick win ({s.quickWinLabel} label){s.suggestedQuickWin ? ' — suggested by the squad’s rule' : ''}
        {!p.canEdit && <span style={{ color: token('color.text.subtlest') }}> · you may not edit this issue</span>}
      </label>
    </section>
  );
}
