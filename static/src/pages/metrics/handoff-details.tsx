import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { HandoffsDto } from '../../../../src/contract/metrics';
import { dayInZone, fmtDay, fmtDays } from './format-figures';

const plainList = xcss({ listStyle: 'none', margin: 'space.0', padding: 'space.0', display: 'flex', flexDirection: 'column', gap: 'space.100' });
import { leadTimeChange } from './headline-figures';

interface HandoffDetailsProps {
  handoffs: HandoffsDto;
  /** The squad's zone: the day a wait began is said in it. */
  timeZone: string;
  onOpenIssue: (key: string) => void;
}

/**
 * Under the hand-off chart: each direction's trend against the previous period, in words, and the
 * longest waits still open (their keys open the issues). Only the viewer's visible items are in
 * the answer, so nothing here names an item they may not see.
 */
export function HandoffDetails({ handoffs, timeZone, onOpenIssue }: HandoffDetailsProps) {
  const dirs = handoffs.directions.filter((d) => d.wait.count > 0 || d.trend.previous.count > 0 || d.openCount > 0);
  const open = handoffs.directions.flatMap((d) => d.longestOpen.map((o) => ({ ...o, direction: `${d.from} → ${d.to}` }))).sort((a, b) => b.waitDays - a.waitDays);
  if (dirs.length === 0) return null;
  return (
    <Stack space="space.150" testId="handoff-details">
      <Stack space="space.050">
        {dirs.map((d) => {
          const { current, previous, periodDays } = d.trend;
          return (
            <Text key={`${d.from}>${d.to}`} size="small" testId="handoff-trend">
              <Text size="small" weight="semibold">
                {d.from} → {d.to}:
              </Text>{' '}
              median {fmtDays(current.p50)} (n = {current.count}) in the last {periodDays} days, {fmtDays(previous.p50)} (n = {previous.count}) before;{' '}
              {leadTimeChange(current.p50, previous.p50, periodDays).text.replace(/^(.)/, (c) => c.toLowerCase())}. {d.openCount} waiting now.
            </Text>
          );
        })}
      </Stack>
      {open.length > 0 && (
        <Stack space="space.050">
          <Text size="small" weight="semibold">
            Longest waits still open
          </Text>
          <Box as="ul" xcss={plainList} testId="handoff-open">
            {open.map((o) => (
              <Box as="li" key={`${o.upstreamKey}>${o.downstreamKey}`}>
                <Inline space="space.050" alignBlock="center" shouldWrap>
                  <Button appearance="subtle" spacing="compact" onClick={() => onOpenIssue(o.upstreamKey)}>
                    {o.upstreamKey}
                  </Button>
                  <Text size="small">→</Text>
                  <Button appearance="subtle" spacing="compact" onClick={() => onOpenIssue(o.downstreamKey)}>
                    {o.downstreamKey}
                  </Button>
                  <Text size="small" color="color.text.subtle">
                    {o.direction} · waiting {fmtDays(o.waitDays)} since {fmtDay(dayInZone(o.handedOffAt, timeZone))} · {o.via.kind === 'parent' ? 'parent and child' : `linked (${o.via.type})`}
                  </Text>
                </Inline>
              </Box>
            ))}
          </Box>
        </Stack>
      )}
    </Stack>
  );
}
