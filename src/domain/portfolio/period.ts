import { PORTFOLIO_PERIOD_LABELS, type PortfolioPeriod, type PortfolioPeriodDto } from '../../contract/portfolio';
import { civilFromDays, daysFromCivil, formatDay } from '../time/civil';

/** Inclusive day numbers of a period and of the equally long period just before it. */
export interface PeriodDays {
  firstDay: number;
  lastDay: number;
  previousFirstDay: number;
  previousLastDay: number;
}

function quarterStart(day: number): number {
  const c = civilFromDays(day);
  return daysFromCivil(c.year, c.month - ((c.month - 1) % 3), 1);
}

function monthStart(day: number): number {
  const c = civilFromDays(day);
  return daysFromCivil(c.year, c.month, 1);
}

/**
 * The days a relative period covers, seen from `today` (a day number in the squad's zone):
 * running periods (`this-…`, `last-N-days`) end today, finished ones (`last-month`,
 * `last-quarter`) on their last day. The previous period is the same number of days just before,
 * so a trend always compares like with like (DESIGN §2, issue 11).
 *
 * @example
 * periodDays('this-quarter', parseDay('2025-11-30')) // 2025-10-01 … 2025-11-30, previous 2025-08-01 … 2025-09-30
 */
export function periodDays(period: PortfolioPeriod, today: number): PeriodDays {
  let firstDay: number;
  let lastDay = today;
  switch (period) {
    case 'this-quarter':
      firstDay = quarterStart(today);
      break;
    case 'last-quarter':
      lastDay = quarterStart(today) - 1;
      firstDay = quarterStart(lastDay);
      break;
    case 'this-month':
      firstDay = monthStart(today);
      break;
    case 'last-month':
      lastDay = monthStart(today) - 1;
      firstDay = monthStart(lastDay);
      break;
    case 'last-30-days':
      firstDay = today - 29;
      break;
    case 'last-90-days':
      firstDay = today - 89;
      break;
    case 'this-year':
      firstDay = daysFromCivil(civilFromDays(today).year, 1, 1);
      break;
  }
  const days = lastDay - firstDay + 1;
  return { firstDay, lastDay, previousFirstDay: firstDay - days, previousLastDay: firstDay - 1 };
}

/** The period as the answer states it. */
export function periodDto(period: PortfolioPeriod, d: PeriodDays): PortfolioPeriodDto {
  return {
    key: period,
    label: PORTFOLIO_PERIOD_LABELS[period],
    from: formatDay(d.firstDay),
    to: formatDay(d.lastDay),
    days: d.lastDay - d.firstDay + 1,
    previousFrom: formatDay(d.previousFirstDay),
    previousTo: formatDay(d.previousLastDay),
  };
}
