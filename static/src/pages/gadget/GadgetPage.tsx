import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { PageFrame } from '../../components/page-frame';
import { ErrorBanner } from '../../components/error-banner';
import { useHostContext } from '../../host/host-context';
import { openSquadMetrics } from '../../host/host-actions';
import { useResource } from '../../api/use-resource';
import { PORTFOLIO_CAPTION, type PortfolioAnswerDto } from '../../../../src/contract/portfolio';
import { columnsFor, commonPair, NARROW_BELOW_PX, titled } from './columns';
import { SHARED_NOTE } from './portfolio-cells';
import { dayRange, updatedAt } from './format';
import { KpiList } from './kpi-list';
import { PortfolioSkeleton } from './portfolio-skeleton';
import { PortfolioTable } from './portfolio-table';
import { nextSort, type SortState } from './sort-rows';
import { useFrameWidth } from './use-width';
import './gadget.css';

const DEFAULT_TITLE = 'SquadFlow portfolio';

/**
 * The portfolio dashboard gadget: one row per squad (funnel, lead time with its trend, pilots,
 * quick wins, aged items, weekly throughput, demand against capacity) and the portfolio's total.
 * Settings come from the gadget's saved configuration, which Jira hands the resolver itself; the
 * payload stays empty so it can never disagree.
 */
export default function GadgetPage() {
  const { gadgetConfig } = useHostContext();
  const title = typeof gadgetConfig?.['title'] === 'string' && gadgetConfig['title'] !== '' ? gadgetConfig['title'] : DEFAULT_TITLE;
  const refreshMinutes = typeof gadgetConfig?.['refresh'] === 'number' ? gadgetConfig['refresh'] : null;
  const configuredSquads = Array.isArray(gadgetConfig?.['squadIds']) ? gadgetConfig['squadIds'].length : 0;
  const answer = useResource('portfolio.get', {});
  const { reload } = answer;
  const [sort, setSort] = useState<SortState>({ key: 'squad', direction: 'asc' });
  const width = useFrameWidth();
  const narrow = width < NARROW_BELOW_PX;

  useEffect(() => {
    if (refreshMinutes === null) return undefined;
    const timer = setInterval(reload, refreshMinutes * 60_000);
    return () => clearInterval(timer);
  }, [refreshMinutes, reload]);

  // A refresh (the button, or Jira's interval) keeps the figures on screen until the new ones come.
  const readyData = answer.status === 'ready' ? answer.data : null;
  const [shown, setShown] = useState<PortfolioAnswerDto | null>(null);
  if (readyData !== null && readyData !== shown) setShown(readyData);
  const data = readyData ?? (answer.status === 'loading' ? shown : null);
  const lead = data?.rows.find((r) => r.status === 'ready');
  const period = lead?.status === 'ready' ? lead.figures.period : null;
  return (
    <PageFrame
      title={title}
      compact
      actions={
        <Inline space="space.100" alignBlock="center">
          <Text size="small" color="color.text.subtle" testId="portfolio-updated">
            {data && answer.status !== 'loading' ? updatedAt(data.answeredAt) : 'Updating…'}
          </Text>
          <Button appearance="subtle" spacing="compact" onClick={reload} isDisabled={answer.status === 'loading'} testId="portfolio-refresh">
            Refresh
          </Button>
        </Inline>
      }
    >
      <Box>
        <Stack space="space.100">
          <Text size="small" color="color.text.subtle" testId="portfolio-period">
            {period ? `${period.label} (${dayRange(period.from, period.to)}) against the ${period.days} days before` : '\u00a0'}
          </Text>
          {answer.status === 'loading' && data === null && <PortfolioSkeleton rows={configuredSquads > 0 ? configuredSquads : 3} narrow={narrow} />}
          {answer.status === 'error' && <ErrorBanner error={answer.error} onRetry={reload} />}
          {data && data.rows.length === 0 && (
            <EmptyState
              header="No squads to show"
              headingLevel={2}
              headingSize="xsmall"
              description="There is no squad you may see yet, or none of the squads this gadget was set up with. A Jira admin sets up squads on the SquadFlow admin page."
              testId="gadget-empty"
            />
          )}
          {data &&
            data.rows.length > 0 &&
            (narrow ? (
              <KpiList answer={data} sort={sort} onOpen={(p, s) => void openSquadMetrics(p, s)} />
            ) : (
              <PortfolioTable answer={data} columns={titled(columnsFor(data.settings.layout, width), commonPair(data))} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} onOpen={(p, s) => void openSquadMetrics(p, s)} />
            ))}
          <Text size="small" color="color.text.subtle" testId="portfolio-caption">
            {PORTFOLIO_CAPTION}
          </Text>
          {/* After the caption, so that nothing above moves when the answer brings it. */}
          {data?.total?.sharedProjects === true && (
            <Text size="small" color="color.text.subtle" testId="portfolio-shared-note">
              {SHARED_NOTE}
            </Text>
          )}
        </Stack>
      </Box>
    </PageFrame>
  );
}
