import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay, fmtDays } from '../format-figures';
import { baseOption, valueAxis } from './chart-base';
import { percentileLines, percentileMarkLine, type ChartModel } from './lead-time-scatter';

const edge = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Lead-time histogram: items per lead-time bin, with the same percentile markers as the scatterplot. */
export function leadTimeHistogram(dto: SquadMetricsDto, p: ChartPalette, shownLines: readonly number[]): ChartModel {
  const bins = dto.leadTime.histogram;
  const lines = percentileLines(dto, shownLines);
  const width = bins.length > 0 ? (bins[0] as { toDays: number; fromDays: number }).toDays - (bins[0] as { fromDays: number }).fromDays : 1;
  const option = {
    ...baseOption(p, `Histogram of ${dto.leadTime.count} lead times`),
    legend: { show: false },
    xAxis: valueAxis(p, `Lead time (${dto.asOf.unit} days)`, { min: bins[0]?.fromDays ?? 0, max: bins.at(-1)?.toDays ?? 1, nameGap: 28, splitLine: { show: false }, axisLabel: { color: p.subtleText, hideOverlap: true } }),
    yAxis: valueAxis(p, 'Items', { minInterval: 1 }),
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'item',
      formatter: (x: { data: { value: [number, number]; range: string } }) => `${x.data.range}: ${x.data.value[1]} items`,
    },
    series: [
      {
        name: 'Items',
        type: 'bar',
        barWidth: '96%',
        barGap: '0%',
        itemStyle: { color: p.series[0] },
        label: { show: bins.length <= 24, position: 'top', color: p.subtleText, formatter: (x: { data: { value: [number, number] } }) => (x.data.value[1] > 0 ? String(x.data.value[1]) : '') },
        data: bins.map((b) => ({ value: [b.fromDays + width / 2, b.count], range: `${edge(b.fromDays)}–${edge(b.toDays)} d` })),
        markLine: percentileMarkLine(lines, p, 'xAxis'),
      },
    ],
  };
  return {
    option,
    table: { columns: ['From (days)', 'To (days)', 'Items'], rows: bins.map((b) => [b.fromDays, b.toDays, b.count]) },
    subtitle: `${dto.leadTime.from} → ${dto.leadTime.to} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · n = ${dto.leadTime.count}${lines.length > 0 ? ` · ${lines.map((l) => `${l.p}% ≤ ${fmtDays(l.days)}`).join(', ')}` : ''}`,
    empty: dto.leadTime.count === 0 ? 'No finished items in this range.' : null,
  };
}
