import { csvDocument } from '../../../../src/contract/csv-cell';
import type { SeriesTable } from './series-table';

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
