import type { QuickWinsDto } from '../../contract/metrics';
import { summarise } from '../metrics/distribution';
import type { LeadTimeSamples } from '../metrics/lead-times';
import type { MetricsContext } from '../metrics/metrics-context';
import { compareKeys } from '../timeline/compare-keys';

/** Quick wins' share of throughput, their lead times against the rest, and current candidates. */
export function quickWinSummary(ctx: MetricsContext, samples: LeadTimeSamples): QuickWinsDto {
  const { t, dims } = ctx;
  const config = t.squad.config;
  const qw = new Float64Array(samples.items.length);
  const others = new Float64Array(samples.items.length);
  let q = 0;
  let o = 0;
  for (let j = 0; j < samples.items.length; j++) {
    const v = samples.days[j] as number;
    if (dims.quickWin[samples.items[j] as number] === 1) qw[q++] = v;
    else others[o++] = v;
  }
  const candidates: string[] = [];
  const rule = config.quickWin.candidate;
  if (rule !== undefined) {
    // The rule of isQuickWinCandidate, with the stage test and the label test precomputed.
    const inStage = new Uint8Array(t.stageCount);
    for (const name of rule.stages) inStage[t.squad.stageIndex(name)] = 1;
    for (let i = 0; i < t.count; i++) {
      const stage = t.currentStage[i] as number;
      if (stage < 0 || inStage[stage] !== 1 || dims.quickWin[i] === 1) continue;
      const issue = t.issues[i];
      if (issue !== undefined && issue.effort !== null && issue.effort <= rule.maxEffort) candidates.push(issue.key);
    }
  }
  const whole = ctx.unit !== 'elapsed';
  return {
    label: config.quickWin.label,
    completedQuickWins: q,
    completedOthers: o,
    sharePercent: q + o === 0 ? null : (100 * q) / (q + o),
    leadTimeQuickWins: summarise(qw.slice(0, q), ctx.percentiles, whole),
    leadTimeOthers: summarise(others.slice(0, o), ctx.percentiles, whole),
    candidates: candidates.sort(compareKeys),
  };
}
