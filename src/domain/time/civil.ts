import { daysFromCivil } from './parse-jira-timestamp';

/**
 * Civil-date helpers on "day numbers": days since 1970-01-01 of a calendar date, independent of
 * any time zone. The day calendar maps instants to day numbers in the squad's zone.
 */
export { daysFromCivil };

export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Inverse of {@link daysFromCivil} (Howard Hinnant's `civil_from_days`). */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7 + 1;
}

/** Day number of the Monday starting the ISO week that holds `dayNumber`. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - (isoWeekday(dayNumber) - 1);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(dayNumber: number): string {
  const c = civilFromDays(dayNumber);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Day number of a `YYYY-MM-DD` string, or NaN when it is not a valid date. */
export function parseDay(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return NaN;
  const dn = daysFromCivil(year, month, day);
  const back = civilFromDays(dn);
  return back.day === day && back.month === month ? dn : NaN;
}
