import fc from 'fast-check';
import { dayInZone } from './format-figures';

/** The reference: Intl asked for each instant. */
const exact = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

describe('dayInZone', () => {
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns'];

  it('gives the day Intl gives, DST days and odd offsets included (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 11, 31) }), fc.constantFrom(...zones), (ms, zone) => {
        const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
        expect(dayInZone(iso, zone)).toBe(exact(iso, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('is right around a DST change and a local midnight', () => {
    // Berlin: 2024-03-31 01:00Z clocks go from +1 to +2; 2024-03-30T23:00Z is local midnight.
    expect(dayInZone('2024-03-30T22:59:59.000Z', 'Europe/Berlin')).toBe('2024-03-30');
    expect(dayInZone('2024-03-30T23:00:00.000Z', 'Europe/Berlin')).toBe('2024-03-31');
    expect(dayInZone('2024-10-26T21:59:59.000Z', 'Europe/Berlin')).toBe('2024-10-26');
    expect(dayInZone('2024-10-26T22:00:00.000Z', 'Europe/Berlin')).toBe('2024-10-27');
    expect(dayInZone('2024-03-10T04:59:59.000Z', 'America/New_York')).toBe('2024-03-09');
    expect(dayInZone('2024-03-10T05:00:00.000Z', 'America/New_York')).toBe('2024-03-10');
  });
});
