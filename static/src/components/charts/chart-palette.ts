import { useEffect, useState } from 'react';
import type { ChartPalette } from './palette';

export type { ChartPalette } from './palette';

/** Fallbacks are the tokens' light values: the theme's CSS variables win whenever they are set. */

const SERIES_TOKENS = [
  ['--ds-chart-blue-bold', '#388BFF'],
  ['--ds-chart-orange-bold', '#D97008'],
  ['--ds-chart-purple-bold', '#8F7EE7'],
  ['--ds-chart-teal-bold', '#2898BD'],
  ['--ds-chart-magenta-bold', '#DA62AC'],
  ['--ds-chart-lime-bold', '#6A9A23'],
  ['--ds-chart-gray-bold', '#8590A2'],
  ['--ds-chart-green-bold', '#22A06B'],
] as const;

export const SYMBOLS = ['circle', 'triangle', 'diamond', 'rect', 'roundRect', 'pin', 'arrow'] as const;
export const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const;

function readVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const v = style.getPropertyValue(name).trim();
  return v === '' ? fallback : v;
}

export function readChartPalette(): ChartPalette {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string): string => readVar(style, name, fallback);
  return {
    series: SERIES_TOKENS.map(([name, fallback]) => v(name, fallback)),
    text: v('--ds-text', '#172B4D'),
    subtleText: v('--ds-text-subtle', '#44546F'),
    border: v('--ds-border', '#091E4224'),
    gridLine: v('--ds-border', '#091E4224'),
    surface: v('--ds-surface-overlay', '#FFFFFF'),
    bands: [
      v('--ds-background-success', '#DCFFF1'),
      v('--ds-background-warning', '#FFF7D6'),
      v('--ds-background-accent-orange-subtler', '#FEDEC8'),
      v('--ds-background-danger', '#FFECEB'),
    ],
    danger: v('--ds-chart-danger-bold', '#C9372C'),
    success: v('--ds-chart-success-bold', '#22A06B'),
  };
}

/** The palette, read again when the host switches light/dark (`data-color-mode` on `<html>`). */
export function useChartPalette(): ChartPalette {
  const [palette, setPalette] = useState(readChartPalette);
  useEffect(() => {
    const observer = new MutationObserver(() => setPalette(readChartPalette()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode', 'data-theme'] });
    return () => observer.disconnect();
  }, []);
  return palette;
}
