import { fmtDay } from './format-figures';
import { isCalendarDay } from './panel-controls';

/**
 * What is wrong with a custom date range as typed, in a sentence a Jira user understands, or null
 * when it can be applied. A date field reports '' while its day, month or year is incomplete.
 */
export function customRangeProblem(from: string, to: string): string | null {
  if (!isCalendarDay(from) && !isCalendarDay(to)) return 'Enter a complete start and end date (day, month and year).';
  if (!isCalendarDay(from)) return 'Enter a complete start date (day, month and year).';
  if (!isCalendarDay(to)) return 'Enter a complete end date (day, month and year).';
  if (from > to) return `The start date (${fmtDay(from)}) is after the end date (${fmtDay(to)}): pick a start on or before the end.`;
  return null;
}

/** The forecast's item count as typed: a whole number from 1 to 10,000, else why not. */
export function forecastItemsProblem(typed: string): string | null {
  const n = Number(typed.trim());
  if (typed.trim() === '' || !Number.isInteger(n) || n < 1 || n > 10_000) return 'Enter a whole number of items from 1 to 10,000.';
  return null;
}

/** The forecast's target date: a complete day after `today` (the forecast looks ahead), else why not. */
export function forecastDateProblem(typed: string, today: string): string | null {
  if (!isCalendarDay(typed)) return 'Enter a complete date (day, month and year).';
  if (typed <= today) return `Pick a date after today (${fmtDay(today)}): the forecast looks ahead.`;
  return null;
}
