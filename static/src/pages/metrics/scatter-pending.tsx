import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { ChartCard } from '../../components/charts/chart-card';
import type { ItemRows } from './item-rows';

const EMPTY_TABLE = { columns: [], rows: [] };

interface ScatterPendingProps {
  title: string;
  subtitle: string;
  howToRead: string;
  csvName: string;
  controls?: ReactNode;
  /** The chart's own height: the card keeps its final size while the rows arrive. */
  height: number;
  rows: Exclude<ItemRows, { status: 'ready' }>;
  onRetry: () => void;
}

/**
 * The lead-time scatterplot's card while its rows are read after the first answer (a placeholder of
 * the chart's height, with progress on large squads), or why they could not be read.
 */
export function ScatterPending({ title, subtitle, howToRead, csvName, controls, height, rows, onRetry }: ScatterPendingProps) {
  const box = xcss({ borderRadius: 'radius.medium', backgroundColor: rows.status === 'loading' ? 'color.skeleton' : 'color.background.neutral.subtle', height: `${height}px`, padding: 'space.200' });
  return (
    <ChartCard id="scatter" title={title} subtitle={subtitle} howToRead={howToRead} table={EMPTY_TABLE} csvName={csvName} controls={controls}>
      <Box xcss={box} testId={rows.status === 'loading' ? 'chart-scatter-loading' : 'chart-scatter-failed'}>
        {rows.status === 'loading' ? (
          <Text size="small" color="color.text.subtle" testId="metrics-items-loading">
            {rows.total !== null && rows.total > rows.loaded
              ? `Reading the items for this scatterplot: ${rows.loaded.toLocaleString('en')} of ${rows.total.toLocaleString('en')}. Every other figure already covers all items.`
              : 'Reading the items for this scatterplot…'}
          </Text>
        ) : (
          <Stack space="space.100" alignInline="start">
            <Text as="p">
              The items for this scatterplot could not be read: {rows.message.replace(/\.?$/, '.')} Every other figure on this page is complete.
            </Text>
            <Button onClick={onRetry} testId="chart-scatter-retry">
              Try again
            </Button>
          </Stack>
        )}
      </Box>
    </ChartCard>
  );
}
