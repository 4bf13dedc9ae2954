/**
 * Fast parser for Jira timestamps. `Date.parse` does not accept Jira's offset without a colon
 * (`+0000`), and a regex + `Date.UTC` per change dominates the run time on 100k issues, so this
 * walks the characters once and does the calendar arithmetic itself.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Char code of '0'. */
const ZERO = 48;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function twoDigits(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
 * Month is 1-12. Valid for every year a Jira site can hold.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a Jira REST timestamp to epoch milliseconds, or returns `NaN` when the text is not one.
 *
 * Accepts `YYYY-MM-DDTHH:mm:ss`, optional fraction (1-9 digits, truncated to ms), then `Z`,
 * `±HHMM` or `±HH:MM`. A missing offset is refused: a local time would depend on the machine.
 *
 * @example
 * parseJiraTimestamp('2024-03-05T14:07:33.512+0000') // 1709647653512
 * parseJiraTimestamp('2024-03-05T19:37:33+05:30')    // 1709647653000
 * parseJiraTimestamp('yesterday')                   // NaN
 */
export function parseJiraTimestamp(s: string): number {
  const n = s.length;
  if (n < 20) return NaN;
  const y0 = twoDigits(s, 0);
  const y1 = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  if (
    y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 ||
    minute < 0 || minute > 59 || second < 0 || second > 59 ||
    s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58
  ) {
    return NaN;
  }
  const year = y0 * 100 + y1;
  if (day > daysInMonth(year, month)) return NaN;

  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    let scale = 100;
    const start = i;
    while (i < n) {
      const d = digit(s, i);
      if (d < 0) break;
      ms += d * scale;
      scale /= 10;
      i++;
    }
    if (i === start || i - start > 9) return NaN;
    ms = Math.floor(ms + 1e-6);
  }

  let offsetMinutes = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 && i + 1 === n) {
    // 'Z'
  } else if (sign === 43 || sign === 45) {
    const oh = twoDigits(s, i + 1);
    const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
    const om = twoDigits(s, i + 3 + colon);
    if (oh < 0 || oh > 23 || om < 0 || om > 59 || i + 5 + colon !== n) return NaN;
    offsetMinutes = (oh * 60 + om) * (sign === 43 ? 1 : -1);
  } else {
    return NaN;
  }

  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    ms
  );
}

/** Like {@link parseJiraTimestamp} but throws a RangeError naming the text. */
export function parseJiraTimestampOrThrow(s: string): number {
  const ms = parseJiraTimestamp(s);
  if (Number.isNaN(ms)) {
    throw new RangeError(`"${s.slice(0, 40)}" is not a Jira timestamp (expected e.g. 2024-03-05T14:07:33.512+0000)`);
  }
  return ms;
}

export { MS_PER_DAY, MS_PER_MINUTE };
