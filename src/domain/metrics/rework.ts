import type { ReworkDto } from '../../contract/metrics';
import type { MetricsContext } from './metrics-context';

/** Backward moves (reopens included) among the items completed in the window. */
export function rework(ctx: MetricsContext, completed: Int32Array): ReworkDto {
  let withRework = 0;
  let total = 0;
  const byMoves: number[] = [];
  for (let j = 0; j < completed.length; j++) {
    const m = ctx.t.rework[completed[j] as number] as number;
    if (m > 0) withRework++;
    total += m;
    byMoves[m] = (byMoves[m] ?? 0) + 1;
  }
  return {
    count: completed.length,
    itemsWithRework: withRework,
    sharePercent: completed.length === 0 ? null : (100 * withRework) / completed.length,
    totalBackwardMoves: total,
    byMoves: Array.from(byMoves, (items, backwardMoves) => ({ backwardMoves, items: items ?? 0 })),
  };
}
