import { useState } from 'react';
import Button, { IconButton } from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import ArrowUpIcon from '@atlaskit/icon/core/arrow-up';
import ArrowDownIcon from '@atlaskit/icon/core/arrow-down';
import DeleteIcon from '@atlaskit/icon/core/delete';
import AddIcon from '@atlaskit/icon/core/add';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { BackwardPolicy, DayUnit, Stage } from '../../../../../src/contract';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import { moveStage, removeStage, renameStage, type Draft } from './draft';
import { StageSwatch } from './stage-swatch';
import { ChoiceSelect, type Choice } from './choice-select';
import { formatLaneLimits, parseLaneLimits } from './list-text';

const COLORS: Array<Choice<Stage['color']>> = ['neutral', 'blue', 'teal', 'green', 'yellow', 'orange', 'red', 'purple', 'magenta'].map((c) => ({ value: c as Stage['color'], label: c[0]?.toUpperCase() + c.slice(1) }));
const KINDS: Array<Choice<Stage['kind']>> = [
  { value: 'active', label: 'Active (work)' },
  { value: 'waiting', label: 'Waiting (queue)' },
];
const POLICIES: Array<Choice<BackwardPolicy>> = [
  { value: 'keep', label: 'Keep first dates; count rework (default)' },
  { value: 'reset', label: 'Reset later stages (as jira-agile-metrics)' },
  { value: 'last', label: 'Use the last entry (as ActionableAgile)' },
];
const UNITS: Array<Choice<DayUnit>> = [
  { value: 'elapsed', label: 'Elapsed days (fractional)' },
  { value: 'calendar', label: 'Calendar days' },
  { value: 'inclusive', label: 'Calendar days, counting both ends' },
  { value: 'business', label: 'Working days (calendar and holidays)' },
];

const row = xcss({ paddingBlock: 'space.050' });
const nameCell = xcss({ width: '200px' });
const selectCell = xcss({ width: '170px' });
const wipCell = xcss({ width: '90px' });
const laneCell = xcss({ width: '220px' });

interface StepStagesProps {
  draft: Draft;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}

