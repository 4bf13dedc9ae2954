import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay, fmtDays } from '../format-figures';
import { baseOption, categoryAxis, valueAxis, fixedGrid } from './chart-base';
import type { ChartModel } from './lead-time-scatter';

function finalNote(dto: SquadMetricsDto): string {
  const f = dto.timeInStage.final;
  return f === null || f.count === 0 ? '' : ` · in ${f.stage} since: median ${fmtDays(f.p50SinceDays)} (${f.count} items, shown apart)`;
}

/** Time in stage of the items finished in the window: median and 85th percentile per stage. */
export function timeInStageChart(dto: SquadMetricsDto, p: ChartPalette): ChartModel {
  const rows = dto.timeInStage.stages;
  const names = rows.map((r) => `${r.stage} (${r.kind})`);
  const label = { show: true, position: 'right', color: p.subtleText, formatter: (x: { value: number | null }) => fmtDays(x.value) };
  const option = {
    ...baseOption(p, 'Time in stage per stage'),
    aria: { enabled: true, decal: { show: true } },
    grid: fixedGrid({ left: 150, right: 72, top: 40, bottom: 48 }),
    yAxis: categoryAxis(p, '', names, { inverse: true, axisLabel: { color: p.text } }),
    xAxis: valueAxis(p, 'Elapsed days in the stage (all visits)', { min: 0, nameGap: 28 }),
    tooltip: { ...(baseOption(p, '')['tooltip'] as object), trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => fmtDays(v) },
    series: [
      { name: 'Median (plain)', type: 'bar', itemStyle: { color: p.series[0] }, label, data: rows.map((r) => r.p50ElapsedDays) },
      { name: '85th percentile (patterned)', type: 'bar', itemStyle: { color: p.series[2] }, label, data: rows.map((r) => r.p85ElapsedDays) },
    ],
  };
  return {
    option,
    table: {
      columns: ['Stage', 'Kind', 'Items', 'Mean (days)', 'Median (days)', '85th percentile (days)', 'Total (days)'],
      rows: rows.map((r) => [r.stage, r.kind, r.count, r.meanElapsedDays, r.p50ElapsedDays, r.p85ElapsedDays, r.totalElapsedDays]),
    },
    subtitle: `Items that reached ${dto.leadTime.to} ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · n = ${dto.leadTime.count}${finalNote(dto)}`,
    empty: rows.every((r) => r.count === 0) ? 'No finished item spent time in any stage in this range.' : null,
  };
}
