import Button, { IconButton } from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import DeleteIcon from '@atlaskit/icon/core/delete';
import AddIcon from '@atlaskit/icon/core/add';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import type { DisciplineRule } from '../../../../../src/contract';
import { ChoiceSelect, type Choice } from './choice-select';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { Draft } from './draft';

const BY: Array<Choice<DisciplineRule['by']>> = [
  { value: 'project', label: 'Project' },
  { value: 'component', label: 'Component' },
  { value: 'label', label: 'Label' },
  { value: 'field', label: 'A field (e.g. a select list)' },
];
const cell = xcss({ width: '220px' });

interface Props {
  draft: Draft;
  projectNames: Readonly<Record<string, string>>;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}

/** Where an item's discipline (Marketing, IT, …) comes from, and the discipline of each value. */
export function DisciplineFields({ draft, projectNames, errors, onChange }: Props) {
  const rule = draft.discipline;
  const entries = Object.entries(rule.values);
  const setValues = (pairs: Array<[string, string]>): void => onChange({ ...draft, discipline: { ...rule, values: Object.fromEntries(pairs) } });
  const setBy = (by: DisciplineRule['by']): void => {
    if (by === rule.by) return;
    const discipline: DisciplineRule =
      by === 'project'
        ? { by, values: Object.fromEntries(draft.projects.map((p) => [p, projectNames[p] ?? p])) }
        : by === 'field'
          ? { by, fieldId: '', values: {} }
          : { by, values: {} };
    onChange({ ...draft, discipline });
  };
  const noun = rule.by === 'project' ? 'Project' : rule.by === 'component' ? 'Component' : rule.by === 'label' ? 'Label' : 'Field value';
  return (
    <Stack space="space.100">
      <Inline space="space.200" shouldWrap>
        <Box xcss={cell}>
          <FormField id="discipline-by" label="Discipline comes from" error={errors.get('discipline.by')}>
            <ChoiceSelect inputId="discipline-by" choices={BY} value={rule.by} onChange={setBy} />
          </FormField>
        </Box>
        {rule.by === 'field' && (
          <Box xcss={cell}>
            <FormField id="discipline-field" label="Field ID" error={errors.get('discipline.fieldId')} helper="e.g. customfield_10050">
              <Textfield id="discipline-field" isCompact value={rule.fieldId} onChange={(e) => onChange({ ...draft, discipline: { ...rule, fieldId: e.currentTarget.value } })} />
            </FormField>
          </Box>
        )}
      </Inline>
      {entries.map(([value, name], i) => (
        <Inline key={i} space="space.100" alignBlock="end">
          <Box xcss={cell}>
            <FormField id={`discipline-key-${i}`} label={noun} error={errors.get(`discipline.values.${value}`)}>
              <Textfield
                id={`discipline-key-${i}`}
                isCompact
                isDisabled={rule.by === 'project'}
                value={value}
                onChange={(e) => setValues(entries.map(([k, v], j): [string, string] => (j === i ? [e.currentTarget.value, v] : [k, v])))}
              />
            </FormField>
          </Box>
          <Box xcss={cell}>
            <FormField id={`discipline-name-${i}`} label="Discipline">
              <Textfield id={`discipline-name-${i}`} isCompact value={name} onChange={(e) => setValues(entries.map(([k, v], j): [string, string] => (j === i ? [k, e.currentTarget.value] : [k, v])))} />
            </FormField>
          </Box>
          {rule.by !== 'project' && <IconButton icon={DeleteIcon} label={`Remove ${value}`} spacing="compact" onClick={() => setValues(entries.filter((_, j) => j !== i))} />}
        </Inline>
      ))}
      {rule.by !== 'project' && (
        <Box>
          <Button iconBefore={AddIcon} spacing="compact" onClick={() => setValues([...entries, [`value-${entries.length + 1}`, 'Marketing']])}>
            Add {noun.toLowerCase()}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
