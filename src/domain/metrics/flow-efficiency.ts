import { LOW_SAMPLE_SIZE, type FlowEfficiencyDto } from '../../contract/metrics';
import type { Timelines } from '../timeline/build-timelines';
import type { MetricsContext } from './metrics-context';
import { selectPercentiles } from './select-percentiles';
import { exactSum } from './exact-sum';

/**
 * Share (0-1) of `[startMs, endMs)` item `i` spent in active stages, by re-walking its events
 * (unmapped statuses keep the previous stage; dropped time is not active). Time in the squad's
 * final stage (done work, e.g. Live after a reopen) counts neither way: it leaves the span too.
 * NaN for an empty span.
 */
export function activeShare(t: Timelines, i: number, startMs: number, endMs: number): number {
  if (!(endMs > startMs)) return NaN;
  const { offsets, atMs, code } = t.events;
  const active = t.squad.active;
  const last = t.stageCount > 1 ? t.stageCount - 1 : -1;
  let pos = -1;
  let since = 0;
  let activeMs = 0;
  let finalMs = 0;
  const end = offsets[i + 1] as number;
  for (let e = offsets[i] as number; e <= end; e++) {
    const c = e < end ? (code[e] as number) : -3;
    if (c === -1 || c === pos) continue;
    const at = e < end ? (atMs[e] as number) : t.nowMs;
    if (pos >= 0) {
      const a = since > startMs ? since : startMs;
      const b = at < endMs ? at : endMs;
      if (b > a) {
        if (pos === last) finalMs += b - a;
        else if (active[pos] === 1) activeMs += b - a;
      }
    }
    pos = c;
    since = at;
  }
  const span = endMs - startMs - finalMs;
  return span > 0 ? activeMs / span : NaN;
}

/**
 * Flow efficiency of the items completed in the window: active time ÷ lead time per item, then
 * the mean and distribution of those ratios. Items with a zero-length lead time are left out.
 */
export function flowEfficiency(ctx: MetricsContext, completed: Int32Array): FlowEfficiencyDto {
  const { t } = ctx;
  const S = t.stageCount;
  const ratios = new Float64Array(completed.length);
  let k = 0;
  for (let j = 0; j < completed.length; j++) {
    const i = completed[j] as number;
    const r = activeShare(t, i, t.entryMs[i * S + ctx.from] as number, t.entryMs[i * S + ctx.to] as number);
    if (r === r) {
      ratios[k++] = r * 100;
    }
  }
  const values = ratios.subarray(0, k);
  const sum = exactSum(values);
  const bins = new Int32Array(10);
  for (let j = 0; j < k; j++) {
    const b = Math.min(9, Math.floor((values[j] as number) / 10));
    bins[b] = (bins[b] as number) + 1;
  }
  return {
    count: k,
    lowSample: k < LOW_SAMPLE_SIZE,
    meanPercent: k === 0 ? null : sum / k,
    p50Percent: selectPercentiles(values, [50])[0] ?? null,
    histogram: Array.from(bins, (count, b) => ({ fromPercent: b * 10, toPercent: b * 10 + 10, count })),
  };
}
