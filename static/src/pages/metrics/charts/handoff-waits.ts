import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay, fmtDays } from '../format-figures';
import { baseOption, categoryAxis, valueAxis, fixedGrid } from './chart-base';
import type { ChartModel } from './lead-time-scatter';

/** Hand-off waits per direction (median and 85th percentile), and the longest open waits as rows. */
export function handoffChart(dto: SquadMetricsDto, p: ChartPalette): ChartModel {
  const h = dto.handoffs;
  const dirs = h.directions;
  const label = { show: true, position: 'right', color: p.subtleText, formatter: (x: { value: number | null }) => fmtDays(x.value) };
  const option = {
    ...baseOption(p, 'Hand-off waits per direction'),
    aria: { enabled: true, decal: { show: true } },
    grid: fixedGrid({ left: 150, right: 72, top: 40, bottom: 40 }),
    yAxis: categoryAxis(p, '', dirs.map((d) => `${d.from} → ${d.to} (n = ${d.wait.count})`), { inverse: true, axisLabel: { color: p.text } }),
    xAxis: valueAxis(p, `Wait (${dto.asOf.unit} days)`, { min: 0, nameGap: 26 }),
    tooltip: { ...(baseOption(p, '')['tooltip'] as object), trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => fmtDays(v) },
    series: [
      { name: 'Median (plain)', type: 'bar', itemStyle: { color: p.series[0] }, label, data: dirs.map((d) => (d.wait.lowSample ? null : d.wait.p50)) },
      { name: '85th percentile (patterned)', type: 'bar', itemStyle: { color: p.series[2] }, label, data: dirs.map((d) => (d.wait.lowSample ? null : d.wait.p85)) },
    ],
  };
  const rows: (string | number | null)[][] = dirs.map((d) => [
    `${d.from} → ${d.to}`,
    'finished',
    d.wait.count,
    d.wait.p50,
    d.wait.p85,
    d.trend.previous.p50,
    d.openCount,
    null,
    null,
  ]);
  for (const d of dirs) {
    for (const o of d.longestOpen) rows.push([`${d.from} → ${d.to}`, 'open', null, null, null, null, null, `${o.upstreamKey} → ${o.downstreamKey}`, o.waitDays]);
  }
  return {
    option,
    table: { columns: ['Direction', 'Row', 'Waits ended', 'Median (days)', '85th (days)', 'Previous period median', 'Open now', 'Open pair', 'Waiting (days)'], rows },
    subtitle: `Hand-off stage ${h.stage} · ${h.pairs} linked pairs · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · overall median ${fmtDays(h.overall.p50)} (n = ${h.overall.count})`,
    empty: h.pairs === 0 ? 'No linked items of different disciplines among the items you may see.' : null,
  };
}
