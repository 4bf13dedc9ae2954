import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import { ChartCard } from '../../components/charts/chart-card';
import { useChartPalette } from '../../components/charts/chart-palette';
import { EChart } from '../../components/charts/echart';
import { csvFileName } from '../../components/charts/series-table';
import { openIssue as hostOpenIssue } from '../../host/host-actions';
import { invoke } from '../../api/invoke';
import { flowChartModels } from './chart-models';
import { leadTimeHistogram } from './charts/lead-time-histogram';
import { leadTimeScatter } from './charts/lead-time-scatter';
import type { ChartModel } from './charts/lead-time-scatter';
import { useSameFigures } from './use-same-figures';
import { summaryCache } from './charts/summary-lookup';
import { CHART_HEIGHT } from './charts/chart-base';
import { fmtDay } from './format-figures';
import type { ItemRows } from './item-rows';
import { PercentileSwitches } from './percentile-switches';
import { HandoffDetails } from './handoff-details';
import { ScatterPending } from './scatter-pending';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 520px), 1fr))', gap: 'var(--ds-space-200, 16px)' } as const;

const openIssue = (key: string): void => {
  if (/^[A-Z][A-Z0-9_]*-\d+$/.test(key)) void hostOpenIssue(key);
};

interface ModelChartProps {
  id: string;
  title: string;
  model: ChartModel;
  howToRead: string;
  csvName: string;
  /** What the chart is, for screen readers; the model's subtitle (range, n) follows it. */
  ariaLabel: string;
  controls?: ReactNode;
  height?: number;
  onPointClick?: (key: string) => void;
  /** Shown under the chart (not in the table view), e.g. the open hand-offs. */
  after?: ReactNode;
}

/** One chart card from its model: title, "how to read this", table view, CSV and the chart itself. */
const ModelChart = memo(function ModelChart({ id, title, model, howToRead, csvName, ariaLabel, controls, height = CHART_HEIGHT, onPointClick, after }: ModelChartProps) {
  return (
    <ChartCard id={id} title={title} subtitle={model.subtitle} howToRead={howToRead} table={model.table} csvName={csvName} controls={controls} empty={model.empty}>
      <EChart option={model.option} height={height} ariaLabel={`${ariaLabel}, ${model.subtitle}`} onPointClick={onPointClick} pointKey={model.pointKey} testId={`echart-${id}`} />
      {after}
    </ChartCard>
  );
});

interface MetricsChartsProps {
  dto: SquadMetricsDto;
  stageNames: readonly string[];
  lines: number[];
  onLinesChange: (lines: number[]) => void;
  /** The scatterplot's rows, read after the first answer (`dto.items` holds them once ready). */
  scatterRows: ItemRows;
  onScatterRetry: () => void;
}

