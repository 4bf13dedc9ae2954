import fc from 'fast-check';
import { PORTFOLIO_PERIODS } from '../../contract/portfolio';
import { formatDay, parseDay } from '../time/civil';
import { periodDays, periodDto } from './period';

const days = (p: Parameters<typeof periodDays>[0], today: string) => {
  const d = periodDays(p, parseDay(today));
  return [formatDay(d.firstDay), formatDay(d.lastDay), formatDay(d.previousFirstDay), formatDay(d.previousLastDay)];
};

describe('periodDays', () => {
  it('resolves each relative period from today', () => {
    expect(days('this-quarter', '2025-11-30')).toEqual(['2025-10-01', '2025-11-30', '2025-08-01', '2025-09-30']);
    expect(days('last-quarter', '2025-11-30')).toEqual(['2025-07-01', '2025-09-30', '2025-03-31', '2025-06-30']);
    expect(days('this-month', '2024-03-15')).toEqual(['2024-03-01', '2024-03-15', '2024-02-15', '2024-02-29']);
    expect(days('last-month', '2024-03-15')).toEqual(['2024-02-01', '2024-02-29', '2024-01-03', '2024-01-31']);
    expect(days('last-30-days', '2024-03-15')).toEqual(['2024-02-15', '2024-03-15', '2024-01-16', '2024-02-14']);
    expect(days('last-90-days', '2024-03-31')).toEqual(['2024-01-02', '2024-03-31', '2023-10-04', '2024-01-01']);
    expect(days('this-year', '2024-01-01')).toEqual(['2024-01-01', '2024-01-01', '2023-12-31', '2023-12-31']);
    expect(days('this-quarter', '2024-01-01')).toEqual(['2024-01-01', '2024-01-01', '2023-12-31', '2023-12-31']);
  });

  it('labels the period and counts its days', () => {
    const d = periodDays('this-quarter', parseDay('2025-11-30'));
    expect(periodDto('this-quarter', d)).toEqual({ key: 'this-quarter', label: 'This quarter', from: '2025-10-01', to: '2025-11-30', days: 61, previousFrom: '2025-08-01', previousTo: '2025-09-30' });
  });

  it('always ends by today, and the previous period is as long and ends the day before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PORTFOLIO_PERIODS), fc.integer({ min: parseDay('1990-01-01'), max: parseDay('2100-12-31') }), (p, today) => {
        const d = periodDays(p, today);
        expect(d.firstDay).toBeLessThanOrEqual(d.lastDay);
        expect(d.lastDay).toBeLessThanOrEqual(today);
        expect(d.previousLastDay).toBe(d.firstDay - 1);
        expect(d.previousLastDay - d.previousFirstDay).toBe(d.lastDay - d.firstDay);
        if (p.startsWith('this-') || p.endsWith('-days')) expect(d.lastDay).toBe(today);
      }),
    );
  });
});
