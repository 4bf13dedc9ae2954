import type { FinalStageDto, TimeInStageDto } from '../../contract/metrics';
import { formatDay } from '../time/civil';
import { MS_PER_DAY } from '../time/parse-jira-timestamp';
import type { MetricsContext } from './metrics-context';
import { selectPercentiles } from './select-percentiles';

/**
 * Time in each stage (all visits summed, elapsed days) over the items that completed in the
 * window; each stage summarises the items that spent any time in it. The squad's final stage
 * (where work is done, e.g. Live) is left out and reported apart: how many of those items are in
 * it now and since when (issue 13.13; otherwise "317 days in Live" reads as work still flowing).
 */
export function timeInStage(ctx: MetricsContext, completed: Int32Array): TimeInStageDto {
  const { t } = ctx;
  const S = t.stageCount;
  const scratch = new Float64Array(completed.length);
  const last = S > 1 ? S - 1 : -1;
  const stages = t.squad.stageNames.slice(0, last < 0 ? S : last).map((stage, s) => {
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
  return { population: 'completed-in-window', stages, final: last < 0 ? null : finalStage(ctx, completed, last) };
}

function finalStage(ctx: MetricsContext, completed: Int32Array, last: number): FinalStageDto {
  const { t, cal } = ctx;
  const since: number[] = [];
  let first = Infinity;
  let latest = -Infinity;
  for (let j = 0; j < completed.length; j++) {
    const i = completed[j] as number;
    if (t.currentStage[i] !== last) continue;
    const at = t.currentSinceMs[i] as number;
    since.push((t.nowMs - at) / MS_PER_DAY);
    if (at < first) first = at;
    if (at > latest) latest = at;
  }
  const [p50] = selectPercentiles(Float64Array.from(since), [50]);
  return {
    stage: t.squad.stageNames[last] ?? '',
    count: since.length,
    p50SinceDays: p50 ?? null,
    maxSinceDays: since.length === 0 ? null : Math.max(...since),
    firstEntered: since.length === 0 ? null : formatDay(cal.dayOf(first)),
    lastEntered: since.length === 0 ? null : formatDay(cal.dayOf(latest)),
  };
}
