import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Text, xcss } from '@atlaskit/primitives';
import { ErrorMessage } from '@atlaskit/form';
import type { ProjectStatusesDto, StatusOptionDto } from '../../../../../src/contract';
import { ChoiceSelect, type Choice } from './choice-select';
import { DROPPED_TARGET, mapStatus, type Draft } from './draft';
import type { FieldErrors } from './field-errors';
import { unknownIds } from './mapping-rows';

const CATEGORY: Record<StatusOptionDto['category'], { label: string; appearance: 'default' | 'inprogress' | 'success' }> = {
  new: { label: 'To Do', appearance: 'default' },
  indeterminate: { label: 'In Progress', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
  undefined: { label: 'No category', appearance: 'default' },
};
const RULE: Record<StatusOptionDto['suggestedBy'], string> = {
  'wont-do-name': 'a won’t-do name',
  'stage-name': 'its name',
  'shaping-name': 'a shaping-work name',
  category: 'its category',
  none: '',
};
const UNMAPPED = '__unmapped__';
const selectCell = xcss({ minWidth: '180px' });

interface Props {
  project: ProjectStatusesDto;
  draft: Draft;
  labels: ReadonlyMap<string, string>;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}

/** One project's statuses: category, issues now, and the stage each maps to (with why it was suggested). */
export function ProjectMappingTable({ project, draft, labels, errors, onChange }: Props) {
  const map = draft.statusMap[project.key] ?? {};
  const choices: Array<Choice<string>> = [
    ...draft.stages.map((s) => ({ value: s.name, label: s.name })),
    { value: DROPPED_TARGET, label: 'Dropped (won’t do)' },
    { value: UNMAPPED, label: '— not mapped —' },
  ];
  const rows = project.statuses.map((s) => {
    const target = Object.hasOwn(map, s.id) ? (map[s.id] ?? UNMAPPED) : UNMAPPED;
    const error = errors.get(`statusMap.${project.key}.${s.id}`);
    return {
      key: s.id,
      cells: [
        { key: 'name', content: <Text weight="medium">{labels.get(s.id) ?? s.name}</Text> },
        { key: 'cat', content: <Lozenge appearance={CATEGORY[s.category].appearance}>{CATEGORY[s.category].label}</Lozenge> },
        { key: 'count', content: s.issueCount === null ? '—' : String(s.issueCount) },
        {
          key: 'target',
          content: (
            <Box xcss={selectCell}>
              <ChoiceSelect
                inputId={`map-${project.key}-${s.id}`}
                choices={choices}
                value={target}
                onChange={(t) => onChange(mapStatus(draft, project.key, s.id, t === UNMAPPED ? null : t))}
              />
              {error !== undefined && <ErrorMessage>{error}</ErrorMessage>}
            </Box>
          ),
        },
        {
          key: 'why',
          content:
            s.suggested === null ? (
              <Text color="color.text.subtlest">no suggestion</Text>
            ) : s.suggested === target ? (
              <Text color="color.text.subtlest">suggested by {RULE[s.suggestedBy]}</Text>
            ) : (
              <Text color="color.text.warning">suggested: {s.suggested}</Text>
            ),
        },
      ],
    };
  });
  const stale = unknownIds(project, map).map((id) => ({
    key: `unknown-${id}`,
    cells: [
      { key: 'name', content: <Text color="color.text.danger">Unknown status {id}</Text> },
      { key: 'cat', content: '' },
      { key: 'count', content: '' },
      { key: 'target', content: <ErrorMessage>{errors.get(`statusMap.${project.key}.${id}`) ?? `not a status of ${project.key}: remove it`}</ErrorMessage> },
      { key: 'why', content: (
          <Button spacing="compact" appearance="subtle" onClick={() => onChange(mapStatus(draft, project.key, id, null))}>
            Remove
          </Button>
        ) },
    ],
  }));
  return (
    <DynamicTable
      testId={`mapping-${project.key}`}
      head={{
        cells: [
          { key: 'name', content: 'Status', width: 24 },
          { key: 'cat', content: 'Category', width: 12 },
          { key: 'count', content: project.countsApproximate ? 'Issues (approx.)' : 'Issues', width: 9 },
          { key: 'target', content: 'Maps to', width: 28 },
          { key: 'why', content: 'Why', width: 27 },
        ],
      }}
      rows={[...rows, ...stale]}
    />
  );
}
