import { formatDay } from './civil';
import { MS_PER_DAY } from './parse-jira-timestamp';

/**
 * Fast `Date.prototype.toISOString` for epoch ms (UTC, millisecond precision). Item timelines of
 * 100k issues format ~400k instants; caching the date part per day makes that a few string joins.
 */
export class IsoFormatter {
  private readonly prefixes = new Map<number, string>();

  format(ms: number): string {
    const day = Math.floor(ms / MS_PER_DAY);
    let prefix = this.prefixes.get(day);
    if (prefix === undefined) {
      prefix = `${formatDay(day)}T`;
      this.prefixes.set(day, prefix);
    }
    let rest = ms - day * MS_PER_DAY;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = Math.floor(rest / 1000);
    const milli = rest - s * 1000;
    return `${prefix}${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
  }
}

/** One-off ISO formatting (same output as `new Date(ms).toISOString()` for years 0-9999). */
export function formatIso(ms: number): string {
  return new IsoFormatter().format(ms);
}
