import type { SquadMetricsDto } from '../../../../src/contract/metrics';

const DAY_MS = 86_400_000;

/**
 * Days of history behind the figures: from the earliest stage entry of the items covered (the
 * answer's `window.firstEntry`, so no per-item rows are needed) to the answer's now; from the
 * window's first day when no item entered a stage.
 */
export function historyDays(dto: Pick<SquadMetricsDto, 'asOf' | 'window'>): number {
  const now = Date.parse(dto.asOf.nowIso);
  const first = dto.window.firstEntry === null ? Date.parse(`${dto.window.from}T00:00:00Z`) : Date.parse(dto.window.firstEntry);
  return Math.max(0, Math.floor((now - first) / DAY_MS));
}
