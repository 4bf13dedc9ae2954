import type { IssueHistory } from '../model/issue-history';
import { buildTimelines } from '../timeline/build-timelines';
import type { CompiledSquad } from '../timeline/compile-squad';
import { MS_PER_DAY } from '../time/parse-jira-timestamp';

/**
 * The squad's completed lead times (lead-time `from` → `to`, elapsed days, dropped items left out),
 * sorted ascending: what the board's aging cue and the panel's "older than N % of past items" read.
 *
 * @example
 * percentileOfSorted(completedLeadTimes(squad, issues, nowMs), 85) // the squad's p85 in days
 */
export function completedLeadTimes(squad: CompiledSquad, issues: readonly IssueHistory[], nowMs: number): Float64Array {
  const t = buildTimelines(squad, issues, nowMs);
  const S = t.stageCount;
  const out = new Float64Array(t.count);
  let k = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.currentStage[i] === -2) continue;
    const a = t.entryMs[i * S + squad.leadFrom] as number;
    const b = t.entryMs[i * S + squad.leadTo] as number;
    if (a === a && b === b) out[k++] = (b - a) / MS_PER_DAY;
  }
  return out.subarray(0, k).sort();
}
