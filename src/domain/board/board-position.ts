import type { IssueHistory } from '../model/issue-history';
import { buildTimelines } from '../timeline/build-timelines';
import type { CompiledSquad } from '../timeline/compile-squad';

/** Where an item stands on the board, from its history. Instants are epoch ms, NaN when unknown. */
export interface BoardPosition {
  /** Stage index now, -2 dropped, -1 unmapped. */
  stage: number;
  /** When it last entered that stage (a status change inside the stage does not restart it). */
  sinceMs: number;
  /** Entry into the lead time's first stage (the aging clock); NaN when never. */
  agingFromMs: number;
  /** Entry into the lead time's last stage: aging stops there; NaN when not reached. */
  agingToMs: number;
  /** Entry into the squad's last stage (the done window); NaN when not reached. */
  lastStageMs: number;
}

/**
 * Board positions of many items in one pass of the timeline builder (DESIGN §2's entry rules), in
 * input order.
 */
export function boardPositions(squad: CompiledSquad, issues: readonly IssueHistory[], nowMs: number): BoardPosition[] {
  const t = buildTimelines(squad, issues, nowMs);
  const S = t.stageCount;
  const out: BoardPosition[] = [];
  for (let i = 0; i < t.count; i++) {
    out.push({
      stage: t.currentStage[i] as number,
      sinceMs: t.currentSinceMs[i] as number,
      agingFromMs: t.entryMs[i * S + squad.leadFrom] as number,
      agingToMs: t.entryMs[i * S + squad.leadTo] as number,
      lastStageMs: t.entryMs[i * S + S - 1] as number,
    });
  }
  return out;
}
