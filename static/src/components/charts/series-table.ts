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
