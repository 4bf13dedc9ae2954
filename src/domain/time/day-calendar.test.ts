import { daysFromCivil, formatDay } from './civil';
import { DayCalendar } from './day-calendar';
import { durationInUnit } from './day-units';

const weekdays = [1, 2, 3, 4, 5];
const range = (tz: string, holidays: string[] = []): DayCalendar =>
  new DayCalendar({ timeZone: tz, workingDays: weekdays, holidays }, Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1));

describe('DayCalendar.dayOf — a time-zone matrix', () => {
  // The same instant, 2024-03-04T23:30Z (a Monday night in UTC), is a different date around the world.
  const instant = Date.UTC(2024, 2, 4, 23, 30);
  it.each([
    ['UTC', '2024-03-04'],
    ['Europe/Berlin', '2024-03-05'],
    ['America/New_York', '2024-03-04'],
    ['Asia/Kolkata', '2024-03-05'],
    ['Pacific/Honolulu', '2024-03-04'],
    ['Pacific/Kiritimati', '2024-03-05'],
    ['Australia/Adelaide', '2024-03-05'],
  ])('%s → %s', (tz, date) => {
    const cal = range(tz);
    expect(formatDay(cal.dayOf(instant))).toBe(date);
    // The table path and the Intl path agree.
    const outside = new DayCalendar({ timeZone: tz, workingDays: weekdays, holidays: [] }, Date.UTC(2030, 0, 1), Date.UTC(2030, 0, 2));
    expect(outside.dayOf(instant)).toBe(cal.dayOf(instant));
  });

  it.each([
    // DST starts: Berlin's 31 March 2024 has 23 hours.
    ['Europe/Berlin', Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22), '2024-03-31'],
    // DST ends: New York's 3 November 2024 has 25 hours.
    ['America/New_York', Date.UTC(2024, 10, 3, 4), Date.UTC(2024, 10, 4, 5), '2024-11-03'],
    // Santiago's 11 September 2022 starts at 01:00 (midnight does not exist).
    ['America/Santiago', Date.UTC(2022, 8, 11, 4), Date.UTC(2022, 8, 12, 3), '2022-09-11'],
  ])('%s: the day starting at %d ends at %d', (tz, start, end, date) => {
    const cal = range(tz);
    const day = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8)));
    expect(cal.startOfDay(day)).toBe(start);
    expect(cal.startOfDay(day + 1)).toBe(end);
    expect(cal.dayOf(start)).toBe(day);
    expect(cal.dayOf(start - 1)).toBe(day - 1);
    expect(cal.dayOf(end - 1)).toBe(day);
  });

  it('gives a skipped day no length (Samoa, 30 December 2011)', () => {
    const cal = range('Pacific/Apia');
    const dec30 = daysFromCivil(2011, 12, 30);
    expect(cal.startOfDay(dec30 + 1) - cal.startOfDay(dec30)).toBe(0);
    expect(formatDay(cal.dayOf(Date.UTC(2011, 11, 30, 10)))).toBe('2011-12-31');
    expect(formatDay(cal.dayOf(Date.UTC(2011, 11, 30, 9, 59)))).toBe('2011-12-29');
  });
});

describe('durationInUnit', () => {
  // Friday 2024-03-08 17:00 Berlin (16:00Z) → Monday 2024-03-11 09:00 Berlin (08:00Z).
  const fri = Date.UTC(2024, 2, 8, 16);
  const mon = Date.UTC(2024, 2, 11, 8);
  it.each([
    ['elapsed', 64 / 24],
    ['calendar', 3],
    ['inclusive', 4],
    ['business', 1],
  ] as const)('%s', (unit, expected) => {
    expect(durationInUnit(unit, range('Europe/Berlin'), fri, mon)).toBeCloseTo(expected, 12);
  });

  it('skips holidays and honours the zone for business days', () => {
    // Tue 2024-12-24 10:00 Berlin → Fri 2024-12-27 10:00 Berlin; 25 and 26 are holidays.
    const cal = range('Europe/Berlin', ['2024-12-25', '2024-12-26']);
    expect(durationInUnit('business', cal, Date.UTC(2024, 11, 24, 9), Date.UTC(2024, 11, 27, 9))).toBe(1);
    expect(durationInUnit('calendar', cal, Date.UTC(2024, 11, 24, 9), Date.UTC(2024, 11, 27, 9))).toBe(3);
    // 23:30Z on Monday is Tuesday in Berlin: a calendar day later than in UTC.
    expect(durationInUnit('calendar', cal, Date.UTC(2024, 2, 4, 12), Date.UTC(2024, 2, 4, 23, 30))).toBe(1);
    expect(durationInUnit('calendar', range('UTC'), Date.UTC(2024, 2, 4, 12), Date.UTC(2024, 2, 4, 23, 30))).toBe(0);
  });

  it('counts business days outside the table range too', () => {
    const cal = new DayCalendar({ timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], holidays: ['2030-01-01'] }, 0, 0);
    // Mon 2029-12-31 → Mon 2030-01-07: Tue (holiday) skipped, Wed-Fri + Mon = 4.
    expect(durationInUnit('business', cal, Date.UTC(2029, 11, 31), Date.UTC(2030, 0, 7))).toBe(4);
    expect(durationInUnit('business', cal, Date.UTC(2030, 0, 7), Date.UTC(2029, 11, 31))).toBe(-4);
  });

  it('refuses a bad holiday', () => {
    expect(() => new DayCalendar({ timeZone: 'UTC', workingDays: [1], holidays: ['2024-02-30'] }, 0, 0)).toThrow(
      'holiday "2024-02-30" is not a date as YYYY-MM-DD',
    );
  });
});
