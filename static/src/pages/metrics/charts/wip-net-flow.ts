import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay } from '../format-figures';
import { baseOption, dayMs, timeAxis, valueAxis } from './chart-base';
import type { ChartModel } from './lead-time-scatter';

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** WIP per day (line) and net flow per week (bars labelled with their sign: arrivals − departures). */
export function wipNetFlow(dto: SquadMetricsDto, p: ChartPalette): ChartModel {
  const option = {
    ...baseOption(p, 'Work in progress per day and net flow per week'),
    aria: { enabled: true, decal: { show: true } },
    xAxis: timeAxis(p, 'Day'),
    yAxis: [valueAxis(p, 'Items in progress', { min: 0, minInterval: 1 }), valueAxis(p, 'Net flow per week', { minInterval: 1, splitLine: { show: false }, nameGap: 36 })],
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'axis',
      // Days as the panel writes them, and each line said in words (not "2025-12-24 · WIP (line) 129").
      formatter: (params: { seriesIndex: number; dataIndex: number }[]) =>
        params
          .map((x) => {
            if (x.seriesIndex === 0) {
              const w = dto.wip[x.dataIndex];
              return w === undefined ? '' : `<b>${fmtDay(w.date)}</b><br/>In progress at the end of the day: ${w.count}`;
            }
            const n = dto.netFlow[x.dataIndex];
            return n === undefined ? '' : `Week of ${fmtDay(n.week)}: ${n.arrivals} started, ${n.departures} finished, net flow ${signed(n.net)}`;
          })
          .filter((line) => line !== '')
          .join('<br/>'),
    },
    series: [
      {
        name: 'WIP (line)',
        type: 'line',
        symbol: 'none',
        step: 'end',
        itemStyle: { color: p.series[0] },
        lineStyle: { width: 2 },
        data: dto.wip.map((w) => [dayMs(w.date), w.count]),
      },
      {
        name: 'Net flow per week (bars)',
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 14,
        itemStyle: { color: p.series[2], opacity: 0.8 },
        label: { show: dto.netFlow.length <= 30, position: 'top', color: p.subtleText, formatter: (x: { data: { net: number } }) => signed(x.data.net) },
        // Mid-week at noon, on a day the WIP line has a point, so a tooltip there shows both.
        data: dto.netFlow.map((w) => ({ value: [dayMs(w.week) + 3 * 86_400_000, w.net], net: w.net })),
      },
    ],
  };
  const weekOf = new Map(dto.netFlow.map((w) => [w.week, w]));
  return {
    option,
    table: {
      columns: ['Day', 'WIP', 'Week arrivals', 'Week departures', 'Week net flow'],
      rows: dto.wip.map((w) => {
        const wk = weekOf.get(w.date);
        return [w.date, w.count, wk?.arrivals ?? null, wk?.departures ?? null, wk?.net ?? null];
      }),
    },
    subtitle: `${dto.leadTime.from} → ${dto.leadTime.to} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)}`,
    empty: dto.wip.length === 0 ? 'No days in this range.' : null,
  };
}
