import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { StagePreviewDto, Stage } from '../../../../../src/contract';
import { StageSwatch } from './stage-swatch';

const narrow = xcss({ maxWidth: '480px' });

/** Today's issues per stage under the draft mapping, plus Dropped and not mapped. */
export function PreviewTable({ preview, stages }: { preview: StagePreviewDto; stages: readonly Stage[] }) {
  const colorOf = new Map(stages.map((s) => [s.name, s.color]));
  const rows = [
    ...preview.stages.map((s) => ({
      key: s.name,
      cells: [
        {
          key: 'stage',
          content: (
            <Inline space="space.100" alignBlock="center">
              <StageSwatch color={colorOf.get(s.name) ?? 'neutral'} />
              <Text>{s.name}</Text>
            </Inline>
          ),
        },
        { key: 'n', content: <Text testId={`preview-count-${s.name}`}>{s.issueCount}</Text> },
      ],
    })),
    { key: '__dropped', cells: [{ key: 'stage', content: <Text color="color.text.subtle">Dropped</Text> }, { key: 'n', content: <Text testId="preview-count-dropped">{preview.dropped}</Text> }] },
    {
      key: '__unmapped',
      cells: [
        { key: 'stage', content: <Text color={preview.unmapped > 0 ? 'color.text.warning' : 'color.text.subtle'}>Not mapped</Text> },
        { key: 'n', content: <Text testId="preview-count-unmapped">{preview.unmapped}</Text> },
      ],
    },
  ];
  return (
    <Box xcss={narrow} testId="stage-preview">
      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          {preview.approximate ? 'Issues in each stage now (Jira’s approximate counts)' : 'Issues in each stage now'}
        </Heading>
        <DynamicTable
          head={{
            cells: [
              { key: 'stage', content: 'Stage', width: 70 },
              { key: 'n', content: 'Issues', width: 30 },
            ],
          }}
          rows={rows}
        />
      </Stack>
    </Box>
  );
}
