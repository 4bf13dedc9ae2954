import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay, fmtPercent } from '../format-figures';
import { baseOption, categoryAxis, valueAxis } from './chart-base';
import type { ChartModel } from './lead-time-scatter';

/** Flow efficiency: the squad's mean, then how the items' efficiencies spread over 10-point bins. */
export function flowEfficiencyChart(dto: SquadMetricsDto, p: ChartPalette): ChartModel {
  const fe = dto.flowEfficiency;
  const option = {
    ...baseOption(p, `Flow efficiency of ${fe.count} items`),
    legend: { show: false },
    xAxis: categoryAxis(p, 'Share of lead time spent in active stages', fe.histogram.map((b) => `${b.fromPercent}–${b.toPercent}%`)),
    yAxis: valueAxis(p, 'Items', { minInterval: 1, min: 0 }),
    tooltip: { ...(baseOption(p, '')['tooltip'] as object), trigger: 'axis', axisPointer: { type: 'shadow' } },
    series: [
      {
        name: 'Items',
        type: 'bar',
        itemStyle: { color: p.series[3] },
        label: { show: true, position: 'top', color: p.subtleText, formatter: (x: { value: number }) => (x.value > 0 ? String(x.value) : '') },
        data: fe.histogram.map((b) => b.count),
      },
    ],
  };
  return {
    option,
    table: { columns: ['From %', 'To %', 'Items'], rows: fe.histogram.map((b) => [b.fromPercent, b.toPercent, b.count]) },
    subtitle: `Overall ${fmtPercent(fe.meanPercent)} (mean), median ${fmtPercent(fe.p50Percent)} · n = ${fe.count} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · indicator only`,
    empty: fe.count === 0 ? 'No finished items in this range.' : null,
  };
}
