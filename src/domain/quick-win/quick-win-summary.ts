import type { QuickWinsDto } from '../../contract/metrics';
import { summarise } from '../metrics/distribution';
import type { LeadTimeSamples } from '../metrics/lead-times';
import type { MetricsContext } from '../metrics/metrics-context';
import { compareKeys } from '../timeline/compare-keys';
import { isQuickWinCandidate } from './is-candidate';

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
  if (config.quickWin.candidate !== undefined) {
    for (let i = 0; i < t.count; i++) {
      const stage = t.currentStage[i] as number;
      const issue = t.issues[i];
      if (stage < 0 || issue === undefined) continue;
      if (isQuickWinCandidate(config, issue, t.squad.stageNames[stage] ?? null)) candidates.push(issue.key);
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
