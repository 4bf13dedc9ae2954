import type { IssueHistory } from '../model/issue-history';
import { DROPPED_CODE, UNMAPPED_CODE, type CompiledSquad } from '../timeline/compile-squad';
import { orderChanges } from '../timeline/order-changes';

/** One stay of an item in one stage: consecutive statuses mapped to the same stage make one visit. */
export interface StageVisit {
  /** Stage index, `DROPPED_CODE` or `UNMAPPED_CODE`. */
  stage: number;
  /** Status IDs seen during the visit, in order, without repeats. */
  statusIds: string[];
  enteredMs: number;
  /** When the item left; null while it is still there. */
  leftMs: number | null;
}

/**
 * The item's journey through the squad's stages, one entry per visit, oldest first: a move back to
 * an earlier stage starts a new visit of it (rework), a status change within a stage does not.
 * Starts at `createdMs` in the initial status (the first change's `from`, else the current status);
 * changes after `nowMs` are ignored. Unmapped statuses make visits of their own, so nothing is hidden.
 *
 * @example
 * // Idea → Prototype → Idea → Pilot: four visits, Idea twice, Prototype skipped never
 * stageVisits(squad, issue, nowMs).map((v) => v.stage) // [0, 1, 0, 2]
 */
export function stageVisits(squad: CompiledSquad, issue: IssueHistory, nowMs: number): StageVisit[] {
  const lookup = squad.lookupFor(issue.projectKey);
  const codeOf = (statusId: string): number => lookup.get(statusId) ?? UNMAPPED_CODE;
  const all = orderChanges(issue.changes);
  const first = all[0];
  const initial = first === undefined ? issue.statusId : (first.fromStatusId ?? first.toStatusId);
  const changes = all.filter((c) => c.atMs <= nowMs);
  const visits: StageVisit[] = [{ stage: codeOf(initial), statusIds: [initial], enteredMs: issue.createdMs, leftMs: null }];
  for (const change of changes) {
    const at = Math.max(change.atMs, issue.createdMs);
    const current = visits[visits.length - 1] as StageVisit;
    const code = codeOf(change.toStatusId);
    if (code === current.stage) {
      if (!current.statusIds.includes(change.toStatusId)) current.statusIds.push(change.toStatusId);
      continue;
    }
    current.leftMs = at;
    visits.push({ stage: code, statusIds: [change.toStatusId], enteredMs: at, leftMs: null });
  }
  return visits;
}

/** Whether a visit's stage code is a real stage (not dropped, not unmapped). */
export const isStage = (code: number): boolean => code !== DROPPED_CODE && code !== UNMAPPED_CODE && code >= 0;
