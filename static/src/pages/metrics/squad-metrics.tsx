import { useCallback, useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ItemTimelineDto, SquadMetricsDto } from '../../../../src/contract/metrics';
import type { MetricsAnswerDto } from '../../../../src/contract/metrics-query';
import { panelItemRowsQuestion, panelMetrics, panelScatterRowsQuestion } from '../../../../src/contract/metrics-panel-question';
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
import { dayInZone } from './format-figures';
import { issueSearchPath, itemTable, itemsJql } from './item-export';
import { MetricsCharts } from './metrics-charts';
import { DEFAULT_FORECAST_DAYS, addDays, metricsPayload, type PanelControls } from './panel-controls';
import { readAllRows, rowsFailure, useScatterRows } from './item-rows';
import { useStickyResource } from './use-sticky-resource';

/** When the synced copy was made, as the panel writes days elsewhere ("30 Nov 2026, 17:28"), in the viewer's zone. */
const SYNCED_AT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

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
  const first = answer.status === 'ready' ? answer.data.metrics : null;
  // The first answer carries the scatterplot's first page of rows; a large squad's rest follow it.
  const scatterQuestion = useCallback((offset: number) => panelScatterRowsQuestion(squad.id, controls, offset), [squad.id, controls]);
  const scatter = useScatterRows(answer.status === 'ready' && first !== null ? answer.data : null, scatterQuestion, answer.status === 'ready' && !answer.updating);
  const scatterItems = scatter.rows.status === 'ready' ? scatter.rows.items : NO_ROWS;
  const dto = useMemo(() => (first === null ? null : panelMetrics(first, scatterItems)), [first, scatterItems]);
  const tiles = useMemo(() => {
    if (dto === null) return null;
    const limits = stageNames.map((name) => ({ name, wipLimit: config?.stages.find((s) => s.name === name)?.wipLimit ?? null }));
    return headlineTiles(headlineFigures(dto, limits), historyDays(dto));
  }, [dto, config, stageNames]);
  const itemCsv = useItemCsv(squad.id, controls, stageNames);

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
          {data.asOf === null ? '' : ` of ${SYNCED_AT.format(new Date(data.asOf))}`}
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
      <MetricsCharts
        dto={dto}
        stageNames={stageNames}
        lines={controls.lines}
        onLinesChange={(lines) => onChange({ ...controls, lines })}
        scatterRows={scatter.rows}
        onScatterRetry={scatter.retry}
      />
      <ForecastCard
        squadId={squad.id}
        forecast={dto.forecast}
        stage={dto.leadTime.to}
        items={controls.forecastItems}
        date={controls.forecastDate ?? dto.forecast?.howMany?.targetDate ?? addDays(today, DEFAULT_FORECAST_DAYS)}
        today={dayInZone(dto.asOf.nowIso, dto.asOf.timeZone)}
        onChange={(forecastItems, forecastDate) => onChange({ ...controls, forecastItems, forecastDate })}
      />
      <Inline space="space.100" alignBlock="center" shouldWrap testId="metrics-exports">
        <Button onClick={() => itemCsv.download(dto)} isDisabled={dto.counts.issues === 0 || itemCsv.state.status === 'reading'} testId="metrics-items-csv">
          Download items (CSV, {dto.counts.issues.toLocaleString('en')})
        </Button>
        {itemCsv.state.status === 'reading' && (
          <Inline space="space.050" alignBlock="center" testId="metrics-items-csv-progress">
            <Spinner size="small" label="Reading items" />
            <Text size="small" color="color.text.subtle">
              Reading the items{itemCsv.state.total === null ? '…' : `: ${itemCsv.state.loaded.toLocaleString('en')} of ${itemCsv.state.total.toLocaleString('en')}`}
            </Text>
          </Inline>
        )}
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
      {itemCsv.state.status === 'failed' && (
        <SectionMessage appearance="warning" testId="metrics-items-csv-failed">
          <Text as="p">The per-item CSV could not be read: {itemCsv.state.message.replace(/\.?$/, '.')} Try the download again in a moment.</Text>
        </SectionMessage>
      )}
    </Stack>
  );
}

const NO_ROWS: ItemTimelineDto[] = [];

type CsvState = { status: 'idle' } | { status: 'reading'; loaded: number; total: number | null } | { status: 'failed'; message: string };

/**
 * The per-item CSV, read only when asked for: every row of the current view in pages of 5,000
 * (`sections: ['items']`), then downloaded. A control change forgets the progress or the failure.
 */
function useItemCsv(squadId: string, controls: PanelControls, stageNames: readonly string[]): { state: CsvState; download: (dto: SquadMetricsDto) => void } {
  const key = JSON.stringify(panelItemRowsQuestion(squadId, controls));
  const [state, setState] = useState<{ key: string; csv: CsvState }>({ key, csv: { status: 'idle' } });
  const download = (dto: SquadMetricsDto): void => {
    setState({ key, csv: { status: 'reading', loaded: 0, total: null } });
    readAllRows(
      (offset) => panelItemRowsQuestion(squadId, controls, offset),
      (loaded, total) => setState({ key, csv: { status: 'reading', loaded, total } }),
    ).then(
      (items) => {
        downloadCsv(csvFileName(squadId, 'items', dto.window.from, dto.window.to), itemTable(items, stageNames, dto.asOf.unit));
        setState({ key, csv: { status: 'idle' } });
      },
      (err: unknown) => setState({ key, csv: { status: 'failed', message: rowsFailure(err) } }),
    );
  };
  return { state: state.key === key ? state.csv : { status: 'idle' }, download };
}
