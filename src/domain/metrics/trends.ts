import type { TrendsDto } from '../../contract/metrics';
import type { MetricsContext } from './metrics-context';
import { periodFigures } from './period-figures';

/** Default comparison period when the caller gives no window: four weeks. */
export const DEFAULT_TREND_DAYS = 28;

/**
 * Period over period: the last `periodDays` calendar days ending on the window's last day
 * against the `periodDays` before them.
 */
export function trends(ctx: MetricsContext, periodDays: number): TrendsDto {
  const days = Math.max(1, Math.floor(periodDays));
  const currentFirst = ctx.lastDay - days + 1;
  return {
    periodDays: days,
    current: periodFigures(ctx, currentFirst, ctx.lastDay),
    previous: periodFigures(ctx, currentFirst - days, currentFirst - 1),
  };
}
