/** A chart's figures as rows: what "view as table" shows and the CSV download holds. */
export interface SeriesTable {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/** A file name from words: `growth lead-time scatter` → `growth-lead-time-scatter.csv`. */
export function csvFileName(...parts: string[]): string {
  const base = parts.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'export'}.csv`;
}

/**
 * A cell as "view as table" shows it: whole numbers with thousands separators, fractions rounded
 * (one decimal, two under 1, so 0.04 stays readable), yes/no for flags, "–" for no figure. The CSV
 * keeps the full values for spreadsheets.
 */
export function tableCellText(v: string | number | boolean | null): string {
  if (v === null) return '–';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '–';
  return v.toLocaleString('en', { maximumFractionDigits: Number.isInteger(v) ? 0 : Math.abs(v) < 1 ? 2 : 1 });
}
