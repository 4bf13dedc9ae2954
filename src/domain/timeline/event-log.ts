import type { IssueHistory, ProjectMove, StatusChange } from '../model/issue-history';
import { UNMAPPED_CODE, type CompiledSquad, type StatusLookup } from './compile-squad';
import { orderChanges } from './order-changes';
import { type UnmappedCollector } from './unmapped-collector';

/**
 * Every issue's status events as stage codes in time order, packed into typed arrays: event `e`
 * of issue `i` is at index `offsets[i] + e`. Event 0 is the creation (initial status at
 * `createdMs`). Times before `createdMs` are clamped to it (clock skew between Jira nodes);
 * events after `nowMs` are left out, so a past `now` gives the picture as of that moment.
 */
export interface EventLog {
  readonly count: number;
  readonly offsets: Int32Array;
  readonly atMs: Float64Array;
  /** Stage index, `DROPPED_CODE` or `UNMAPPED_CODE`. */
  readonly code: Int16Array;
}

function lookupAt(squad: CompiledSquad, issue: IssueHistory, moves: readonly ProjectMove[] | null, atMs: number): StatusLookup {
  if (moves === null) return squad.lookupFor(issue.projectKey);
  let project = moves[0]?.fromProjectKey ?? issue.projectKey;
  for (const m of moves) if (m.atMs <= atMs) project = m.toProjectKey;
  return squad.lookupFor(project);
}

function sortedMoves(issue: IssueHistory): readonly ProjectMove[] | null {
  const moves = issue.projectMoves;
  if (moves === undefined || moves.length === 0) return null;
  return moves.length === 1 ? moves : moves.slice().sort((a, b) => a.atMs - b.atMs);
}

/**
 * Builds the event log. Unmapped statuses are recorded in `unmapped` (never guessed) and kept as
 * `UNMAPPED_CODE` events, which the walk skips.
 */
export function buildEventLog(
  squad: CompiledSquad,
  issues: readonly IssueHistory[],
  nowMs: number,
  unmapped: UnmappedCollector,
): EventLog {
  let total = 0;
  for (const issue of issues) total += issue.changes.length + 1;
  const offsets = new Int32Array(issues.length + 1);
  const atMs = new Float64Array(total);
  const code = new Int16Array(total);
  let k = 0;
  for (let i = 0; i < issues.length; i++) {
    offsets[i] = k;
    const issue = issues[i] as IssueHistory;
    const created = issue.createdMs;
    const changes = orderChanges(issue.changes);
    const moves = sortedMoves(issue);
    const first = changes[0];
    const initialStatus = first === undefined ? issue.statusId : first.fromStatusId;
    let lookup = lookupAt(squad, issue, moves, created);
    atMs[k] = created;
    code[k] = initialStatus === null ? UNMAPPED_CODE : mapStatus(lookup, issue, initialStatus, unmapped, moves, created);
    k++;
    for (let c = 0; c < changes.length; c++) {
      const change = changes[c] as StatusChange;
      if (change.atMs > nowMs) break;
      const t = change.atMs < created ? created : change.atMs;
      if (moves !== null) lookup = lookupAt(squad, issue, moves, t);
      atMs[k] = t;
      code[k] = mapStatus(lookup, issue, change.toStatusId, unmapped, moves, t);
      k++;
    }
  }
  offsets[issues.length] = k;
  return { count: issues.length, offsets, atMs: atMs.subarray(0, k), code: code.subarray(0, k) };
}

function mapStatus(
  lookup: StatusLookup,
  issue: IssueHistory,
  statusId: string,
  unmapped: UnmappedCollector,
  moves: readonly ProjectMove[] | null,
  atMs: number,
): number {
  const c = lookup.get(statusId);
  if (c !== undefined) return c;
  let project = issue.projectKey;
  if (moves !== null) {
    project = moves[0]?.fromProjectKey ?? project;
    for (const m of moves) if (m.atMs <= atMs) project = m.toProjectKey;
  }
  unmapped.add(project, statusId, issue.statusNames?.[statusId] ?? null, issue.key);
  return UNMAPPED_CODE;
}
