import type { MetricsContext } from '../metrics-context';

/**
 * When each item first entered an active stage (epoch ms; NaN when never): the earliest event in
 * an active stage, or the filled entry of an active stage it skipped on its way to a later one.
 * Read from the event log, so a backward-move policy that clears entries does not hide it.
 */
export function firstActiveMs(ctx: MetricsContext): Float64Array {
  const { t } = ctx;
  const S = t.stageCount;
  const active = t.squad.active;
  const { offsets, atMs, code } = t.events;
  const out = new Float64Array(t.count).fill(NaN);
  for (let i = 0; i < t.count; i++) {
    let first = NaN;
    const end = offsets[i + 1] as number;
    for (let e = offsets[i] as number; e < end; e++) {
      const c = code[e] as number;
      if (c >= 0 && active[c] === 1) {
        first = atMs[e] as number;
        break;
      }
    }
    for (let s = 0; s < S; s++) {
      if (active[s] !== 1) continue;
      const v = t.entryMs[i * S + s] as number;
      if (v < first || first !== first) first = v;
    }
    out[i] = first;
  }
  return out;
}
