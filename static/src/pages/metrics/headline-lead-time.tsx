import { useEffect } from 'react';
import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { LeadTimeDto } from '../../../../src/contract/metrics';
import { useResource } from '../../api/use-resource';
import { ErrorBanner } from '../../components/error-banner';
import { Loading } from '../../components/loading';

const card = xcss({
  padding: 'space.200',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

/** How often the page asks again while the squad's history is still being synced. */
const SYNC_POLL_MS = 3000;

const days = (n: number | null): string => (n === null ? '–' : `${n.toFixed(1)} d`);

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack space="space.050" testId={testId}>
      <Text size="small" color="color.text.subtle">
        {label}
      </Text>
      <Heading size="large" as="div">
        {value}
      </Heading>
    </Stack>
  );
}

function LeadTimeCard({ lead }: { lead: LeadTimeDto }) {
  return (
    <Box xcss={card} testId="headline-lead-time">
      <Stack space="space.200">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Heading size="small" as="h2">
            {lead.from} → {lead.to} lead time
          </Heading>
          <Lozenge>{lead.unit} days</Lozenge>
          {lead.lowSample && <Lozenge appearance="moved">Under 5 items: indicative only</Lozenge>}
        </Inline>
        <Inline space="space.400" shouldWrap>
          <Figure label="Median (p50)" value={days(lead.p50)} testId="lead-time-p50" />
          <Figure label="85th percentile" value={days(lead.p85)} />
          <Figure label="Mean" value={days(lead.meanDays)} />
          <Figure label="Items" value={String(lead.count)} testId="lead-time-count" />
        </Inline>
      </Stack>
    </Box>
  );
}

/** The squad's headline lead time from `metrics.get`, or its sync progress while there is no data yet. */
export function HeadlineLeadTime({ squadId }: { squadId: string }) {
  // Only the section the tile shows: a few KB, whatever the squad's size.
  const answer = useResource('metrics.get', { squadId, sections: ['leadTime'] });
  const syncing = answer.status === 'ready' && answer.data.metrics === null && answer.data.sync.phase === 'backfilling';
  const { reload } = answer;
  useEffect(() => {
    if (!syncing) return undefined;
    const timer = setTimeout(reload, SYNC_POLL_MS);
    return () => clearTimeout(timer);
  }, [syncing, reload]);

  if (answer.status === 'loading') return <Loading label="Computing metrics…" />;
  if (answer.status === 'error') return <ErrorBanner error={answer.error} onRetry={answer.reload} />;
  const { metrics, data, sync } = answer.data;
  if (metrics === null) {
    const percent = sync.progress?.percent ?? 0;
    return (
      <SectionMessage appearance="information" title="Syncing this squad's history" testId="metrics-syncing">
        <Stack space="space.100">
          <Text as="p">
            {sync.phase === 'failed' ? `The last sync stopped: ${sync.error ?? 'unknown error'}.` : 'Figures appear as soon as the first copy is ready.'}
          </Text>
          {sync.phase === 'backfilling' && <ProgressBar value={percent / 100} ariaLabel="Sync progress" />}
        </Stack>
      </SectionMessage>
    );
  }
  return (
    <Stack space="space.150">
      {metrics.leadTime !== undefined && <LeadTimeCard lead={metrics.leadTime} />}
      <Text size="small" color="color.text.subtle">
        {metrics.counts.completed} completed, {metrics.counts.inProgress} in progress, {metrics.counts.dropped} dropped ·{' '}
        {data.source === 'live' ? 'read live from Jira' : 'from the synced copy'}
        {data.asOf ? ` as of ${new Date(data.asOf).toLocaleString()}` : ''}
        {` · projects ${data.projects.join(', ')}`}
      </Text>
    </Stack>
  );
}
