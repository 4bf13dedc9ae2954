import { Box, Inline, Stack } from '@atlaskit/primitives';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';
import { DisciplineFields } from './discipline-fields';
import { ChoiceSelect } from './choice-select';
import { ParsedTextField } from './parsed-text-field';
import { QuickWinFields } from './quick-win-fields';
import { HandoffFields } from './handoff-fields';
import { CalendarFields } from './calendar-fields';
import { RulesSection } from './rules-section';
import { cell } from './field-widths';
import type { Swimlanes } from '../../../../../src/contract';

const SWIMLANE_CHOICES: Array<{ value: Swimlanes; label: string }> = [
  { value: 'discipline', label: 'By discipline' },
  { value: 'assignee', label: 'By assignee' },
  { value: 'none', label: 'No swimlanes' },
];

interface Props {
  draft: Draft;
  projectNames: Readonly<Record<string, string>>;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}

/** Discipline, quick wins, the board, hand-offs, and the calendar that business-day lead times and weeks use. */
export function StepRules({ draft, projectNames, errors, onChange }: Props) {
  const firstError = (prefix: string): string | undefined => [...errors].find(([p]) => p === prefix || p.startsWith(`${prefix}.`))?.[1];
  const fields = { draft, errors, firstError, onChange };
  return (
    <Stack space="space.300">
      <RulesSection title="Discipline">
        <DisciplineFields draft={draft} projectNames={projectNames} errors={errors} onChange={onChange} />
      </RulesSection>
      <RulesSection title="Quick wins">
        <QuickWinFields {...fields} />
      </RulesSection>
      <RulesSection title="Board">
        <Inline space="space.200" shouldWrap>
          <Box xcss={cell}>
            <ParsedTextField
              id="done-window"
              label="Show finished items for"
              error={errors.get('board.doneWindowDays')}
              helper="Days an item stays on the board after reaching the last stage (1–90)."
              inputMode="numeric"
              elemAfterInput={<Box paddingInlineEnd="space.100">days</Box>}
              initialText={String(draft.board.doneWindowDays)}
              parse={Number}
              onParsed={(doneWindowDays) => onChange({ ...draft, board: { ...draft.board, doneWindowDays } })}
            />
          </Box>
          <Box xcss={cell}>
            <FormField id="swimlanes" label="Swimlanes at first" error={errors.get('board.swimlanes')} helper="Viewers can switch them on the board.">
              <ChoiceSelect inputId="swimlanes" choices={SWIMLANE_CHOICES} value={draft.board.swimlanes} onChange={(swimlanes) => onChange({ ...draft, board: { ...draft.board, swimlanes } })} />
            </FormField>
          </Box>
        </Inline>
      </RulesSection>
      <RulesSection title="Hand-offs between disciplines">
        <HandoffFields {...fields} />
      </RulesSection>
      <RulesSection title="Calendar">
        <CalendarFields {...fields} />
      </RulesSection>
    </Stack>
  );
}
