import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import type { ChartPalette } from '../../components/charts/palette';
import { agingWork } from './charts/aging-work';
import { cumulativeFlow } from './charts/cumulative-flow';
import { flowEfficiencyChart } from './charts/flow-efficiency';
import { handoffChart } from './charts/handoff-waits';
import { leadTimeHistogram } from './charts/lead-time-histogram';
import { leadTimeScatter, type ChartModel } from './charts/lead-time-scatter';
import { throughputRun } from './charts/throughput-run';
import { timeInStageChart } from './charts/time-in-stage';
import { wipNetFlow } from './charts/wip-net-flow';
import type { SummaryLookup } from './charts/summary-lookup';

export const CHART_IDS = ['scatter', 'histogram', 'throughput', 'cfd', 'wip', 'aging', 'timeInStage', 'efficiency', 'handoffs'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Every chart but the scatterplot and histogram: no per-item rows, no percentile lines. */
export type FlowChartId = Exclude<ChartId, 'scatter' | 'histogram'>;

/** Every chart that reads neither the per-item rows nor the percentile-line switches. */
export function flowChartModels(dto: SquadMetricsDto, palette: ChartPalette, stageNames: readonly string[], summaries: SummaryLookup): Record<FlowChartId, ChartModel> {
  return {
    throughput: throughputRun(dto, palette),
    cfd: cumulativeFlow(dto, palette, stageNames),
    wip: wipNetFlow(dto, palette),
    aging: agingWork(dto, palette, stageNames, summaries),
    timeInStage: timeInStageChart(dto, palette),
    efficiency: flowEfficiencyChart(dto, palette),
    handoffs: handoffChart(dto, palette),
  };
}

/**
 * Every chart of the panel as data: ECharts option, table view (and CSV), subtitle, empty state.
 * Tooltips of per-item charts name items by summary, read through `summaries` when first hovered.
 */
export function chartModels(dto: SquadMetricsDto, palette: ChartPalette, lines: readonly number[], stageNames: readonly string[], summaries: SummaryLookup): Record<ChartId, ChartModel> {
  return {
    scatter: leadTimeScatter(dto, palette, lines, stageNames, summaries),
    histogram: leadTimeHistogram(dto, palette, lines),
    ...flowChartModels(dto, palette, stageNames, summaries),
  };
}
