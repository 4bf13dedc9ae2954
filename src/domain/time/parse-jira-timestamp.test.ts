import fc from 'fast-check';
import { daysFromCivil, parseJiraTimestamp, parseJiraTimestampOrThrow } from './parse-jira-timestamp';

describe('parseJiraTimestamp', () => {
  it.each([
    ['2024-03-05T14:07:33.512+0000', Date.UTC(2024, 2, 5, 14, 7, 33, 512)],
    ['2024-03-05T14:07:33.512Z', Date.UTC(2024, 2, 5, 14, 7, 33, 512)],
    ['2024-03-05T14:07:33+0000', Date.UTC(2024, 2, 5, 14, 7, 33)],
    ['2024-03-05T19:37:33.512+0530', Date.UTC(2024, 2, 5, 14, 7, 33, 512)],
    ['2024-03-05T19:37:33.512+05:30', Date.UTC(2024, 2, 5, 14, 7, 33, 512)],
    ['2024-03-05T09:07:33.512-0500', Date.UTC(2024, 2, 5, 14, 7, 33, 512)],
    ['2024-03-05T00:30:00.000+0100', Date.UTC(2024, 2, 4, 23, 30)],
    ['2024-02-29T23:59:59.999-1200', Date.UTC(2024, 2, 1, 11, 59, 59, 999)],
    ['2024-03-05T14:07:33.5+0000', Date.UTC(2024, 2, 5, 14, 7, 33, 500)],
    ['2024-03-05T14:07:33.123456789Z', Date.UTC(2024, 2, 5, 14, 7, 33, 123)],
    ['1969-12-31T23:59:59.000+0000', -1000],
  ])('%s', (text, expected) => {
    expect(parseJiraTimestamp(text)).toBe(expected);
  });

  it.each([
    '',
    '2024-03-05',
    '2024-03-05T14:07:33',
    '2024-03-05T14:07:33.512',
    '2024-13-05T14:07:33.512+0000',
    '2023-02-29T14:07:33.512+0000',
    '2024-03-05T24:00:00.000+0000',
    '2024-03-05T14:07:33.+0000',
    '2024-03-05T14:07:33.512+00',
    '2024-03-05T14:07:33.512+0000 ',
    '2024/03/05T14:07:33.512+0000',
    'not a timestamp at all!',
  ])('refuses %j', (text) => {
    expect(parseJiraTimestamp(text)).toBeNaN();
  });

  it('throws a message naming the text', () => {
    expect(() => parseJiraTimestampOrThrow('2024-03-05')).toThrow('"2024-03-05" is not a Jira timestamp');
  });

  it('agrees with Date.parse for ISO strings with colon offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offsetMinutes) => {
          const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const abs = Math.abs(offsetMinutes);
          const off = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
          expect(parseJiraTimestamp(local + off)).toBe(ms);
        },
      ),
    );
  });

  it('daysFromCivil counts days since the epoch', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
  });
});
