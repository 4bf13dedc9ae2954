import { MS_PER_DAY, daysFromCivil } from './parse-jira-timestamp';

/*
 * The byte twin of `parseJiraTimestamp`, for readers that parse JSON straight from a buffer: the
 * same grammar and result without creating a string per change. The two are checked against each
 * other by a property test.
 */

function d(buf: Uint8Array, i: number): number {
  const v = (buf[i] ?? 0) - 48;
  return v >= 0 && v <= 9 ? v : -1;
}

function dd(buf: Uint8Array, i: number): number {
  const a = d(buf, i);
  const b = d(buf, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Epoch ms of the Jira timestamp in `buf[start, end)`, or NaN (see `parseJiraTimestamp`).
 *
 * @example
 * parseJiraTimestampBytes(Buffer.from('"2024-03-05T14:07:33.512+0000"'), 1, 29) // 1709647653512
 */
export function parseJiraTimestampBytes(buf: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 20) return NaN;
  const s = start;
  const y0 = dd(buf, s);
  const y1 = dd(buf, s + 2);
  const month = dd(buf, s + 5);
  const day = dd(buf, s + 8);
  const hour = dd(buf, s + 11);
  const minute = dd(buf, s + 14);
  const second = dd(buf, s + 17);
  if (
    y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 ||
    minute < 0 || minute > 59 || second < 0 || second > 59 ||
    buf[s + 4] !== 45 || buf[s + 7] !== 45 || buf[s + 10] !== 84 || buf[s + 13] !== 58 || buf[s + 16] !== 58
  ) {
    return NaN;
  }
  const year = y0 * 100 + y1;
  if (day > daysInMonth(year, month)) return NaN;
  let i = s + 19;
  let ms = 0;
  if (buf[i] === 46 && i < end) {
    i++;
    let scale = 100;
    const first = i;
    while (i < end) {
      const v = d(buf, i);
      if (v < 0) break;
      ms += v * scale;
      scale /= 10;
      i++;
    }
    if (i === first || i - first > 9) return NaN;
    ms = Math.floor(ms + 1e-6);
  }
  let offsetMinutes = 0;
  const sign = i < end ? buf[i] : -1;
  if (sign === 90 && i + 1 === end) {
    // 'Z'
  } else if (sign === 43 || sign === 45) {
    const oh = i + 2 < end ? dd(buf, i + 1) : -1;
    const colon = i + 3 < end && buf[i + 3] === 58 ? 1 : 0;
    const om = i + 4 + colon < end ? dd(buf, i + 3 + colon) : -1;
    if (oh < 0 || oh > 23 || om < 0 || om > 59 || i + 5 + colon !== end) return NaN;
    offsetMinutes = (oh * 60 + om) * (sign === 43 ? 1 : -1);
  } else {
    return NaN;
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}
