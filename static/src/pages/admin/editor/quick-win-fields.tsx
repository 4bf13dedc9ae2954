import Textfield from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import Select from '@atlaskit/select';
import { Box, Inline } from '@atlaskit/primitives';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';
import { cell, wide } from './field-widths';

interface Props {
  draft: Draft;
  errors: FieldErrors;
  firstError: (prefix: string) => string | undefined;
  onChange: (draft: Draft) => void;
}

/** The quick-win label, and the optional rule that suggests candidates by effort. */
export function QuickWinFields({ draft, errors, firstError, onChange }: Props) {
  const candidate = draft.quickWin.candidate;
  const setCandidate = (on: boolean): void => {
    const { candidate: _drop, ...rest } = draft.quickWin;
    const stages = draft.stages.slice(0, 2).map((s) => s.name);
    onChange({ ...draft, quickWin: on ? { ...rest, candidate: { effortFieldId: 'customfield_10016', maxEffort: 3, stages } } : rest });
  };
  const withCandidate = (next: Partial<NonNullable<typeof candidate>>): void => {
    if (candidate !== undefined) onChange({ ...draft, quickWin: { ...draft.quickWin, candidate: { ...candidate, ...next } } });
  };
  return (
    <>
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
              <Textfield id="effort-field" isCompact value={candidate.effortFieldId} onChange={(e) => withCandidate({ effortFieldId: e.currentTarget.value })} />
            </FormField>
          </Box>
          <Box xcss={cell}>
            <FormField id="max-effort" label="At most this effort" error={errors.get('quickWin.candidate.maxEffort')}>
              <Textfield id="max-effort" isCompact inputMode="decimal" value={String(candidate.maxEffort)} onChange={(e) => withCandidate({ maxEffort: Number(e.currentTarget.value) })} />
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
                onChange={(v) => withCandidate({ stages: v.map((o) => o.value) })}
              />
            </FormField>
          </Box>
        </Inline>
      )}
    </>
  );
}