/** The squad's columns in order, which are queues, the headline lead time, and how dates count. */
export function StepStages({ draft, errors, onChange }: StepStagesProps) {
  const stageChoices: Array<Choice<string>> = draft.stages.map((s) => ({ value: s.name, label: s.name }));
  const setStage = (i: number, patch: Partial<Stage>): void => onChange({ ...draft, stages: draft.stages.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const addStage = (): void => onChange({ ...draft, stages: [...draft.stages, { name: `Stage ${draft.stages.length + 1}`, color: 'neutral', kind: 'active' }] });
  return (
    <Stack space="space.200">
      <Stack space="space.050">
        <Heading size="small" as="h3">
          Stages, in flow order
        </Heading>
        {errors.get('stages') !== undefined && <Text color="color.text.danger">{errors.get('stages')}</Text>}
        {draft.stages.map((stage, i) => (
          <Box key={i} xcss={row} testId={`stage-row-${i}`}>
            <Inline space="space.100" alignBlock="start" shouldWrap>
              <Box paddingBlockStart="space.300">
                <StageSwatch color={stage.color} />
              </Box>
              <Box xcss={nameCell}>
                <FormField id={`stage-${i}-name`} label="Name" error={errors.get(`stages.${i}.name`)}>
                  <Textfield id={`stage-${i}-name`} value={stage.name} isCompact onChange={(e) => onChange(renameStage(draft, i, e.currentTarget.value))} />
                </FormField>
              </Box>
              <Box xcss={selectCell}>
                <FormField id={`stage-${i}-color`} label="Colour">
                  <ChoiceSelect inputId={`stage-${i}-color`} choices={COLORS} value={stage.color} onChange={(color) => setStage(i, { color })} />
                </FormField>
              </Box>
              <Box xcss={selectCell}>
                <FormField id={`stage-${i}-kind`} label="Kind">
                  <ChoiceSelect inputId={`stage-${i}-kind`} choices={KINDS} value={stage.kind} onChange={(kind) => setStage(i, { kind })} />
                </FormField>
              </Box>
              <Box xcss={wipCell}>
                <FormField id={`stage-${i}-wip`} label="WIP limit" error={errors.get(`stages.${i}.wipLimit`)}>
                  <Textfield
                    id={`stage-${i}-wip`}
                    isCompact
                    inputMode="numeric"
                    placeholder="none"
                    value={stage.wipLimit === undefined ? '' : String(stage.wipLimit)}
                    onChange={(e) => setStage(i, { wipLimit: parseOptionalNumber(e.currentTarget.value) })}
                  />
                </FormField>
              </Box>
              <Box xcss={wipCell}>
                <FormField id={`stage-${i}-wip-min`} label="Minimum" error={errors.get(`stages.${i}.wipMin`)}>
                  <Textfield
                    id={`stage-${i}-wip-min`}
                    isCompact
                    inputMode="numeric"
                    placeholder="none"
                    value={stage.wipMin === undefined ? '' : String(stage.wipMin)}
                    onChange={(e) => setStage(i, { wipMin: parseOptionalNumber(e.currentTarget.value) })}
                  />
                </FormField>
              </Box>
              <Box xcss={laneCell}>
                <LaneLimitsField index={i} stage={stage} errors={errors} onChange={(laneWipLimits) => setStage(i, { laneWipLimits })} />
              </Box>
              <Box paddingBlockStart="space.250">
                <Inline space="space.050">
                  <IconButton icon={ArrowUpIcon} label={`Move ${stage.name} up`} spacing="compact" isDisabled={i === 0} onClick={() => onChange(moveStage(draft, i, -1))} />
                  <IconButton icon={ArrowDownIcon} label={`Move ${stage.name} down`} spacing="compact" isDisabled={i === draft.stages.length - 1} onClick={() => onChange(moveStage(draft, i, 1))} />
                  <IconButton icon={DeleteIcon} label={`Remove ${stage.name}`} spacing="compact" isDisabled={draft.stages.length <= 2} onClick={() => onChange(removeStage(draft, i))} />
                </Inline>
              </Box>
            </Inline>
          </Box>
        ))}
        <Box>
          <Button iconBefore={AddIcon} onClick={addStage} isDisabled={draft.stages.length >= 12} testId="add-stage">
            Add stage
          </Button>
        </Box>
      </Stack>
      <Inline space="space.200" shouldWrap>
        <Box xcss={selectCell}>
          <FormField id="lead-time-from" label="Lead time starts at" error={errors.get('leadTime.from')}>
            <ChoiceSelect inputId="lead-time-from" choices={stageChoices} value={draft.leadTime.from} onChange={(from) => onChange({ ...draft, leadTime: { ...draft.leadTime, from } })} />
          </FormField>
        </Box>
        <Box xcss={selectCell}>
          <FormField id="lead-time-to" label="and ends at" error={errors.get('leadTime.to')}>
            <ChoiceSelect inputId="lead-time-to" choices={stageChoices} value={draft.leadTime.to} onChange={(to) => onChange({ ...draft, leadTime: { ...draft.leadTime, to } })} />
          </FormField>
        </Box>
      </Inline>
      <Inline space="space.200" shouldWrap>
        <FormField id="backward-policy" label="When an item moves back to an earlier stage" error={errors.get('backwardPolicy')}>
          <ChoiceSelect inputId="backward-policy" choices={POLICIES} value={draft.backwardPolicy} onChange={(backwardPolicy) => onChange({ ...draft, backwardPolicy })} />
        </FormField>
        <FormField id="day-unit" label="Count lead times in" error={errors.get('unit')}>
          <ChoiceSelect inputId="day-unit" choices={UNITS} value={draft.unit} onChange={(unit) => onChange({ ...draft, unit })} />
        </FormField>
      </Inline>
    </Stack>
  );
}

/** Per-lane limits of one stage, typed as "Marketing: 3, IT: 2" (the text is kept while typing). */
function LaneLimitsField({ index, stage, errors, onChange }: { index: number; stage: Stage; errors: FieldErrors; onChange: (limits: Stage['laneWipLimits']) => void }) {
  const [text, setText] = useState(formatLaneLimits(stage.laneWipLimits));
  const error = [...errors].find(([p]) => p === `stages.${index}.laneWipLimits` || p.startsWith(`stages.${index}.laneWipLimits.`))?.[1];
  return (
    <FormField id={`stage-${index}-lanes`} label="Lane limits" error={error}>
      <Textfield
        id={`stage-${index}-lanes`}
        isCompact
        placeholder="e.g. Marketing: 3"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          onChange(parseLaneLimits(e.currentTarget.value));
        }}
      />
    </FormField>
  );
}

/** "" → no limit; anything else is kept as a number (NaN included) so the schema can say what is wrong. */
function parseOptionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}
