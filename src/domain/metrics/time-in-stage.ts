import type { TimeInStageDto } from '../../contract/metrics';
import { MS_PER_DAY } from '../time/parse-jira-timestamp';
import type { MetricsContext } from './metrics-context';
import { selectPercentiles } from './select-percentiles';

/**
 * Time in each stage (all visits summed, elapsed days) over the items that completed in the
 * window; each stage summarises the items that spent any time in it.
 */
export function timeInStage(ctx: MetricsContext, completed: Int32Array): TimeInStageDto {
  const { t } = ctx;
  const S = t.stageCount;
  const scratch = new Float64Array(completed.length);
  const stages = t.squad.stageNames.map((stage, s) => {
    let k = 0;
    let total = 0;
    for (let j = 0; j < completed.length; j++) {
      const v = t.timeInStageMs[(completed[j] as number) * S + s] as number;
      if (v > 0) {
        scratch[k++] = v / MS_PER_DAY;
        total += v;
      }
    }
    const [p50, p85] = selectPercentiles(scratch.subarray(0, k), [50, 85]);
    return {
      stage,
      kind: t.squad.active[s] === 1 ? ('active' as const) : ('waiting' as const),
      count: k,
      meanElapsedDays: k === 0 ? null : total / MS_PER_DAY / k,
      p50ElapsedDays: p50 ?? null,
      p85ElapsedDays: p85 ?? null,
      totalElapsedDays: total / MS_PER_DAY,
    };
  });
  return { population: 'completed-in-window', stages };
}