/** Every chart of the panel, each with "how to read this", a table view and its CSV. */
export function MetricsCharts({ dto: latestDto, stageNames, lines, onLinesChange, scatterRows: latestRows, onScatterRetry }: MetricsChartsProps) {
  // A new answer (a control change) renders the tiles at once; the charts follow in a transition
  // (the answer and the scatterplot's rows together, so the card never pairs one with the other's).
  const latest = useMemo(() => ({ dto: latestDto, scatterRows: latestRows }), [latestDto, latestRows]);
  const { dto, scatterRows } = useDeferredValue(latest);
  const palette = useChartPalette();
  const squad = dto.squad.id;
  // One cache per squad: summaries read once stay for every later answer and control change.
  const summaries = useMemo(() => summaryCache((keys) => invoke('metrics.summaries', { squadId: squad, keys }).then((d) => d.summaries)), [squad]);
  // Each chart's option is built once per answer and redrawn only when what it shows changed: a
  // percentile switch rebuilds the scatterplot and histogram, per-item rows read later only the
  // scatterplot (the other charts keep the answer they were drawn from, see useSameFigures).
  const figures = useSameFigures(dto);
  const scatter = useMemo(() => leadTimeScatter(dto, palette, lines, stageNames, summaries), [dto, palette, lines, stageNames, summaries]);
  const histogram = useMemo(() => leadTimeHistogram(figures, palette, lines), [figures, palette, lines]);
  const flow = useMemo(() => flowChartModels(figures, palette, stageNames, summaries), [figures, palette, stageNames, summaries]);
  const m = { scatter, histogram, ...flow };
  const pair = `${dto.leadTime.from} → ${dto.leadTime.to}`;
  const scatterTitle = `${pair} lead time per item`;
  const scatterHow = `Each dot is an item, placed on the day it reached ${dto.leadTime.to} and as high as its lead time; a number beside a dot counts items stacked there. A line such as "85% ≤ 12 d" means 85% of these items took 12 days or less. Click a dot to open the issue.`;
  const scatterCsv = csvFileName(squad, 'lead-time-scatter');
  const handoffDetails = useMemo(() => <HandoffDetails handoffs={figures.handoffs} timeZone={figures.asOf.timeZone} onOpenIssue={openIssue} />, [figures]);
  const switches = <PercentileSwitches shown={lines} onChange={onLinesChange} disabled={dto.leadTime.lowSample} />;
  return (
    <div style={grid} data-testid="metrics-charts">
      {scatterRows.status === 'ready' ? (
        <ModelChart id="scatter" title={scatterTitle} model={m.scatter} howToRead={scatterHow} csvName={scatterCsv} ariaLabel="Lead-time scatterplot" controls={switches} onPointClick={openIssue} />
      ) : (
        <ScatterPending
          title={scatterTitle}
          subtitle={`${pair} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · n = ${dto.leadTime.count}`}
          howToRead={scatterHow}
          csvName={scatterCsv}
          controls={switches}
          height={CHART_HEIGHT}
          rows={scatterRows}
          onRetry={onScatterRetry}
        />
      )}
      <ModelChart
        id="histogram"
        title={`${pair} lead-time distribution`}
        model={m.histogram}
        howToRead="Bars count items per lead-time range; the dashed and dotted lines are the same percentiles as on the scatterplot."
        csvName={csvFileName(squad, 'lead-time-histogram')}
        ariaLabel="Lead-time histogram"
      />
      <ModelChart
        id="throughput"
        title="Throughput per week"
        model={m.throughput}
        howToRead={`Each point counts the items that reached ${dto.leadTime.to} that week; the dashed line is the median week. Runs of points on one side of it are a change worth asking about, single spikes are not.`}
        csvName={csvFileName(squad, 'throughput')}
        ariaLabel="Throughput run chart"
      />
      <ModelChart
        id="cfd"
        title="Cumulative flow"
        model={m.cfd}
        howToRead="Each band is a stage, in order. A band's height on a day is the work in that stage (WIP); the horizontal gap between a band's top and the last band is roughly the lead time. Hover for the counts per stage."
        csvName={csvFileName(squad, 'cumulative-flow')}
        ariaLabel="Cumulative flow diagram"
      />
      <ModelChart
        id="wip"
        title="Work in progress and net flow"
        model={m.wip}
        howToRead="The line is the work in progress at the end of each day; each bar is a week's arrivals minus departures (above zero: more started than finished, so WIP grows)."
        csvName={csvFileName(squad, 'wip-net-flow')}
        ariaLabel="WIP and net flow"
      />
      <ModelChart
        id="aging"
        title="Aging work by stage"
        model={m.aging}
        howToRead={`Each dot is an item still in progress, in the column of its stage and as high as its total age since entering ${dto.leadTime.from}. Bands show how long finished items took: a dot in the top band is older than 95% of them. Click a dot to open the issue.`}
        csvName={csvFileName(squad, 'aging-work')}
        ariaLabel="Aging work"
        onPointClick={openIssue}
      />
      <ModelChart
        id="time-in-stage"
        title="Time in stage"
        model={m.timeInStage}
        howToRead="For the items finished in this range: the median and 85th percentile of the time spent in each stage, all visits summed. Long waiting stages are queues worth shortening."
        csvName={csvFileName(squad, 'time-in-stage')}
        ariaLabel="Time in stage"
      />
      <ModelChart
        id="efficiency"
        title="Flow efficiency (indicator only)"
        model={m.efficiency}
        howToRead="The share of each item's lead time spent in active stages rather than waiting ones. It depends on how stages are marked and is an indicator, not a target."
        csvName={csvFileName(squad, 'flow-efficiency')}
        ariaLabel="Flow efficiency"
      />
      <ModelChart
        id="handoffs"
        title="Hand-off waits between disciplines"
        model={m.handoffs}
        howToRead={`Median and 85th-percentile wait from an item entering ${dto.handoffs.stage} until the linked item of the other discipline starts work, per direction; below, each direction's trend and the longest waits still open.`}
        csvName={csvFileName(squad, 'handoff-waits')}
        ariaLabel="Hand-off waits"
        height={240}
        after={handoffDetails}
      />
    </div>
  );
}
