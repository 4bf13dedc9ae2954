import { csvDocument } from '../../../../src/contract/csv-cell';

/** A chart's figures as rows: what "view as table" shows and the CSV download holds. */
export interface SeriesTable {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/** Saves a table as a CSV file (UTF-8 with BOM, so spreadsheets read accents right). */
export function downloadCsv(fileName: string, table: SeriesTable): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csvDocument(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from words: `growth lead-time scatter` → `growth-lead-time-scatter.csv`. */
export function csvFileName(...parts: string[]): string {
  const base = parts.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'export'}.csv`;
}
