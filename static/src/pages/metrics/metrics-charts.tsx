import { useMemo } from 'react';
import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import { ChartCard } from '../../components/charts/chart-card';
import { useChartPalette } from '../../components/charts/chart-palette';
import { EChart } from '../../components/charts/echart';
import { csvFileName } from '../../components/charts/series-table';
import { openIssue as hostOpenIssue } from '../../host/host-actions';
import { invoke } from '../../api/invoke';
import { chartModels } from './chart-models';
import { summaryCache } from './charts/summary-lookup';
import { PercentileSwitches } from './percentile-switches';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 520px), 1fr))', gap: 'var(--ds-space-200, 16px)' } as const;
const HEIGHT = 320;

const openIssue = (key: string): void => {
  if (/^[A-Z][A-Z0-9_]*-\d+$/.test(key)) void hostOpenIssue(key);
};

interface MetricsChartsProps {
  dto: SquadMetricsDto;
  stageNames: readonly string[];
  lines: number[];
  onLinesChange: (lines: number[]) => void;
}

/** Every chart of the panel, each with "how to read this", a table view and its CSV. */
export function MetricsCharts({ dto, stageNames, lines, onLinesChange }: MetricsChartsProps) {
  const palette = useChartPalette();
  const squad = dto.squad.id;
  // One cache per squad: summaries read once stay for every later answer and control change.
  const summaries = useMemo(() => summaryCache((keys) => invoke('metrics.summaries', { squadId: squad, keys }).then((d) => d.summaries)), [squad]);
  const m = useMemo(() => chartModels(dto, palette, lines, stageNames, summaries), [dto, palette, lines, stageNames, summaries]);
  const pair = `${dto.leadTime.from} → ${dto.leadTime.to}`;
  const switches = <PercentileSwitches shown={lines} onChange={onLinesChange} disabled={dto.leadTime.lowSample} />;
  return (
    <div style={grid} data-testid="metrics-charts">
      <ChartCard
        id="scatter"
        title={`${pair} lead time per item`}
        subtitle={m.scatter.subtitle}
        howToRead={`Each dot is an item, placed on the day it reached ${dto.leadTime.to} and as high as its lead time; a number beside a dot counts items stacked there. A line such as "85% ≤ 12 d" means 85% of these items took 12 days or less. Click a dot to open the issue.`}
        table={m.scatter.table}
        csvName={csvFileName(squad, 'lead-time-scatter')}
        controls={switches}
        empty={m.scatter.empty}
      >
        <EChart option={m.scatter.option} height={HEIGHT} ariaLabel={`Lead-time scatterplot, ${m.scatter.subtitle}`} onPointClick={openIssue} testId="echart-scatter" />
      </ChartCard>
      <ChartCard
        id="histogram"
        title={`${pair} lead-time distribution`}
        subtitle={m.histogram.subtitle}
        howToRead="Bars count items per lead-time range; the dashed and dotted lines are the same percentiles as on the scatterplot."
        table={m.histogram.table}
        csvName={csvFileName(squad, 'lead-time-histogram')}
        empty={m.histogram.empty}
      >
        <EChart option={m.histogram.option} height={HEIGHT} ariaLabel={`Lead-time histogram, ${m.histogram.subtitle}`} testId="echart-histogram" />
      </ChartCard>
      <ChartCard
        id="throughput"
        title="Throughput per week"
        subtitle={m.throughput.subtitle}
        howToRead={`Each point counts the items that reached ${dto.leadTime.to} that week; the dashed line is the median week. Runs of points on one side of it are a change worth asking about, single spikes are not.`}
        table={m.throughput.table}
        csvName={csvFileName(squad, 'throughput')}
        empty={m.throughput.empty}
      >
        <EChart option={m.throughput.option} height={HEIGHT} ariaLabel={`Throughput run chart, ${m.throughput.subtitle}`} testId="echart-throughput" />
      </ChartCard>
      <ChartCard
        id="cfd"
        title="Cumulative flow"
        subtitle={m.cfd.subtitle}
        howToRead="Each band is a stage, in order. A band's height on a day is the work in that stage (WIP); the horizontal gap between a band's top and the last band is roughly the lead time. Hover for the counts per stage."
        table={m.cfd.table}
        csvName={csvFileName(squad, 'cumulative-flow')}
        empty={m.cfd.empty}
      >
        <EChart option={m.cfd.option} height={HEIGHT} ariaLabel={`Cumulative flow diagram, ${m.cfd.subtitle}`} testId="echart-cfd" />
      </ChartCard>
      <ChartCard
        id="wip"
        title="Work in progress and net flow"
        subtitle={m.wip.subtitle}
        howToRead="The line is the work in progress at the end of each day; each bar is a week's arrivals minus departures (above zero: more started than finished, so WIP grows)."
        table={m.wip.table}
        csvName={csvFileName(squad, 'wip-net-flow')}
        empty={m.wip.empty}
      >
        <EChart option={m.wip.option} height={HEIGHT} ariaLabel={`WIP and net flow, ${m.wip.subtitle}`} testId="echart-wip" />
      </ChartCard>
      <ChartCard
        id="aging"
        title="Aging work by stage"
        subtitle={m.aging.subtitle}
        howToRead={`Each dot is an item still in progress, in the column of its stage and as high as its total age since entering ${dto.leadTime.from}. Bands show how long finished items took: a dot in the top band is older than 95% of them. Click a dot to open the issue.`}
        table={m.aging.table}
        csvName={csvFileName(squad, 'aging-work')}
        empty={m.aging.empty}
      >
        <EChart option={m.aging.option} height={HEIGHT} ariaLabel={`Aging work, ${m.aging.subtitle}`} onPointClick={openIssue} testId="echart-aging" />
      </ChartCard>
      <ChartCard
        id="time-in-stage"
        title="Time in stage"
        subtitle={m.timeInStage.subtitle}
        howToRead="For the items finished in this range: the median and 85th percentile of the time spent in each stage, all visits summed. Long waiting stages are queues worth shortening."
        table={m.timeInStage.table}
        csvName={csvFileName(squad, 'time-in-stage')}
        empty={m.timeInStage.empty}
      >
        <EChart option={m.timeInStage.option} height={HEIGHT} ariaLabel={`Time in stage, ${m.timeInStage.subtitle}`} testId="echart-time-in-stage" />
      </ChartCard>
      <ChartCard
        id="efficiency"
        title="Flow efficiency (indicator only)"
        subtitle={m.efficiency.subtitle}
        howToRead="The share of each item's lead time spent in active stages rather than waiting ones. It depends on how stages are marked and is an indicator, not a target."
        table={m.efficiency.table}
        csvName={csvFileName(squad, 'flow-efficiency')}
        empty={m.efficiency.empty}
      >
        <EChart option={m.efficiency.option} height={HEIGHT} ariaLabel={`Flow efficiency, ${m.efficiency.subtitle}`} testId="echart-efficiency" />
      </ChartCard>
      <ChartCard
        id="handoffs"
        title="Hand-off waits between disciplines"
        subtitle={m.handoffs.subtitle}
        howToRead={`Median and 85th-percentile wait from an item entering ${dto.handoffs.stage} until the linked item of the other discipline starts work, per direction; below, the longest waits still open.`}
        table={m.handoffs.table}
        csvName={csvFileName(squad, 'handoff-waits')}
        empty={m.handoffs.empty}
      >
        <EChart option={m.handoffs.option} height={240} ariaLabel={`Hand-off waits, ${m.handoffs.subtitle}`} testId="echart-handoffs" />
      </ChartCard>
    </div>
  );
}
