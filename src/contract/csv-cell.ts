/**
 * One CSV cell, RFC 4180 quoted, shared by the CLI and the speed-metrics panel's downloads. Text
 * that a spreadsheet would run as a formula or split oddly (starting with `=`, `+`, `-`, `@`, tab or
 * carriage return) gets a leading apostrophe; numbers and booleans are written as they are.
 *
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v !== 'string') return Number.isNaN(v) ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a header row and data rows, CRLF line ends (what spreadsheets expect). */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const line = (cells: readonly (string | number | boolean | null)[]): string => cells.map(csvCell).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
