import type { ItemTimelineDto, SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import type { SeriesTable } from '../../../components/charts/series-table';
import { dayInZone, fmtDay, fmtDays } from '../format-figures';
import { PERCENTILE_DASH, baseOption, dayMs, escapeHtml, timeAxis, valueAxis } from './chart-base';
import { summaryLine, withSummaries, type SummaryLookup } from './summary-lookup';

export interface ChartModel {
  option: Record<string, unknown>;
  /** The issue key of a dot, by series and data index (click to open), for charts of items. */
  pointKey?: (seriesIndex: number, dataIndex: number) => string | undefined;
  table: SeriesTable;
  subtitle: string;
  /** Why nothing is drawn, or null. */
  empty: string | null;
}

/** Completed items of the window: reached `to` inside it and not dropped, with the day reached. */
export function finishedInWindow(dto: SquadMetricsDto): { item: ItemTimelineDto; day: string }[] {
  const tz = dto.asOf.timeZone;
  const to = dto.leadTime.to;
  const out: { item: ItemTimelineDto; day: string }[] = [];
  for (const item of dto.items) {
    const at = item.stages[to];
    if (item.leadTimeDays === null || item.dropped || at === null || at === undefined) continue;
    const day = dayInZone(at, tz);
    if (day >= dto.window.from && day <= dto.window.to) out.push({ item, day });
  }
  return out;
}

/** The percentile lines to draw: none under the engine's low-sample flag. */
export function percentileLines(dto: SquadMetricsDto, shown: readonly number[]): { p: number; days: number }[] {
  if (dto.leadTime.lowSample) return [];
  return dto.leadTime.percentiles.filter((x): x is { p: number; days: number } => x.days !== null && shown.includes(x.p));
}

export function percentileMarkLine(lines: { p: number; days: number }[], p: ChartPalette, axis: 'xAxis' | 'yAxis'): Record<string, unknown> {
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: p.text, width: 1.5 },
    label: { position: axis === 'yAxis' ? 'end' : 'insideEndTop', color: p.text, formatter: (x: { data: { name?: string } }) => x.data.name ?? '' },
    data: lines.map((l) => ({ name: `${l.p}% ≤ ${fmtDays(l.days)}`, [axis]: l.days, lineStyle: { type: PERCENTILE_DASH[l.p] ?? 'dashed' } })),
  };
}

function itemTooltip(item: ItemTimelineDto, stageNames: readonly string[], tz: string, summaries: SummaryLookup): string {
  const rows = stageNames
    .filter((s) => item.stages[s] !== null && item.stages[s] !== undefined)
    .map((s) => `${escapeHtml(s)}: ${fmtDay(dayInZone(item.stages[s] as string, tz))} · ${fmtDays(item.timeInStageDays[s] ?? 0)} in stage`);
  return [
    `<b>${escapeHtml(item.key)}</b>${item.quickWin ? ' · quick win' : ''}`,
    summaryLine(summaries, item.key),
    `${escapeHtml(item.discipline)} · ${escapeHtml(item.issueType)}`,
    `Lead time ${fmtDays(item.leadTimeDays)}`,
    ...rows,
  ]
    .filter((line) => line !== null)
    .join('<br/>');
}

/** Items reaching the end stage on one day with the same lead time (to 0.1 d): one dot. */
interface DotGroup {
  day: string;
  days: number;
  quickWin: boolean;
  items: ItemTimelineDto[];
}

/** Above this many dots a series is drawn in ECharts' large mode (one path, no per-dot elements). */
const LARGE = 2000;

/** A stacked dot's size grows with the items it holds. */
const HALF_DAY_MS = 43_200_000;
const stackedSize = (count: number): number => Math.min(26, 8 + 4 * Math.sqrt(count));

/**
 * Lead-time scatterplot: one dot per item that reached the end stage in the window (x: the day it
 * did, y: its lead time). Items on the same day with the same lead time (to 0.1 d) share one
 * bigger dot labelled with their count. Quick wins are triangles, the rest circles.
 *
 * Drawn fast at any size: every series holds plain `[x, y]` (or `[x, y, count]`) rows, never
 * per-dot option objects (which make ECharts build a model per dot), single dots and stacked ones
 * are separate series (singles need no size or label per dot, so thousands of them draw in large
 * mode), and a dot's items are found by series and index when it is hovered or clicked
 * (`pointKey`): tooltip HTML is only built on hover.
 */
