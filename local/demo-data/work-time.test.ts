import { toWorkingHours } from './work-time';

describe('toWorkingHours', () => {
  it('maps a weekday moment into 08:00–18:00 UTC keeping its place in the day', () => {
    // Tuesday 2024-03-05 12:00 UTC is half-way through the day → 08:00 + 5 h = 13:00.
    expect(new Date(toWorkingHours(Date.parse('2024-03-05T12:00:00Z'))).toISOString()).toBe('2024-03-05T13:00:00.000Z');
    expect(new Date(toWorkingHours(Date.parse('2024-03-05T00:00:00Z'))).toISOString()).toBe('2024-03-05T08:00:00.000Z');
  });

  it('moves Saturday and Sunday to Monday', () => {
    expect(new Date(toWorkingHours(Date.parse('2024-03-09T06:00:00Z'))).toISOString()).toBe('2024-03-11T10:30:00.000Z');
    expect(new Date(toWorkingHours(Date.parse('2024-03-10T18:00:00Z'))).toISOString()).toBe('2024-03-11T15:30:00.000Z');
  });
});
