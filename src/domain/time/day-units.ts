import type { DayUnit } from '../../contract/squad-config';
import type { DayCalendar } from './day-calendar';
import { MS_PER_DAY } from './parse-jira-timestamp';

/**
 * Length of the interval `[startMs, endMs]` in one of the squad's day units:
 * - `elapsed`: fractional days of 24 h;
 * - `calendar`: difference of the two calendar dates in the squad's zone (jira-agile-metrics);
 * - `inclusive`: calendar + 1, counting both end days (ActionableAgile);
 * - `business`: working days in `(startDay, endDay]` — the calendar difference counting only
 *   weekdays configured as working and not holidays.
 *
 * @example
 * // Friday 17:00 → Monday 09:00, Berlin, Monday to Friday
 * durationInUnit('elapsed', cal, fri17, mon09)   // 2.666…
 * durationInUnit('calendar', cal, fri17, mon09)  // 3
 * durationInUnit('inclusive', cal, fri17, mon09) // 4
 * durationInUnit('business', cal, fri17, mon09)  // 1
 */
export function durationInUnit(unit: DayUnit, cal: DayCalendar, startMs: number, endMs: number): number {
  switch (unit) {
    case 'elapsed':
      return (endMs - startMs) / MS_PER_DAY;
    case 'calendar':
      return cal.dayOf(endMs) - cal.dayOf(startMs);
    case 'inclusive':
      return cal.dayOf(endMs) - cal.dayOf(startMs) + 1;
    case 'business':
      return cal.workingDaysBetween(cal.dayOf(startMs), cal.dayOf(endMs));
  }
}
