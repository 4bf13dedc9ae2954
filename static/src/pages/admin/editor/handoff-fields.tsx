import Toggle from '@atlaskit/toggle';
import { Box, Inline } from '@atlaskit/primitives';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';
import { ChoiceSelect } from './choice-select';
import { ParsedTextField } from './parsed-text-field';
import { cell, wide } from './field-widths';

/** The hand-off stage: the configured one, or "the second stage" (the default, which follows renames). */
const SECOND_STAGE = '';

const linkTypeList = (text: string): string[] =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

interface Props {
  draft: Draft;
  errors: FieldErrors;
  firstError: (prefix: string) => string | undefined;
  onChange: (draft: Draft) => void;
}

/** When a hand-off between disciplines starts, and which links or parents make one. */
export function HandoffFields({ draft, errors, firstError, onChange }: Props) {
  const choices = [{ value: SECOND_STAGE, label: `The second stage (${draft.stages[1]?.name ?? '—'})` }, ...draft.stages.map((st) => ({ value: st.name, label: st.name }))];
  return (
    <>
      <Inline space="space.200" shouldWrap>
        <Box xcss={cell}>
          <FormField id="handoff-stage" label="A hand-off starts when the first item enters" error={errors.get('handoff.stage')}>
            <ChoiceSelect
              inputId="handoff-stage"
              choices={choices}
              value={draft.handoff.stage ?? SECOND_STAGE}
              onChange={(stage) => {
                const { stage: _old, ...rest } = draft.handoff;
                onChange({ ...draft, handoff: stage === SECOND_STAGE ? rest : { ...rest, stage } });
              }}
            />
          </FormField>
        </Box>
        <Box xcss={wide}>
          <ParsedTextField
            id="link-types"
            label="Linked by"
            error={firstError('handoff.linkTypes')}
            helper="Issue link type names such as Blocks, separated by commas (capitals do not matter); empty means any link."
            placeholder="any link type"
            initialText={draft.handoff.linkTypes.join(', ')}
            parse={linkTypeList}
            onParsed={(linkTypes) => onChange({ ...draft, handoff: { ...draft.handoff, linkTypes } })}
          />
        </Box>
      </Inline>
      <Inline space="space.100" alignBlock="center">
        <Toggle id="handoff-parent-child" isChecked={draft.handoff.parentChild} onChange={(e) => onChange({ ...draft, handoff: { ...draft.handoff, parentChild: e.currentTarget.checked } })} />
        <label htmlFor="handoff-parent-child">A parent and its child in another discipline are a hand-off too</label>
      </Inline>
    </>
  );
}
