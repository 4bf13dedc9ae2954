import type { ItemTimelineDto, SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import type { SeriesTable } from '../../../components/charts/series-table';
import { dayInZone, fmtDay, fmtDays } from '../format-figures';
import { PERCENTILE_DASH, baseOption, dayMs, escapeHtml, timeAxis, valueAxis } from './chart-base';
import { summaryLine, withSummaries, type SummaryLookup } from './summary-lookup';

export interface ChartModel {
  option: Record<string, unknown>;
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

/**
 * Lead-time scatterplot: one dot per item that reached the end stage in the window (x: the day it
 * did, y: its lead time). Items on the same day with the same lead time (to 0.1 d) share one
 * bigger dot labelled with their count. Quick wins are triangles, the rest circles.
 */
export function leadTimeScatter(dto: SquadMetricsDto, p: ChartPalette, shownLines: readonly number[], stageNames: readonly string[], summaries: SummaryLookup): ChartModel {
  const tz = dto.asOf.timeZone;
  const finished = finishedInWindow(dto);
  const groups = new Map<string, { day: string; days: number; quickWin: boolean; items: ItemTimelineDto[] }>();
  for (const { item, day } of finished) {
    const days = Math.round((item.leadTimeDays as number) * 10) / 10;
    const k = `${day}|${days}|${item.quickWin ? 1 : 0}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, { day, days, quickWin: item.quickWin, items: [item] });
    else g.items.push(item);
  }
  const point = (g: { day: string; days: number; items: ItemTimelineDto[] }): Record<string, unknown> => ({
    value: [dayMs(g.day), g.days],
    key: g.items[0]?.key,
    count: g.items.length,
    symbolSize: g.items.length === 1 ? 8 : Math.min(26, 8 + 4 * Math.sqrt(g.items.length)),
    label: g.items.length > 1 ? { show: true, formatter: String(g.items.length), color: p.text, position: 'right' } : undefined,
  });
  const all = [...groups.values()];
  const tooltipOf = new Map(all.map((g) => [g.items[0]?.key, g]));
  const lines = percentileLines(dto, shownLines);
  const pair = `${dto.leadTime.from} → ${dto.leadTime.to}`;
  const option = {
    ...baseOption(p, `Lead time ${pair} of ${finished.length} items`),
    xAxis: timeAxis(p, `Day the item reached ${dto.leadTime.to}`),
    yAxis: valueAxis(p, `Lead time (${dto.asOf.unit} days)`, { min: 0 }),
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'item',
      formatter: (x: { data: { key?: string; count?: number } }, ticket: string, callback?: (ticket: string, html: string) => void) => {
        const g = tooltipOf.get(x.data.key);
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
      {
        name: 'Other items (circles)',
        type: 'scatter',
        symbol: 'circle',
        large: false,
        itemStyle: { color: p.series[0], opacity: 0.8 },
        data: all.filter((g) => !g.quickWin).map(point),
        markLine: percentileMarkLine(lines, p, 'yAxis'),
        cursor: 'pointer',
      },
      {
        name: 'Quick wins (triangles)',
        type: 'scatter',
        symbol: 'triangle',
        itemStyle: { color: p.series[1], opacity: 0.9 },
        data: all.filter((g) => g.quickWin).map(point),
        cursor: 'pointer',
      },
    ],
  };
  const table: SeriesTable = {
    columns: ['Key', 'Discipline', 'Issue type', 'Quick win', `Reached ${dto.leadTime.to}`, `Lead time (${dto.asOf.unit} days)`],
    rows: finished.map(({ item, day }) => [item.key, item.discipline, item.issueType, item.quickWin, day, item.leadTimeDays]),
  };
  return {
    option,
    table,
    subtitle: `${pair} · ${fmtDay(dto.window.from)} – ${fmtDay(dto.window.to)} · n = ${finished.length}`,
    empty: finished.length === 0 ? `No item reached ${dto.leadTime.to} between ${fmtDay(dto.window.from)} and ${fmtDay(dto.window.to)}.` : null,
  };
}
