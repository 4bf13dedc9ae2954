/**
 * Day figures in rows are rounded to the microday (0.0864 s): nobody reads further, and short
 * numbers keep 100k rows quick to write. Entry instants stay exact (ISO, ms).
 */
export function roundDays(days: number): number {
  return Math.round(days * 1e6) / 1e6;
}
