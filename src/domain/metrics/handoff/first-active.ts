import type { MetricsContext } from '../metrics-context';

/**
 * When each item first entered an active stage (epoch ms; NaN when never): its first event in a
 * stage at or after the squad's first active stage. Skipped stages are filled as everywhere (a
 * move from Idea straight to Live enters Prototype then), so a move past an active stage starts the
 * work too. Read from the event log, not the entries: whatever the backward-move policy clears or
 * rewrites later, the first entry stays — the same instant `keep` gives.
 */
export function firstActiveMs(ctx: MetricsContext): Float64Array {
  const { t } = ctx;
  const firstActive = t.squad.active.indexOf(1);
  const { offsets, atMs, code } = t.events;
  const out = new Float64Array(t.count).fill(NaN);
  if (firstActive < 0) return out;
  for (let i = 0; i < t.count; i++) {
    const end = offsets[i + 1] as number;
    for (let e = offsets[i] as number; e < end; e++) {
      // Dropped and unmapped codes are negative: neither starts the work.
      if ((code[e] as number) >= firstActive) {
        out[i] = atMs[e] as number;
        break;
      }
    }
  }
  return out;
}
