import { LOW_SAMPLE_SIZE, type BreakdownGroupDto } from '../../contract/metrics';
import type { LeadTimeSamples } from './lead-times';
import type { MetricsContext } from './metrics-context';
import { selectPercentiles } from './select-percentiles';
import { exactSum } from './exact-sum';

/**
 * Lead time, completions, WIP now and drops per group (discipline or issue type), in one pass
 * over the items. `group[i]` is the item's group index into `names`.
 */
export function breakdown(ctx: MetricsContext, samples: LeadTimeSamples, group: Int32Array, names: readonly string[]): BreakdownGroupDto[] {
  const { t } = ctx;
  const S = t.stageCount;
  const G = names.length;
  const counts = new Int32Array(G);
  const inProgress = new Int32Array(G);
  const dropped = new Int32Array(G);
  for (let j = 0; j < samples.items.length; j++) {
    const g = group[samples.items[j] as number] as number;
    counts[g] = (counts[g] as number) + 1;
  }
  for (let i = 0; i < t.count; i++) {
    const g = group[i] as number;
    const at = t.droppedAtMs[i] as number;
    if (at >= ctx.windowStartMs && at <= ctx.windowEndMs) dropped[g] = (dropped[g] as number) + 1;
    if ((t.currentStage[i] as number) >= 0) {
      const a = t.entryMs[i * S + ctx.from] as number;
      const b = t.entryMs[i * S + ctx.to] as number;
      if (a === a && b !== b) inProgress[g] = (inProgress[g] as number) + 1;
    }
  }
  const perGroup = names.map((_, g) => new Float64Array(counts[g] as number));
  const fill = new Int32Array(G);
  for (let j = 0; j < samples.items.length; j++) {
    const g = group[samples.items[j] as number] as number;
    const arr = perGroup[g] as Float64Array;
    arr[fill[g] as number] = samples.days[j] as number;
    fill[g] = (fill[g] as number) + 1;
  }
  return names
    .map((name, g) => {
      const values = perGroup[g] as Float64Array;
      const n = values.length;
      const sum = exactSum(values);
      const [p50, p85] = selectPercentiles(values, [50, 85]);
      const d = dropped[g] as number;
      return {
        name,
        completed: n,
        leadTimeCount: n,
        lowSample: n < LOW_SAMPLE_SIZE,
        leadTimeP50: p50 ?? null,
        leadTimeP85: p85 ?? null,
        leadTimeMean: n === 0 ? null : sum / n,
        inProgress: inProgress[g] as number,
        dropped: d,
        dropRatePercent: n + d === 0 ? null : (100 * d) / (n + d),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
