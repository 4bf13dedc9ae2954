import type { SquadMetricsDto } from '../../../../../src/contract/metrics';
import type { ChartPalette } from '../../../components/charts/palette';
import { dayInZone, fmtDay, fmtDays } from '../format-figures';
import { baseOption, categoryAxis, escapeHtml, valueAxis } from './chart-base';
import type { ChartModel } from './lead-time-scatter';
import { summaryLine, withSummaries, type SummaryLookup } from './summary-lookup';

/** A stable horizontal spread within a stage's column, from the key (same key, same place). */
function jitter(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000 - 0.5;
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
  const byKey = new Map(dto.aging.map((a) => [a.key, a]));
  const option = {
    ...baseOption(p, `Aging work: ${dto.aging.length} items in progress as of ${asOf}`),
    grid: { left: 56, right: 150, top: 40, bottom: 48 },
    xAxis: categoryAxis(p, 'Stage the item is in', stages),
    yAxis: valueAxis(p, `Total age since entering ${dto.leadTime.from} (${dto.asOf.unit} days)`, { min: 0, max: Math.ceil(maxAge), nameGap: 44 }),
    tooltip: {
      ...(baseOption(p, '')['tooltip'] as object),
      trigger: 'item',
      formatter: (x: { data: { key: string } }, ticket: string, callback?: (ticket: string, html: string) => void) => {
        const a = byKey.get(x.data.key);
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
        name: 'Items in progress (circles; quick wins triangles)',
        type: 'scatter',
        cursor: 'pointer',
        itemStyle: { color: p.series[0], opacity: 0.85 },
        data: dto.aging
          .filter((a) => stages.includes(a.stage))
          .map((a) => ({ value: [stages.indexOf(a.stage) + jitter(a.key) * 0.6, a.ageDays], key: a.key, symbol: a.quickWin ? 'triangle' : 'circle', symbolSize: a.quickWin ? 10 : 8 })),
        markArea: {
          silent: true,
          data: bands.map(([lo, hi, color, name]) => [
            { yAxis: lo, name, itemStyle: { color, opacity: 0.55 }, label: { position: 'right', color: p.text, formatter: name } },
            { yAxis: hi },
          ]),
        },
      },
    ],
  };
  return {
    option,
    table: {
      columns: ['Key', 'Stage', 'Discipline', 'Quick win', `Total age (${dto.asOf.unit} days)`, 'Days in stage', 'Older than % of finished'],
      rows: dto.aging.map((a) => [a.key, a.stage, a.discipline, a.quickWin, a.ageDays, a.ageInStageDays, a.percentilePosition]),
    },
    subtitle: `As of ${fmtDay(asOf)} · ${dto.aging.length} items in progress${bands.length === 0 ? ' · no percentile bands: too few finished items' : ''}`,
    empty: dto.aging.length === 0 ? 'Nothing is in progress.' : null,
  };
}
