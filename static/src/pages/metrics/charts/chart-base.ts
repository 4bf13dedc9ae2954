import type { ChartPalette } from '../../../components/charts/palette';

/** Every chart's canvas height (px) unless a chart says otherwise; band labels are placed by it. */
export const CHART_HEIGHT = 320;

/** Text from Jira (discipline, type, stage names) goes into tooltip HTML: escape it. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A plot area at fixed margins from the canvas edges. ECharts 6 otherwise lays every grid out twice
 * (`outerBoundsMode: 'auto'` builds each axis's labels to fit them into the canvas, then again to
 * draw them): about a fifth of each chart's first draw. The margins here already leave the labels
 * and axis names their room, so that fitting moved nothing.
 */
export function fixedGrid(margins: { left: number; right: number; top: number; bottom: number }): Record<string, unknown> {
  return { ...margins, containLabel: false, outerBoundsMode: 'none' };
}

/**
 * What every chart shares: theme colours for text, axes and tooltips, and ECharts' aria decals so
 * bars and areas differ by pattern as well as colour.
 */
export function baseOption(p: ChartPalette, ariaLabel: string): Record<string, unknown> {
  return {
    animation: false,
    color: p.series,
    textStyle: { color: p.text, fontFamily: 'inherit' },
    aria: { enabled: true, label: { description: ariaLabel }, decal: { show: false } },
    grid: fixedGrid({ left: 56, right: 96, top: 40, bottom: 48 }),
    tooltip: {
      backgroundColor: p.surface,
      borderColor: p.border,
      textStyle: { color: p.text },
      confine: true,
      extraCssText: 'max-width: 360px; white-space: normal;',
    },
    legend: { top: 0, left: 0, textStyle: { color: p.text }, inactiveColor: p.subtleText, itemGap: 16 },
  };
}

export function valueAxis(p: ChartPalette, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 40,
    nameTextStyle: { color: p.subtleText },
    axisLabel: { color: p.subtleText },
    axisLine: { lineStyle: { color: p.border } },
    splitLine: { lineStyle: { color: p.gridLine } },
    ...extra,
  };
}

export function timeAxis(p: ChartPalette, name: string): Record<string, unknown> {
  return {
    type: 'time',
    name,
    nameLocation: 'middle',
    nameGap: 30,
    nameTextStyle: { color: p.subtleText },
    axisLabel: { color: p.subtleText, hideOverlap: true },
    axisLine: { lineStyle: { color: p.border } },
    splitLine: { show: false },
  };
}

export function categoryAxis(p: ChartPalette, name: string, data: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'category',
    name,
    nameLocation: 'middle',
    nameGap: 30,
    data,
    nameTextStyle: { color: p.subtleText },
    axisLabel: { color: p.subtleText, hideOverlap: true },
    axisLine: { lineStyle: { color: p.border } },
    ...extra,
  };
}

/** Noon UTC of a `YYYY-MM-DD` day: a time-axis position that stays on that day in every zone shown. */
export const dayMs = (day: string): number => Date.parse(`${day}T12:00:00Z`);

/** Percentile line styles: each line differs by dash pattern and its label, not colour alone. */
export const PERCENTILE_DASH: Record<number, 'solid' | 'dashed' | 'dotted'> = { 50: 'solid', 70: 'dotted', 85: 'dashed', 95: 'dotted' };
