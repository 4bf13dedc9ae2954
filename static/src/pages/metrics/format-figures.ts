/** How the panel writes numbers: one place, so tiles, tables, tooltips and the CLI comparison agree. */

/** Days: one decimal under 10, whole days above ("3.5 d", "12 d"); "–" for no figure. */
export function fmtDays(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '–';
  return `${n < 10 ? (Math.round(n * 10) / 10).toFixed(1) : Math.round(n)} d`;
}

export function fmtPercent(n: number | null): string {
  return n === null || !Number.isFinite(n) ? '–' : `${Math.round(n)}%`;
}

/** A count or rate with at most one decimal. */
export function fmtNumber(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '–';
  return Number.isInteger(n) ? String(n) : (Math.round(n * 10) / 10).toFixed(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-12` → `12 Mar 2026` (dates are days in the squad's zone: no time-zone conversion). */
export function fmtDay(day: string | null, withYear = true): string {
  if (day === null) return '–';
  const [y, m, d] = day.split('-');
  const month = MONTHS[Number(m) - 1] ?? m ?? '';
  return withYear ? `${Number(d)} ${month} ${y ?? ''}` : `${Number(d)} ${month}`;
}

/** An ISO instant's day part in the squad's zone, via Intl (the UI never re-parses dates by hand). */
export function dayInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
