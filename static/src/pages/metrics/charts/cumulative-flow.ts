import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay } from '../format-figures';
import { baseOption, dayMs, escapeHtml, timeAxis, valueAxis, fixedGrid } from './chart-base';
import type { ChartModel } from './lead-time-scatter';

/**
 * Cumulative flow: for each day and stage, the items that had reached that stage or a later one.
 * Bands in stage order (earliest at the back), each named at the right edge and patterned, so the
 * band between two lines is the work in that stage.
 */
export function cumulativeFlow(dto: SquadMetricsDto, p: ChartPalette, stageNames: readonly string[]): ChartModel {
  const stages = stageNames.filter((s) => dto.cfd.length === 0 || s in (dto.cfd[0] as object));
  const at = (i: number, s: string): number => Number((dto.cfd[i] as Record<string, number | string>)[s] ?? 0);
  const option = {
    ...baseOption(p, `Cumulative flow over ${dto.cfd.length} days`),
    aria: { enabled: true, decal: { show: true } },
    grid: fixedGrid({ left: 56, right: 110, top: 40, bottom: 48 }),
    xAxis: timeAxis(p, 'Day'),
    yAxis: valueAxis(p, 'Items that reached the stage (or a later one)', { nameGap: 44 }),
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const i = params[0]?.dataIndex ?? 0;
        const day = String((dto.cfd[i] as { date: string }).date);
        const rows = stages.map((s, k) => {
          const next = stages[k + 1];
          const band = at(i, s) - (next === undefined ? 0 : at(i, next));
          return `${escapeHtml(s)}: ${at(i, s)} reached · ${band} ${next === undefined ? 'there' : 'in this stage'}`;
        });
        return [`<b>${fmtDay(day)}</b>`, ...rows].join('<br/>');
      },
    },
    series: stages.map((s, k) => ({
      name: s,
      type: 'line',
      symbol: 'none',
      lineStyle: { width: 1, color: p.series[k % p.series.length] },
      itemStyle: { color: p.series[k % p.series.length] },
      areaStyle: { opacity: 0.85 },
      endLabel: { show: true, formatter: s, color: p.text },
      z: k + 1,
      data: dto.cfd.map((pt, i) => [dayMs(pt.date), at(i, s)]),
    })),
  };
  return {
    option,
    table: { columns: ['Day', ...stages], rows: dto.cfd.map((pt, i) => [pt.date, ...stages.map((s) => at(i, s))]) },
    subtitle: `${stages.join(' → ')} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)}`,
    empty: dto.cfd.length === 0 ? 'No days in this range.' : null,
  };
}
