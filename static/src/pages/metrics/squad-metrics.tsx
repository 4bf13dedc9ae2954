import { useEffect, useMemo } from 'react';
import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import { wholeMetrics, type MetricsAnswerDto } from '../../../../src/contract/metrics-query';
import type { SquadConfig } from '../../../../src/contract/squad-config';
import type { SquadSummaryDto } from '../../../../src/contract/squads';
import { useResource } from '../../api/use-resource';
import { downloadCsv } from '../../components/charts/download-csv';
import { csvFileName } from '../../components/charts/series-table';
import { ErrorBanner } from '../../components/error-banner';
import { openInJira } from '../../host/host-actions';
import { ControlsBar } from './controls-bar';
import { ForecastCard } from './forecast-card';
import { headlineFigures, headlineTiles, RELIABLE_COUNT, RELIABLE_DAYS } from './headline-figures';
import { HeadlineTiles, HeadlineTilesPlaceholder } from './headline-tiles';
import { historyDays } from './history-days';
import { issueSearchPath, itemTable, itemsJql } from './item-export';
import { MetricsCharts } from './metrics-charts';
import { DEFAULT_FORECAST_DAYS, addDays, metricsPayload, type PanelControls } from './panel-controls';
import { useStickyResource } from './use-sticky-resource';
import { useAllItems } from './use-all-items';

/** How often the page asks again while the squad's history is still being synced. */
const SYNC_POLL_MS = 3000;

const chartPlaceholder = xcss({ borderRadius: 'radius.medium', backgroundColor: 'color.skeleton', height: '420px' });

/** The caption every viewer sees, whatever they may see: it reveals nothing about hidden issues. */
export const VISIBILITY_CAPTION = 'The figures cover the Jira issues you may see; someone with other permissions may see other figures.';

interface SquadMetricsProps {
  squad: SquadSummaryDto;
  controls: PanelControls;
  onChange: (next: PanelControls) => void;
  today: string;
}

function Syncing({ answer }: { answer: MetricsAnswerDto }) {
  const { sync } = answer;
  const percent = sync.progress?.percent ?? 0;
  return (
    <SectionMessage appearance="information" title="No figures yet: this squad's history is being read from Jira" testId="metrics-syncing">
      <Stack space="space.100">
        <Text as="p">
          {sync.phase === 'failed'
            ? `The last sync stopped: ${sync.error ?? 'unknown error'}. A Jira admin can restart it on the SquadFlow admin page.`
            : 'The speed metrics appear as soon as the first copy is ready; this page updates by itself.'}
        </Text>
        {sync.phase === 'backfilling' && (
          <>
            <ProgressBar value={percent / 100} ariaLabel="Sync progress" />
            <Text size="small" color="color.text.subtle">
              {Math.round(percent)}% read
            </Text>
          </>
        )}
      </Stack>
    </SectionMessage>
  );
}

function SmallSampleWarning({ dto, days }: { dto: SquadMetricsDto; days: number }) {
  const n = dto.leadTime.count;
  if (n >= RELIABLE_COUNT && days >= RELIABLE_DAYS) return null;
  const why = [n < RELIABLE_COUNT ? `only ${n} item${n === 1 ? '' : 's'} reached ${dto.leadTime.to} in this range` : null, days < RELIABLE_DAYS ? `there are only ${days} days of history` : null]
    .filter((s) => s !== null)
    .join(' and ');
  return (
    <SectionMessage appearance="warning" testId="metrics-small-sample">
      <Text as="p">
        Percentiles are not yet reliable: {why}. Each figure shows its n.
        {dto.leadTime.lowSample ? ' With fewer than 5 items no percentile lines are drawn.' : ''}
      </Text>
    </SectionMessage>
  );
}

