import { drawingStarted } from './draw-queue';
import type { EChartsModule } from './load-echarts';

const DAY_MS = 86_400_000;
const days = (n: number, f: (i: number) => number): number[][] => Array.from({ length: n }, (_, i) => [Date.UTC(2026, 0, 1) + i * DAY_MS, f(i)]);

/**
 * The panel's charts' text style (chart-base.ts `baseOption`). Not only for faithful warming: a
 * canvas takes no `inherit` family, so every chart's text is drawn in the canvas default and
 * measured in whatever font ECharts' shared measuring canvas last took. Warm-up text in another
 * (valid) font left that font behind, and legends and axis names were then spaced for it: the
 * panel looked different depending on whether the warm-up had run.
 */
const textStyle = { fontFamily: 'inherit' };

const timeGrid = { textStyle, grid: { left: 40, right: 40, top: 30, bottom: 30, outerBoundsMode: 'none' }, yAxis: { type: 'value', name: 'n', nameLocation: 'middle' } };
const timeAxis = { type: 'time', name: 'Day', nameLocation: 'middle', axisLabel: { hideOverlap: true } };

/**
 * Small charts with the parts the panel's charts use, one step each: time and category axes,
 * scatter with mark lines, stacked areas with end labels and decals, bars and lines with labels,
 * legend and tooltip.
 */
const WARM_STEPS: Record<string, unknown>[] = [
  {
    ...timeGrid,
    animation: false,
    xAxis: timeAxis,
    tooltip: { trigger: 'item', confine: true },
    series: [{ type: 'scatter', data: days(30, (i) => (i * 7) % 11), markLine: { silent: true, symbol: 'none', label: { position: 'end', formatter: '85% ≤ 9 d' }, data: [{ yAxis: 9 }] } }],
  },
  {
    ...timeGrid,
    animation: false,
    aria: { enabled: true, label: { description: 'warm-up' }, decal: { show: true } },
    xAxis: timeAxis,
    tooltip: { trigger: 'axis', confine: true },
    series: [0, 1].map((k) => ({ name: `band ${k}`, type: 'line', symbol: 'none', areaStyle: { opacity: 0.8 }, endLabel: { show: true, formatter: 'band' }, data: days(30, (i) => i + 5 * k) })),
  },
  {
    ...timeGrid,
    animation: false,
    legend: { top: 0, left: 0 },
    xAxis: { type: 'category', data: ['a', 'b', 'c'], axisLabel: { hideOverlap: true } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    series: [
      { name: 'bars', type: 'bar', label: { show: true, position: 'top' }, data: [3, 5, 2] },
      { name: 'line', type: 'line', symbol: 'triangle', data: [1, 4, 2] },
    ],
  },
];

/**
 * The first chart a page draws pays for compiling ECharts' code on first use: in a trace of the
 * speed-metrics page the first `setOption` took ~280 ms against 30–100 ms for each later one. When
 * the main thread is idle before any chart is drawn (the page waiting for its answer or chunks),
 * draw a small throwaway chart with the same kinds of parts, off-screen, so that compiling happens
 * then. Skipped when the browser has no idle callback or a chart has already been drawn.
 */
export function warmECharts({ echarts }: EChartsModule): void {
  if (typeof requestIdleCallback !== 'function') return;
  let chart: ReturnType<typeof echarts.init> | null = null;
  // One step per idle callback, so the page's own work (its chunks, its render) can come between.
  const step = (i: number): void => {
    if (drawingStarted() || i >= WARM_STEPS.length) {
      chart?.dispose();
      return;
    }
    chart ??= echarts.init(document.createElement('div'), null, { renderer: 'canvas', width: 360, height: 240 });
    chart.setOption(WARM_STEPS[i] as Record<string, unknown>, { notMerge: true });
    requestIdleCallback(() => step(i + 1));
  };
  requestIdleCallback(() => step(0));
}
