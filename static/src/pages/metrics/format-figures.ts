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

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Per zone, the UTC offset (minutes) of each UTC day whose offset does not change within it; NaN on a transition day. */
const dayOffsets = new Map<string, Map<number, number>>();
const DAY_MS = 86_400_000;

function offsetMinutes(ms: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const local = Date.UTC(p['year'] ?? 1970, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0, p['second'] ?? 0);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * An ISO instant's day part in the squad's zone, via Intl (the UI never re-parses dates by hand).
 * Intl is asked once per UTC day and zone (the offset at the day's two ends), not once per item:
 * 50,000 items cost milliseconds. On a day the offset changes, each instant is asked exactly.
 */
export function dayInZone(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  let days = dayOffsets.get(timeZone);
  if (days === undefined) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const d = Math.floor(ms / DAY_MS);
  let off = days.get(d);
  if (off === undefined) {
    const a = offsetMinutes(d * DAY_MS, timeZone);
    off = a === offsetMinutes((d + 1) * DAY_MS - 1000, timeZone) ? a : Number.NaN;
    days.set(d, off);
  }
  const minutes = Number.isNaN(off) ? offsetMinutes(ms, timeZone) : off;
  return new Date(ms + minutes * 60_000).toISOString().slice(0, 10);
}
