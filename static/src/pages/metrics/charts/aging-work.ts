import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { dayInZone, fmtDay, fmtDays } from '../format-figures';
import { CHART_HEIGHT, baseOption, categoryAxis, escapeHtml, valueAxis, fixedGrid } from './chart-base';
import type { ChartModel } from './lead-time-scatter';
import { summaryLine, withSummaries, type SummaryLookup } from './summary-lookup';

type AgingDto = SquadMetricsDto['aging'][number];

/** A stable horizontal spread within a stage's column, from the key (same key, same place). */
function jitter(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000 - 0.5;
}

/** The plot's box inside the chart (pixels): fixed, so band labels can be placed without overlap. */
const GRID = { left: 56, right: 150, top: 40, bottom: 48 };
/** Band labels' centres lie at least this far apart (12 px text plus air). */
const LABEL_GAP = 16;

/**
 * Vertical centres (pixels from the chart's top) for labels wanted at `wanted` (any order), at
 * least `gap` apart and inside [top, bottom], each as near its band as that allows: pushed down
 * from the top where they crowd, then up from the bottom if they ran past it.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : (placed[k + 1] as number) - gap;
    placed[k] = Math.max(top, Math.min(placed[k] as number, limit));
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

/**
 * Aging work: each item in progress at its stage (x) and total age since entering the start stage
 * (y), over bands from the finished items' percentiles (≤ 50 %, 50–85 %, 85–95 %, beyond 95 %).
 */
export function agingWork(dto: SquadMetricsDto, p: ChartPalette, stageNames: readonly string[], summaries: SummaryLookup): ChartModel {
  const fromIx = stageNames.indexOf(dto.leadTime.from);
  const toIx = stageNames.indexOf(dto.leadTime.to);
  const stages = stageNames.slice(Math.max(0, fromIx), toIx < 0 ? undefined : toIx);
  const asOf = dayInZone(dto.asOf.nowIso, dto.asOf.timeZone);
  const pct = (q: number): number | null => (dto.leadTime.lowSample ? null : (dto.leadTime.percentiles.find((x) => x.p === q)?.days ?? null));
  const [p50, p85, p95] = [pct(50), pct(85), pct(95)];
  const maxAge = Math.max(p95 ?? 0, ...dto.aging.map((a) => a.ageDays)) * 1.08 || 1;
  const bands: [number, number, string, string][] = [];
  if (p50 !== null && p85 !== null && p95 !== null) {
    bands.push([0, p50, p.bands[0], `≤ 50% (${fmtDays(p50)})`], [p50, p85, p.bands[1], `50–85% (≤ ${fmtDays(p85)})`], [p85, p95, p.bands[2], `85–95% (≤ ${fmtDays(p95)})`], [p95, maxAge, p.bands[3], 'beyond 95%']);
  }
  // Band labels sit at the right edge, beside their band, but never on top of each other where
  // bands are thin: the y axis runs from 0 to a known max over a fixed plot box, so a band's
  // middle is a known pixel and each label is moved (label offset) to its spread position.
  const plotTop = GRID.top;
  const plotBottom = CHART_HEIGHT - GRID.bottom;
  const axisMax = Math.ceil(maxAge);
  const px = (v: number): number => plotBottom - (Math.min(v, axisMax) / axisMax) * (plotBottom - plotTop);
  const middles = bands.map(([lo, hi]) => (px(lo) + px(hi)) / 2);
  const labelAt = spreadLabels(middles, LABEL_GAP, plotTop + 6, plotBottom - 6);
  const shown = dto.aging.filter((a) => stages.includes(a.stage));
  const series = [shown.filter((a) => !a.quickWin), shown.filter((a) => a.quickWin)];
  const row = (a: AgingDto): number[] => [stages.indexOf(a.stage) + jitter(a.key) * 0.6, a.ageDays];
  const option = {
    ...baseOption(p, `Aging work: ${dto.aging.length} items in progress as of ${asOf}`),
    grid: fixedGrid(GRID),
    xAxis: categoryAxis(p, 'Stage the item is in', stages),
    yAxis: valueAxis(p, `Total age since entering ${dto.leadTime.from} (${dto.asOf.unit} days)`, { min: 0, max: axisMax, nameGap: 44 }),
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'item',
      formatter: (x: { seriesIndex: number; dataIndex: number }, ticket: string, callback?: (ticket: string, html: string) => void) => {
        const a = series[x.seriesIndex]?.[x.dataIndex];
        if (a === undefined) return '';
        const render = (): string =>
          [
            `<b>${escapeHtml(a.key)}</b>${a.quickWin ? ' · quick win' : ''}`,
            summaryLine(summaries, a.key),
            `${escapeHtml(a.discipline)} · in ${escapeHtml(a.stage)} for ${fmtDays(a.ageInStageDays)}`,
            `Total age ${fmtDays(a.ageDays)}${a.percentilePosition === null ? '' : ` · older than ${Math.round(a.percentilePosition)}% of finished items`}`,
            '<i>Click to open the issue</i>',
          ]
            .filter((line) => line !== null)
            .join('<br/>');
        return withSummaries(summaries, [a.key], ticket, callback, render);
      },
    },
    series: [
      {
        name: 'In progress (circles)',
        type: 'scatter',
        cursor: 'pointer',
        symbol: 'circle',
        symbolSize: 8,
        itemStyle: { color: p.series[0], opacity: 0.85 },
        data: (series[0] ?? []).map(row),
        markArea: {
          silent: true,
          data: bands.map(([lo, hi, color, name], i) => [
            {
              yAxis: lo,
              name,
              itemStyle: { color, opacity: 0.55 },
              label: { position: 'right', color: p.text, fontSize: 12, formatter: name, offset: [0, Math.round((labelAt[i] ?? 0) - (middles[i] ?? 0))] },
            },
            { yAxis: hi },
          ]),
        },
      },
      {
        name: 'Quick wins (triangles)',
        type: 'scatter',
        cursor: 'pointer',
        symbol: 'triangle',
        symbolSize: 10,
        itemStyle: { color: p.series[1], opacity: 0.9 },
        data: (series[1] ?? []).map(row),
      },
    ],
  };
  return {
    option,
    pointKey: (seriesIndex, dataIndex) => series[seriesIndex]?.[dataIndex]?.key,
    table: {
      columns: ['Key', 'Stage', 'Discipline', 'Quick win', `Total age (${dto.asOf.unit} days)`, 'Days in stage', 'Older than % of finished'],
      rows: dto.aging.map((a) => [a.key, a.stage, a.discipline, a.quickWin, a.ageDays, a.ageInStageDays, a.percentilePosition]),
    },
    subtitle: `As of ${fmtDay(asOf)} · ${dto.aging.length} items in progress${bands.length === 0 ? ' · no percentile bands: too few finished items' : ''}`,
    empty: dto.aging.length === 0 ? 'Nothing is in progress.' : null,
  };
}
