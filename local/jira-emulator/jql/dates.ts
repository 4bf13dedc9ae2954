import { TZDate } from '@date-fns/tz';
import { JqlError } from './jql-error';

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([-+]?)\s*((?:\d+\s*[wdhm]\s*)+)$/;
const UNIT_MS: Readonly<Record<string, number>> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/**
 * Reads a JQL date value as Jira does: `yyyy-MM-dd HH:mm`, `yyyy/MM/dd HH:mm`, `yyyy-MM-dd`,
 * `yyyy/MM/dd` in the searching user's time zone; a period relative to now (`-7d`, `-1w 2d`,
 * `4h`); or epoch milliseconds. Returns epoch ms.
 */
export function parseJqlDate(text: string, field: string, nowMs: number, timeZone: string): number {
  const value = text.trim();
  if (/^\d{9,}$/.test(value)) return Number(value);
  const abs = ABSOLUTE.exec(value);
  if (abs !== null) {
    const [year, month, day, hour, minute] = abs.slice(1).map((p) => (p === undefined ? 0 : Number(p))) as [number, number, number, number, number];
    const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
    const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && hour < 24 && minute < 60;
    if (valid) return date.getTime();
  }
  const period = PERIOD.exec(value);
  if (period !== null) {
    const sign = period[1] === '-' ? -1 : 1;
    let offsetMs = 0;
    for (const part of (period[2] ?? '').matchAll(/(\d+)\s*([wdhm])/g)) offsetMs += Number(part[1]) * (UNIT_MS[part[2] ?? 'm'] ?? 0);
    return nowMs + sign * offsetMs;
  }
  throw new JqlError(
    `Date value '${text}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}
