import type { DropRateDto } from '../../contract/metrics';
import { completedInWindow, type MetricsContext } from './metrics-context';

/**
 * Dropped items (last mapped status is the dropped outcome, dropped inside the window) against
 * completed ones (entered `to` inside the window, not dropped).
 */
export function dropRate(ctx: MetricsContext, keep?: (i: number) => boolean): DropRateDto {
  const { t } = ctx;
  let dropped = 0;
  let completed = 0;
  for (let i = 0; i < t.count; i++) {
    if (keep !== undefined && !keep(i)) continue;
    const at = t.droppedAtMs[i] as number;
    if (at >= ctx.windowStartMs && at <= ctx.windowEndMs) dropped++;
    else if (completedInWindow(ctx, i)) completed++;
  }
  const all = dropped + completed;
  return { dropped, completed, ratePercent: all === 0 ? null : (100 * dropped) / all };
}
