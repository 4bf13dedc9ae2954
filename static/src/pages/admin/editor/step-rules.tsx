import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import Checkbox from '@atlaskit/checkbox';
import Select from '@atlaskit/select';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';
import { DisciplineFields } from './discipline-fields';
import { ChoiceSelect } from './choice-select';
import { splitList, splitNumbers } from './list-text';
import type { Swimlanes } from '../../../../../src/contract';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SWIMLANE_CHOICES: Array<{ value: Swimlanes; label: string }> = [
  { value: 'discipline', label: 'By discipline' },
  { value: 'assignee', label: 'By assignee' },
  { value: 'none', label: 'No swimlanes' },
];
/** The hand-off stage: the configured one, or "the second stage" (the default, which follows renames). */
const SECOND_STAGE = '';
const TIME_ZONES = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].map((z) => ({ value: z, label: z }));
const cell = xcss({ width: '220px' });
const wide = xcss({ width: '460px' });

interface Props {
  draft: Draft;
  projectNames: Readonly<Record<string, string>>;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}

/** Discipline, quick wins, and the calendar that business-day lead times and weeks use. */
export function StepRules({ draft, projectNames, errors, onChange }: Props) {
  const [holidays, setHolidays] = useState(draft.calendar.holidays.join(', '));
  const [percentiles, setPercentiles] = useState(draft.percentiles.join(', '));
  const [linkTypes, setLinkTypes] = useState(draft.handoff.linkTypes.join(', '));
  const [doneWindow, setDoneWindow] = useState(String(draft.board.doneWindowDays));
  const handoffChoices = [{ value: SECOND_STAGE, label: `The second stage (${draft.stages[1]?.name ?? '—'})` }, ...draft.stages.map((st) => ({ value: st.name, label: st.name }))];
  const candidate = draft.quickWin.candidate;
  const firstError = (prefix: string): string | undefined => [...errors].find(([p]) => p === prefix || p.startsWith(`${prefix}.`))?.[1];
  const setCandidate = (on: boolean): void => {
    const { candidate: _drop, ...rest } = draft.quickWin;
    const stages = draft.stages.slice(0, 2).map((s) => s.name);
    onChange({ ...draft, quickWin: on ? { ...rest, candidate: { effortFieldId: 'customfield_10016', maxEffort: 3, stages } } : rest });
  };
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Discipline
        </Heading>
        <DisciplineFields draft={draft} projectNames={projectNames} errors={errors} onChange={onChange} />
      </Stack>
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Quick wins
        </Heading>
        <Box xcss={cell}>
          <FormField id="quick-win-label" label="Quick-win label" error={errors.get('quickWin.label')} helper="Items carrying it count as quick wins (JQL sees it too).">
            <Textfield id="quick-win-label" isCompact value={draft.quickWin.label} onChange={(e) => onChange({ ...draft, quickWin: { ...draft.quickWin, label: e.currentTarget.value } })} />
          </FormField>
        </Box>
        <Inline space="space.100" alignBlock="center">
          <Toggle id="quick-win-candidates" isChecked={candidate !== undefined} onChange={(e) => setCandidate(e.currentTarget.checked)} />
          <label htmlFor="quick-win-candidates">Suggest candidates by effort</label>
        </Inline>
        {candidate && (
          <Inline space="space.200" shouldWrap>
            <Box xcss={cell}>
              <FormField id="effort-field" label="Effort field ID" error={errors.get('quickWin.candidate.effortFieldId')} helper="Story points: customfield_10016">
                <Textfield id="effort-field" isCompact value={candidate.effortFieldId} onChange={(e) => onChange({ ...draft, quickWin: { ...draft.quickWin, candidate: { ...candidate, effortFieldId: e.currentTarget.value } } })} />
              </FormField>
            </Box>
            <Box xcss={cell}>
              <FormField id="max-effort" label="At most this effort" error={errors.get('quickWin.candidate.maxEffort')}>
                <Textfield id="max-effort" isCompact inputMode="decimal" value={String(candidate.maxEffort)} onChange={(e) => onChange({ ...draft, quickWin: { ...draft.quickWin, candidate: { ...candidate, maxEffort: Number(e.currentTarget.value) } } })} />
              </FormField>
            </Box>
            <Box xcss={wide}>
              <FormField id="candidate-stages" label="While still in" error={firstError('quickWin.candidate.stages')}>
                <Select<{ value: string; label: string }, true>
                  inputId="candidate-stages"
                  isMulti
                  spacing="compact"
                  options={draft.stages.map((s) => ({ value: s.name, label: s.name }))}
                  value={candidate.stages.map((s) => ({ value: s, label: s }))}
                  onChange={(v) => onChange({ ...draft, quickWin: { ...draft.quickWin, candidate: { ...candidate, stages: v.map((o) => o.value) } } })}
                />
              </FormField>
            </Box>
          </Inline>
        )}
      </Stack>
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Board
        </Heading>
        <Inline space="space.200" shouldWrap>
          <Box xcss={cell}>
            <FormField id="done-window" label="Show finished items for" error={errors.get('board.doneWindowDays')} helper="Days an item stays on the board after reaching the last stage (1–90).">
              <Textfield
                id="done-window"
                isCompact
                inputMode="numeric"
                value={doneWindow}
                elemAfterInput={<Box paddingInlineEnd="space.100">days</Box>}
                onChange={(e) => {
                  setDoneWindow(e.currentTarget.value);
                  onChange({ ...draft, board: { ...draft.board, doneWindowDays: Number(e.currentTarget.value) } });
                }}
              />
            </FormField>
          </Box>
          <Box xcss={cell}>
            <FormField id="swimlanes" label="Swimlanes at first" error={errors.get('board.swimlanes')} helper="Viewers can switch them on the board.">
              <ChoiceSelect inputId="swimlanes" choices={SWIMLANE_CHOICES} value={draft.board.swimlanes} onChange={(swimlanes) => onChange({ ...draft, board: { ...draft.board, swimlanes } })} />
            </FormField>
          </Box>
        </Inline>
      </Stack>
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Hand-offs between disciplines
        </Heading>
        <Inline space="space.200" shouldWrap>
          <Box xcss={cell}>
            <FormField id="handoff-stage" label="A hand-off starts when the first item enters" error={errors.get('handoff.stage')}>
              <ChoiceSelect
                inputId="handoff-stage"
                choices={handoffChoices}
                value={draft.handoff.stage ?? SECOND_STAGE}
                onChange={(stage) => {
                  const { stage: _old, ...rest } = draft.handoff;
                  onChange({ ...draft, handoff: stage === SECOND_STAGE ? rest : { ...rest, stage } });
                }}
              />
            </FormField>
          </Box>
          <Box xcss={wide}>
            <FormField id="link-types" label="Linked by" error={firstError('handoff.linkTypes')} helper="Issue link type names, separated by commas; empty means any link.">
              <Textfield
                id="link-types"
                isCompact
                placeholder="any link type"
                value={linkTypes}
                onChange={(e) => {
                  setLinkTypes(e.currentTarget.value);
                  onChange({ ...draft, handoff: { ...draft.handoff, linkTypes: e.currentTarget.value.split(',').map((t) => t.trim()).filter((t) => t !== '') } });
                }}
              />
            </FormField>
          </Box>
        </Inline>
        <Inline space="space.100" alignBlock="center">
          <Toggle id="handoff-parent-child" isChecked={draft.handoff.parentChild} onChange={(e) => onChange({ ...draft, handoff: { ...draft.handoff, parentChild: e.currentTarget.checked } })} />
          <label htmlFor="handoff-parent-child">A parent and its child in another discipline are a hand-off too</label>
        </Inline>
      </Stack>
      <Stack space="space.100">
        <Heading size="small" as="h3">
          Calendar
        </Heading>
        <Inline space="space.200" shouldWrap>
          <Box xcss={cell}>
            <FormField id="time-zone" label="Time zone" error={errors.get('calendar.timeZone')} helper="Days and weeks (from Monday) are counted here.">
              <ChoiceSelect inputId="time-zone" choices={TIME_ZONES} value={draft.calendar.timeZone} onChange={(timeZone) => onChange({ ...draft, calendar: { ...draft.calendar, timeZone } })} />
            </FormField>
          </Box>
          <FormField id="working-days" label="Working days" error={firstError('calendar.workingDays')}>
            <Inline space="space.100" testId="working-days">
              {WEEKDAYS.map((day, i) => (
                <Checkbox
                  key={day}
                  label={day}
                  isChecked={draft.calendar.workingDays.includes(i + 1)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    const days = on ? [...draft.calendar.workingDays, i + 1].sort((a, b) => a - b) : draft.calendar.workingDays.filter((d) => d !== i + 1);
                    onChange({ ...draft, calendar: { ...draft.calendar, workingDays: days } });
                  }}
                />
              ))}
            </Inline>
          </FormField>
        </Inline>
        <Box xcss={wide}>
          <FormField id="holidays" label="Holidays" error={firstError('calendar.holidays')} helper="Dates as YYYY-MM-DD, separated by commas.">
            <Textfield
              id="holidays"
              isCompact
              value={holidays}
              onChange={(e) => {
                setHolidays(e.currentTarget.value);
                onChange({ ...draft, calendar: { ...draft.calendar, holidays: splitList(e.currentTarget.value) } });
              }}
            />
          </FormField>
        </Box>
        <Box xcss={cell}>
          <FormField id="percentiles" label="Percentiles" error={firstError('percentiles')} helper="Shown for lead times, e.g. 50, 70, 85, 95.">
            <Textfield
              id="percentiles"
              isCompact
              value={percentiles}
              onChange={(e) => {
                setPercentiles(e.currentTarget.value);
                onChange({ ...draft, percentiles: splitNumbers(e.currentTarget.value) });
              }}
            />
          </FormField>
        </Box>
      </Stack>
    </Stack>
  );
}
