import fc from 'fast-check';
import { civilFromDays, daysFromCivil, formatDay, isoWeekday, mondayOf, parseDay } from './civil';
import { IsoFormatter, formatIso } from './format-iso';

describe('civil day numbers', () => {
  it('round-trips every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 1, 1) }), (d) => {
        const c = civilFromDays(d);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
        expect(formatDay(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('knows weekdays and Mondays', () => {
    expect(isoWeekday(0)).toBe(4); // 1970-01-01 Thursday
    expect(isoWeekday(daysFromCivil(2024, 3, 4))).toBe(1); // Monday
    expect(isoWeekday(daysFromCivil(2024, 3, 10))).toBe(7); // Sunday
    expect(formatDay(mondayOf(daysFromCivil(2024, 3, 10)))).toBe('2024-03-04');
    expect(formatDay(mondayOf(-1))).toBe('1969-12-29');
  });

  it('parses YYYY-MM-DD strictly', () => {
    expect(parseDay('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(parseDay('2023-02-29')).toBeNaN();
    expect(parseDay('2024-3-1')).toBeNaN();
    expect(parseDay('2024-13-01')).toBeNaN();
  });
});

describe('IsoFormatter', () => {
  it('matches toISOString', () => {
    const f = new IsoFormatter();
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(f.format(ms)).toBe(new Date(ms).toISOString());
      }),
    );
    expect(formatIso(Date.UTC(2024, 2, 5, 14, 7, 33, 5))).toBe('2024-03-05T14:07:33.005Z');
  });
});