/** One squad's speed metrics: controls, headline tiles, charts, forecast, exports. */
export function SquadMetrics({ squad, controls, onChange, today }: SquadMetricsProps) {
  const detail = useResource('squads.get', { squadId: squad.id });
  const config: SquadConfig | null = detail.status === 'ready' ? detail.data.config : null;
  const payload = useMemo(() => metricsPayload(squad.id, controls), [squad.id, controls]);
  const answer = useStickyResource('metrics.get', payload);
  const syncing = answer.status === 'ready' && answer.data.metrics === null && answer.data.sync.phase === 'backfilling';
  const reload = answer.status === 'loading' ? null : answer.reload;
  useEffect(() => {
    if (!syncing || reload === null) return undefined;
    const timer = setTimeout(reload, SYNC_POLL_MS);
    return () => clearTimeout(timer);
  }, [syncing, reload]);

  const stageNames = squad.stageNames;
  // The page asks for every section, so a ready answer with figures is whole.
  const answered = answer.status === 'ready' && answer.data.metrics !== null ? wholeMetrics(answer.data.metrics) : null;
  // Above 3,000 items the answer leaves the rows out; they are read in pages for the scatter and CSV.
  const allItems = useAllItems(payload, answer.status === 'ready' ? answer.data : null);
  const dto = useMemo(() => (answered !== null && allItems.status === 'ready' ? { ...answered, items: allItems.items } : answered), [answered, allItems]);
  const tiles = useMemo(() => {
    if (dto === null) return null;
    const limits = stageNames.map((name) => ({ name, wipLimit: config?.stages.find((s) => s.name === name)?.wipLimit ?? null }));
    return headlineTiles(headlineFigures(dto, limits), historyDays(dto));
  }, [dto, config, stageNames]);

  const controlsBar = (
    <ControlsBar
      controls={controls}
      onChange={onChange}
      stageNames={stageNames}
      squadLeadTime={squad.leadTime}
      squadUnit={config?.unit ?? null}
      disciplines={dto?.choices.disciplines ?? controls.disciplines}
      issueTypes={dto?.choices.issueTypes ?? controls.issueTypes}
      lastDay={dto?.window.to ?? today}
    />
  );
  const caption = (
    <Text size="small" color="color.text.subtle" testId="metrics-caption">
      {VISIBILITY_CAPTION}
    </Text>
  );

  if (answer.status === 'error') {
    return (
      <Stack space="space.200">
        {controlsBar}
        <ErrorBanner error={answer.error} onRetry={answer.reload} />
      </Stack>
    );
  }
  if (answer.status === 'loading') {
    return (
      <Stack space="space.200">
        {controlsBar}
        {caption}
        <HeadlineTilesPlaceholder />
        <Box xcss={chartPlaceholder} />
      </Stack>
    );
  }
  if (dto === null || tiles === null) return <Syncing answer={answer.data} />;
  const { data } = answer.data;
  const visibleProjects = data.projects;
  const jql = config === null ? null : itemsJql(visibleProjects, config.issueTypes, config.discipline, config.quickWin.label, controls);
  const days = historyDays(dto);
  return (
    <Stack space="space.200" testId="metrics-panel">
      {controlsBar}
      <Inline space="space.100" alignBlock="center" shouldWrap>
        {caption}
        <Text size="small" color="color.text.subtle">
          · {data.source === 'live' ? 'read live from Jira (the first sync is still running)' : 'from the synced copy'}
          {data.asOf === null ? '' : ` of ${new Date(data.asOf).toLocaleString()}`}
        </Text>
        {answer.updating && (
          <Inline space="space.050" alignBlock="center" testId="metrics-updating">
            <Spinner size="small" label="Updating" />
            <Text size="small" color="color.text.subtle">
              Updating…
            </Text>
          </Inline>
        )}
      </Inline>
      <SmallSampleWarning dto={dto} days={days} />
      <HeadlineTiles tiles={tiles} />
      {allItems.status === 'loading' && (
        <SectionMessage appearance="information" testId="metrics-items-loading">
          <Text as="p">
            Reading the per-item rows of this large view for the lead-time scatterplot, its tooltips and the per-item CSV
            {allItems.total === null ? '…' : `: ${allItems.loaded.toLocaleString('en')} of ${allItems.total.toLocaleString('en')}`}. Every other figure already covers all items.
          </Text>
        </SectionMessage>
      )}
      {allItems.status === 'failed' && (
        <SectionMessage appearance="warning" testId="metrics-items-omitted">
          <Text as="p">
            The per-item rows of this large view could not be read, so the lead-time scatterplot and the per-item CSV are left out. Every other figure covers all items; reload the
            page to try again.
          </Text>
        </SectionMessage>
      )}
      <MetricsCharts dto={dto} stageNames={stageNames} lines={controls.lines} onLinesChange={(lines) => onChange({ ...controls, lines })} />
      <ForecastCard
        squadId={squad.id}
        forecast={dto.forecast}
        stage={dto.leadTime.to}
        items={controls.forecastItems}
        date={controls.forecastDate ?? dto.forecast?.howMany?.targetDate ?? addDays(today, DEFAULT_FORECAST_DAYS)}
        onChange={(forecastItems, forecastDate) => onChange({ ...controls, forecastItems, forecastDate })}
      />
      <Inline space="space.100" alignBlock="center" shouldWrap testId="metrics-exports">
        <Button
          onClick={() => downloadCsv(csvFileName(squad.id, 'items', dto.window.from, dto.window.to), itemTable(dto.items, stageNames, dto.asOf.unit))}
          isDisabled={dto.items.length === 0 || allItems.status === 'loading' || allItems.status === 'failed'}
          testId="metrics-items-csv"
        >
          Download items (CSV, {dto.items.length})
        </Button>
        {jql !== null && (
          <Button appearance="subtle" onClick={() => void openInJira(issueSearchPath(jql.jql))} testId="metrics-jql-link">
            Open these items in Jira issue search
          </Button>
        )}
        {jql !== null && !jql.exact && (
          <Text size="small" color="color.text.subtle">
            (the discipline filter cannot be written in JQL for this squad: the search shows every discipline)
          </Text>
        )}
      </Inline>
    </Stack>
  );
}
