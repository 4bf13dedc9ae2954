import { TZDate, tzOffset } from '@date-fns/tz';
import { civilFromDays, isoWeekday, parseDay } from './civil';
import { MS_PER_DAY } from './parse-jira-timestamp';

export interface CalendarSpec {
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** ISO weekdays that are working days, 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** Non-working dates as `YYYY-MM-DD`. */
  holidays: readonly string[];
}

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/UCT', 'UCT', 'Zulu', 'Etc/Zulu', 'Universal', 'Etc/Universal']);

/**
 * Maps instants to calendar days of one time zone and counts working days. Day boundaries and a
 * working-day prefix sum are computed once for a range of days (Intl calls happen there only), so
 * the per-item work in the metrics loops is a table lookup. Instants outside the range still work,
 * through the slower Intl path.
 *
 * Day numbers are days since 1970-01-01 of the local calendar date (see `civil.ts`).
 *
 * @example
 * const cal = new DayCalendar({ timeZone: 'Europe/Berlin', workingDays: [1,2,3,4,5], holidays: [] }, fromMs, toMs);
 * cal.dayOf(Date.UTC(2024, 2, 4, 23, 30)) // day number of 2024-03-05 (00:30 in Berlin)
 */
export class DayCalendar {
  readonly timeZone: string;
  readonly isUtc: boolean;
  /** First day number held in the tables. */
  readonly firstDay: number;
  /** Number of days held in the tables. */
  readonly length: number;
  /** `starts[i]` = epoch ms at which day `firstDay + i` begins; one extra entry for the end. */
  private readonly starts: Float64Array;
  /** `workBefore[i]` = working days in `[firstDay, firstDay + i)`. */
  private readonly workBefore: Int32Array;
  private readonly workingWeekdays: boolean[];
  private readonly holidays: Set<number>;

  constructor(spec: CalendarSpec, fromMs: number, toMs: number) {
    this.timeZone = spec.timeZone;
    this.isUtc = UTC_ZONES.has(spec.timeZone);
    this.workingWeekdays = [false, false, false, false, false, false, false, false];
    for (const d of spec.workingDays) this.workingWeekdays[d] = true;
    this.holidays = new Set();
    for (const h of spec.holidays) {
      const dn = parseDay(h);
      if (Number.isNaN(dn)) throw new RangeError(`holiday "${h}" is not a date as YYYY-MM-DD`);
      this.holidays.add(dn);
    }
    const lo = Number.isFinite(fromMs) ? fromMs : 0;
    const hi = Number.isFinite(toMs) && toMs >= lo ? toMs : lo;
    this.firstDay = this.slowDayOf(lo) - 1;
    this.length = this.slowDayOf(hi) + 2 - this.firstDay;
    this.starts = new Float64Array(this.length + 1);
    this.workBefore = new Int32Array(this.length + 1);
    for (let i = 0; i <= this.length; i++) {
      const day = this.firstDay + i;
      this.starts[i] = this.slowStartOfDay(day);
      if (i > 0) this.workBefore[i] = (this.workBefore[i - 1] ?? 0) + (this.isWorkingDay(day - 1) ? 1 : 0);
    }
  }

  /** Day number (in this zone) of the instant `ms`. */
  dayOf(ms: number): number {
    if (this.isUtc) return Math.floor(ms / MS_PER_DAY);
    const starts = this.starts;
    let i = Math.floor((ms - (starts[0] ?? 0)) / MS_PER_DAY);
    if (i < 0 || i >= this.length) return this.slowDayOf(ms);
    // Days are 23-25 h long (or 0 h when a zone skipped one): the guess is off by at most a day or two.
    while (i + 1 < this.length && (starts[i + 1] ?? Infinity) <= ms) i++;
    while (i > 0 && (starts[i] ?? -Infinity) > ms) i--;
    return this.firstDay + i;
  }

  /** Epoch ms at which the local day `day` begins. */
  startOfDay(day: number): number {
    const i = day - this.firstDay;
    if (i >= 0 && i <= this.length) return this.starts[i] ?? NaN;
    return this.slowStartOfDay(day);
  }

  /** Whether `day` is one of the working weekdays and not a holiday. */
  isWorkingDay(day: number): boolean {
    return this.workingWeekdays[isoWeekday(day)] === true && !this.holidays.has(day);
  }

  /**
   * Working days in the half-open day range `(fromDay, toDay]`: the business-day analogue of
   * `toDay - fromDay` (negative when `toDay < fromDay`).
   */
  workingDaysBetween(fromDay: number, toDay: number): number {
    if (toDay < fromDay) return -this.workingDaysBetween(toDay, fromDay);
    const a = fromDay + 1 - this.firstDay;
    const b = toDay + 1 - this.firstDay;
    if (a >= 0 && b <= this.length) return (this.workBefore[b] ?? 0) - (this.workBefore[a] ?? 0);
    let n = 0;
    for (let d = fromDay + 1; d <= toDay; d++) if (this.isWorkingDay(d)) n++;
    return n;
  }

  private slowDayOf(ms: number): number {
    if (this.isUtc) return Math.floor(ms / MS_PER_DAY);
    return Math.floor((ms + tzOffset(this.timeZone, new Date(ms)) * 60_000) / MS_PER_DAY);
  }

  private slowStartOfDay(day: number): number {
    if (this.isUtc) return day * MS_PER_DAY;
    const c = civilFromDays(day);
    return new TZDate(c.year, c.month - 1, c.day, this.timeZone).getTime();
  }
}
