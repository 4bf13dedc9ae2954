import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { fmtDay } from '../format-figures';
import { CHART_HEIGHT, baseOption, dayMs, escapeHtml, timeAxis, valueAxis, fixedGrid } from './chart-base';
import { spreadLabels } from './aging-work';
import type { ChartModel } from './lead-time-scatter';

const GRID = { left: 56, right: 110, top: 40, bottom: 48 };
/** Stage names at the right edge lie at least this far apart (pixels). */
const END_LABEL_GAP = 14;

/**
 * The y axis's top: `v` rounded up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten (what
 * ECharts would pick), fixed here so the stage names can be placed by pixel.
 *
 * @example niceCeil(878) // 1000; niceCeil(51) // 60
 */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(v));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= v - 1e-9) ?? 10;
  return step * magnitude;
}

/**
 * Cumulative flow: for each day and stage, the items that had reached that stage or a later one.
 * Bands in stage order (earliest at the back), each named at the right edge and patterned, so the
 * band between two lines is the work in that stage.
 */
export function cumulativeFlow(dto: SquadMetricsDto, p: ChartPalette, stageNames: readonly string[]): ChartModel {
  const stages = stageNames.filter((s) => dto.cfd.length === 0 || s in (dto.cfd[0] as object));
  const at = (i: number, s: string): number => Number((dto.cfd[i] as Record<string, number | string>)[s] ?? 0);
  const ends = stages.map((s) => (dto.cfd.length === 0 ? 0 : at(dto.cfd.length - 1, s)));
  const yMax = niceCeil(Math.max(1, ...ends));
  const plot = CHART_HEIGHT - GRID.top - GRID.bottom;
  const wanted = ends.map((v) => plot * (1 - v / yMax));
  const labelShift = spreadLabels(wanted, END_LABEL_GAP, 0, plot).map((y, k) => y - (wanted[k] as number));
  const option = {
    ...baseOption(p, `Cumulative flow over ${dto.cfd.length} days`),
    aria: { enabled: true, decal: { show: true } },
    grid: fixedGrid(GRID),
    xAxis: timeAxis(p, 'Day'),
    yAxis: valueAxis(p, 'Items that reached the stage (or a later one)', { nameGap: 44, max: yMax }),
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
      // Stages that end with nearly the same count would print their names over each other.
      endLabel: { show: true, formatter: s, color: p.text, offset: [0, labelShift[k] ?? 0] },
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
