export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Moves a moment into working hours (Mon–Fri, 08:00–18:00 UTC), keeping its relative position in
 * the day, so the demo's changes happen when people work. Plain epoch arithmetic: this runs
 * millions of times for the 100k benchmark data set.
 */
export function toWorkingHours(ms: number): number {
  let day = Math.floor(ms / DAY_MS);
  const fractionOfDay = (ms - day * DAY_MS) / DAY_MS;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 6) day += 2;
  else if (weekday === 0) day += 1;
  return day * DAY_MS + 8 * HOUR_MS + Math.floor(fractionOfDay * 10 * HOUR_MS);
}
