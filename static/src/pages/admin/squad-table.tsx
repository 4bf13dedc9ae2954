import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { SquadSummaryDto } from '../../../../src/contract';

export type SquadAction = 'edit' | 'duplicate' | 'export' | 'delete';

interface Props {
  squads: readonly SquadSummaryDto[];
  onAction: (action: SquadAction, squad: SquadSummaryDto) => void;
}

const NOT_ADMIN = 'Only Jira admins, or admins of every project of this squad, can change it.';

/** Every squad the user can see, with what they may do to it. */
export function SquadTable({ squads, onAction }: Props) {
  const guarded = (squad: SquadSummaryDto, action: SquadAction, label: string) => {
    const button = (
      <Button spacing="compact" appearance={action === 'delete' ? 'danger' : 'default'} isDisabled={!squad.canEdit} onClick={() => onAction(action, squad)} testId={`${action}-${squad.id}`}>
        {label}
      </Button>
    );
    return squad.canEdit ? button : <Tooltip content={NOT_ADMIN}>{button}</Tooltip>;
  };
  return (
    <DynamicTable
      testId="squad-table"
      head={{
        cells: [
          { key: 'name', content: 'Squad', isSortable: true },
          { key: 'projects', content: 'Projects' },
          { key: 'stages', content: 'Stages' },
          { key: 'lead', content: 'Headline lead time' },
          { key: 'updated', content: 'Saved', isSortable: true },
          { key: 'actions', content: 'Actions' },
        ],
      }}
      rows={squads.map((s) => ({
        key: s.id,
        testId: `squad-row-${s.id}`,
        cells: [
          {
            key: s.name,
            content: (
              <Stack>
                <Text weight="medium">{s.name}</Text>
                <Text size="small" color="color.text.subtle">
                  {s.id}
                </Text>
              </Stack>
            ),
          },
          {
            key: 'projects',
            content: (
              <Inline space="space.050" shouldWrap>
                {s.projects.map((p) => (
                  <Lozenge key={p}>{p}</Lozenge>
                ))}
              </Inline>
            ),
          },
          { key: 'stages', content: s.stageNames.join(' → ') },
          { key: 'lead', content: `${s.leadTime.from} → ${s.leadTime.to}` },
          { key: s.updatedAt ?? '', content: s.updatedAt === null ? '—' : new Date(s.updatedAt).toLocaleString() },
          {
            key: 'actions',
            content: (
              <Inline space="space.050" shouldWrap>
                {guarded(s, 'edit', 'Edit')}
                {guarded(s, 'duplicate', 'Duplicate')}
                <Button spacing="compact" onClick={() => onAction('export', s)} testId={`export-${s.id}`}>
                  Export
                </Button>
                {guarded(s, 'delete', 'Delete')}
              </Inline>
            ),
          },
        ],
      }))}
    />
  );
}
