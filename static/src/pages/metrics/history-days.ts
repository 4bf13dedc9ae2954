import type { SquadMetricsDto } from '../../../../src/contract/metrics';

const DAY_MS = 86_400_000;

/**
 * Days of history behind the figures: from the earliest stage entry of any item to the answer's
 * now (the window's length when the item list was left out of the answer).
 */
export function historyDays(dto: SquadMetricsDto): number {
  const now = Date.parse(dto.asOf.nowIso);
  // Entry instants are ISO strings of one format (UTC, ms): the earliest sorts first as text.
  let earliest: string | null = null;
  for (const item of dto.items) {
    for (const at of Object.values(item.stages)) {
      if (at !== null && (earliest === null || at < earliest)) earliest = at;
    }
  }
  let first = earliest === null ? Number.POSITIVE_INFINITY : Date.parse(earliest);
  if (first === Number.POSITIVE_INFINITY) {
    first = Date.parse(`${dto.window.from}T00:00:00Z`);
  }
  return Math.max(0, Math.floor((now - first) / DAY_MS));
}
