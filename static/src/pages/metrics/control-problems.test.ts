import { customRangeProblem, forecastDateProblem, forecastItemsProblem } from './control-problems';

describe('custom date range as typed', () => {
  it('accepts a range whose start is on or before its end', () => {
    expect(customRangeProblem('2026-01-01', '2026-03-31')).toBeNull();
    expect(customRangeProblem('2026-03-31', '2026-03-31')).toBeNull();
  });
  it('says in a sentence which date is incomplete or impossible', () => {
    expect(customRangeProblem('', '2026-03-31')).toBe('Enter a complete start date (day, month and year).');
    expect(customRangeProblem('2026-01-01', '2026-02-31')).toBe('Enter a complete end date (day, month and year).');
    expect(customRangeProblem('', '')).toBe('Enter a complete start and end date (day, month and year).');
  });
  it('names both days when the start is after the end', () => {
    expect(customRangeProblem('2027-05-01', '2026-11-30')).toBe('The start date (1 May 2027) is after the end date (30 Nov 2026): pick a start on or before the end.');
  });
});

describe('forecast inputs as typed', () => {
  it.each(['0', '-3', '2.5', 'abc', '', '10001'])('refuses %j as an item count', (typed) => {
    expect(forecastItemsProblem(typed)).toBe('Enter a whole number of items from 1 to 10,000.');
  });
  it.each(['1', '25', ' 10000 '])('takes %j as an item count', (typed) => {
    expect(forecastItemsProblem(typed)).toBeNull();
  });
  it('wants a complete date after today', () => {
    expect(forecastDateProblem('2026-12-28', '2026-11-30')).toBeNull();
    expect(forecastDateProblem('2026-11-30', '2026-11-30')).toBe('Pick a date after today (30 Nov 2026): the forecast looks ahead.');
    expect(forecastDateProblem('2020-01-01', '2026-11-30')).toBe('Pick a date after today (30 Nov 2026): the forecast looks ahead.');
    expect(forecastDateProblem('', '2026-11-30')).toBe('Enter a complete date (day, month and year).');
  });
});
