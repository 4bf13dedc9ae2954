import type { HistogramBinDto } from '../contract/metrics';

const BLOCKS = ' ▏▎▍▌▋▊▉█';

/** A bar of `width` characters (with eighth blocks) for `value` out of `max`. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 === 0 ? '' : (BLOCKS[eighths % 8] ?? ''));
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * A small text histogram, one line per bin: `  0–2 d │████▌   12`.
 *
 * @example
 * textHistogram([{ fromDays: 0, toDays: 5, count: 3 }], 20) // ['0–5 d │████████████████████ 3']
 */
export function textHistogram(bins: readonly HistogramBinDto[], width = 30): string[] {
  const max = bins.reduce((m, b) => Math.max(m, b.count), 0);
  const labels = bins.map((b) => `${fmt(b.fromDays)}–${fmt(b.toDays)} d`);
  const labelWidth = labels.reduce((m, l) => Math.max(m, l.length), 0);
  return bins.map((b, i) => `${(labels[i] ?? '').padStart(labelWidth)} │${bar(b.count, max, width).padEnd(width)} ${b.count}`);
}
