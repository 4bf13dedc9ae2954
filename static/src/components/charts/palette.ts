/**
 * Chart colours from the Atlassian design tokens (`color.chart.*`), read from the CSS variables the
 * active theme sets, so light and dark both read well; ECharts draws on a canvas and cannot resolve
 * `var(--…)` itself. Series never rely on colour alone: every palette entry comes with a symbol and a
 * line style, and charts label their lines.
 */
export interface ChartPalette {
  series: string[];
  text: string;
  subtleText: string;
  border: string;
  gridLine: string;
  surface: string;
  /** Percentile band fills, from calm to alarming. */
  bands: [string, string, string, string];
  danger: string;
  success: string;
}