export function leadTimeScatter(dto: SquadMetricsDto, p: ChartPalette, shownLines: readonly number[], stageNames: readonly string[], summaries: SummaryLookup): ChartModel {
  const tz = dto.asOf.timeZone;
  const finished = finishedInWindow(dto);
  const groups = new Map<string, DotGroup>();
  for (const { item, day } of finished) {
    const days = Math.round((item.leadTimeDays as number) * 10) / 10;
    const k = `${day}|${days}|${item.quickWin ? 1 : 0}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, { day, days, quickWin: item.quickWin, items: [item] });
    else g.items.push(item);
  }
  // Series order: other items' single dots, their stacked dots, quick wins' single, stacked.
  const bySeries: DotGroup[][] = [[], [], [], []];
  for (const g of groups.values()) bySeries[(g.quickWin ? 2 : 0) + (g.items.length > 1 ? 1 : 0)]?.push(g);
  const rows = (gs: DotGroup[], withCount: boolean): number[][] => gs.map((g) => (withCount ? [dayMs(g.day), g.days, g.items.length] : [dayMs(g.day), g.days]));
  const groupAt = (seriesIndex: number, dataIndex: number): DotGroup | undefined => bySeries[seriesIndex]?.[dataIndex];
  const lines = percentileLines(dto, shownLines);
  const pair = `${dto.leadTime.from} → ${dto.leadTime.to}`;
  const countLabel = { show: true, position: 'right', color: p.text, formatter: (x: { value: number[] }) => String(x.value[2]) };
  const singles = (name: string, symbol: string, color: string, opacity: number, data: number[][]): Record<string, unknown> => ({
    name,
    type: 'scatter',
    symbol,
    symbolSize: 8,
    large: data.length > LARGE,
    largeThreshold: LARGE,
    itemStyle: { color, opacity },
    data,
    cursor: 'pointer',
  });
  const stacked = (name: string, symbol: string, color: string, opacity: number, data: number[][]): Record<string, unknown> => ({
    name,
    type: 'scatter',
    symbol,
    symbolSize: (value: number[]) => stackedSize(value[2] ?? 1),
    itemStyle: { color, opacity },
    label: countLabel,
    data,
    cursor: 'pointer',
  });
  const others = 'Other items (circles)';
  const quickWins = 'Quick wins (triangles)';
  const option = {
    ...baseOption(p, `Lead time ${pair} of ${finished.length} items`),
    // The axis spans the whole range asked for (half a day either side of its first and last day's
    // noon), so a sparse range still reads as that range and no dot sits on the axis line.
    xAxis: { ...timeAxis(p, `Day the item reached ${dto.leadTime.to}`), min: dayMs(dto.window.from) - HALF_DAY_MS, max: dayMs(dto.window.to) + HALF_DAY_MS },
    yAxis: valueAxis(p, `Lead time (${dto.asOf.unit} days)`, { min: 0 }),
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'item',
      formatter: (x: { seriesIndex: number; dataIndex: number }, ticket: string, callback?: (ticket: string, html: string) => void) => {
        const g = groupAt(x.seriesIndex, x.dataIndex);
        if (g === undefined) return '';
        const shownItems = g.items.slice(0, 3);
        const render = (): string => {
          const head = g.items.length > 1 ? `${g.items.length} items reached ${escapeHtml(dto.leadTime.to)} on ${fmtDay(g.day)} after ${fmtDays(g.days)}<br/>` : '';
          const shown = shownItems.map((i) => itemTooltip(i, stageNames, tz, summaries));
          const more = g.items.length > 3 ? `<br/>… and ${g.items.length - 3} more: ${g.items.slice(3, 12).map((i) => escapeHtml(i.key)).join(', ')}` : '';
          return `${head}${shown.join('<hr/>')}${more}<br/><i>Click to open ${escapeHtml(g.items[0]?.key ?? '')}</i>`;
        };
        return withSummaries(summaries, shownItems.map((i) => i.key), ticket, callback, render);
      },
    },
    series: [
      { ...singles(others, 'circle', p.series[0] as string, 0.8, rows(bySeries[0] ?? [], false)), markLine: percentileMarkLine(lines, p, 'yAxis') },
      stacked(others, 'circle', p.series[0] as string, 0.8, rows(bySeries[1] ?? [], true)),
      singles(quickWins, 'triangle', p.series[1] as string, 0.9, rows(bySeries[2] ?? [], false)),
      stacked(quickWins, 'triangle', p.series[1] as string, 0.9, rows(bySeries[3] ?? [], true)),
    ],
  };
  const table: SeriesTable = {
    columns: ['Key', 'Discipline', 'Issue type', 'Quick win', `Reached ${dto.leadTime.to}`, `Lead time (${dto.asOf.unit} days)`],
    rows: finished.map(({ item, day }) => [item.key, item.discipline, item.issueType, item.quickWin, day, item.leadTimeDays]),
  };
  return {
    option,
    pointKey: (seriesIndex, dataIndex) => groupAt(seriesIndex, dataIndex)?.items[0]?.key,
    table,
    subtitle: `${pair} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · n = ${finished.length}`,
    empty: finished.length === 0 ? `No item reached ${dto.leadTime.to} between ${fmtDay(dto.window.from)} and ${fmtDay(dto.window.to)}.` : null,
  };
}
