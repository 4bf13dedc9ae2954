import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay, fmtNumber } from '../format-figures';
import { baseOption, categoryAxis, valueAxis } from './chart-base';
import type { ChartModel } from './lead-time-scatter';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return ((s[Math.floor(mid)] as number) + (s[Math.ceil(mid)] as number)) / 2;
}

/** Throughput run chart: items reaching the end stage per week, with the median week as a reference line. */
export function throughputRun(dto: SquadMetricsDto, p: ChartPalette): ChartModel {
  const weeks = dto.throughput;
  // Weeks cut by the window's ends are "so far": left out of the median, marked on the axis.
  const med = median(weeks.filter((w) => w.days === 7).map((w) => w.count));
  const option = {
    ...baseOption(p, `Weekly throughput over ${weeks.length} weeks`),
    xAxis: categoryAxis(p, 'Week starting (* part of the week only)', weeks.map((w) => `${fmtDay(w.week, false)}${w.days < 7 ? '*' : ''}`)),
    yAxis: valueAxis(p, `Items reaching ${dto.leadTime.to}`, { minInterval: 1, min: 0 }),
    tooltip: { ...(baseOption(p, '')['tooltip'] as object), trigger: 'axis' },
    series: [
      {
        name: 'All items (solid)',
        type: 'line',
        symbol: 'circle',
        symbolSize: 7,
        itemStyle: { color: p.series[0] },
        data: weeks.map((w) => w.count),
        markLine:
          med === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: p.text, type: 'dashed' },
                label: { position: 'end', color: p.text, formatter: `median ${fmtNumber(med)}/week` },
                tooltip: { show: false },
                data: [{ yAxis: med }],
              },
      },
      {
        name: 'Quick wins (dotted)',
        type: 'line',
        symbol: 'triangle',
        symbolSize: 8,
        lineStyle: { type: 'dotted' },
        itemStyle: { color: p.series[1] },
        data: weeks.map((w) => w.quickWins),
      },
    ],
  };
  return {
    option,
    table: { columns: ['Week starting', 'Days in range', `Reached ${dto.leadTime.to}`, 'Of which quick wins'], rows: weeks.map((w) => [w.week, w.days, w.count, w.quickWins]) },
    subtitle: `${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · ${weeks.reduce((n, w) => n + w.count, 0)} items in ${weeks.length} weeks`,
    empty: weeks.length === 0 ? 'No whole week in this range.' : null,
  };
}
