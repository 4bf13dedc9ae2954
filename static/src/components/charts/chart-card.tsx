import { useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { downloadCsv } from './download-csv';
import { tableCellText, type SeriesTable } from './series-table';

const card = xcss({
  padding: 'space.200',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface.raised',
  minWidth: '0',
});

interface ChartCardProps {
  id: string;
  title: string;
  /** What the figures cover: stage pair, range, n. */
  subtitle?: string;
  /** One line: how to read this chart. */
  howToRead: string;
  table: SeriesTable;
  csvName: string;
  /** Controls beside the title (e.g. percentile-line switches). */
  controls?: ReactNode;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: string | null;
  children: ReactNode;
}

const ROWS_PER_PAGE = 12;

/** One chart with its title, a "how to read this" line, and the same figures as a table or CSV. */
export function ChartCard({ id, title, subtitle, howToRead, table, csvName, controls, empty = null, children }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <Box xcss={card} testId={`chart-${id}`}>
      <Stack space="space.100">
        <Inline space="space.100" spread="space-between" alignBlock="start" shouldWrap>
          <Stack space="space.025">
            <Heading size="small" as="h3">
              {title}
            </Heading>
            {subtitle !== undefined && (
              <Text size="small" color="color.text.subtle" testId={`chart-${id}-subtitle`}>
                {subtitle}
              </Text>
            )}
          </Stack>
          <Inline space="space.050" alignBlock="center" shouldWrap>
            {controls}
            <Button appearance="subtle" onClick={() => setAsTable((v) => !v)} testId={`chart-${id}-toggle`} aria-pressed={asTable} aria-label={`${asTable ? 'View as chart' : 'View as table'}: ${title}`}>
              {asTable ? 'View as chart' : 'View as table'}
            </Button>
            <Button appearance="subtle" onClick={() => downloadCsv(csvName, table)} testId={`chart-${id}-csv`} aria-label={`CSV of ${title}`} isDisabled={table.rows.length === 0}>
              CSV
            </Button>
          </Inline>
        </Inline>
        <Text size="small" color="color.text.subtle">
          <Text size="small" weight="semibold" color="color.text.subtle">
            How to read this:
          </Text>{' '}
          {howToRead}
        </Text>
        {empty !== null ? (
          <Box padding="space.300" testId={`chart-${id}-empty`}>
            <Text color="color.text.subtle">{empty}</Text>
          </Box>
        ) : asTable ? (
          <Box testId={`chart-${id}-table`}>
            <DynamicTable
              head={{ cells: table.columns.map((c, i) => ({ key: `c${i}`, content: c })) }}
              rows={table.rows.map((r, i) => ({ key: `r${i}`, cells: r.map((v, j) => ({ key: `c${j}`, content: tableCellText(v) })) }))}
              rowsPerPage={ROWS_PER_PAGE}
              defaultPage={1}
            />
          </Box>
        ) : (
          children
        )}
      </Stack>
    </Box>
  );
}
