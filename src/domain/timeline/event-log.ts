import type { IssueHistory, PackedChangesRef, ProjectMove, StatusChange } from '../model/issue-history';
import { UNMAPPED_CODE, type CompiledSquad, type StatusLookup } from './compile-squad';
import { orderChanges } from './order-changes';
import { type UnmappedCollector } from './unmapped-collector';
import { drain, STEP_MASK, type Steps } from '../steps';

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
export function buildEventLog(squad: CompiledSquad, issues: readonly IssueHistory[], nowMs: number, unmapped: UnmappedCollector): EventLog {
  return drain(buildEventLogSteps(squad, issues, nowMs, unmapped));
}

/** `buildEventLog` in steps (see src/domain/steps.ts). */
export function* buildEventLogSteps(squad: CompiledSquad, issues: readonly IssueHistory[], nowMs: number, unmapped: UnmappedCollector): Steps<EventLog> {
  let total = 0;
  for (const issue of issues) total += (issue.packedChanges?.count ?? issue.changes.length) + 1;
  const offsets = new Int32Array(issues.length + 1);
  const atMs = new Float64Array(total);
  const code = new Int16Array(total);
  let k = 0;
  for (let i = 0; i < issues.length; i++) {
    if ((i & STEP_MASK) === STEP_MASK) yield;
    offsets[i] = k;
    const issue = issues[i] as IssueHistory;
    const created = issue.createdMs;
    const packed = issue.packedChanges;
    if (packed !== undefined && packedInOrder(packed)) {
      k = packedEvents(squad, issue, packed, nowMs, unmapped, atMs, code, k);
      continue;
    }
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

/** Whether a packed slice is in time order without ties (then it is walked in place). */
function packedInOrder(p: PackedChangesRef): boolean {
  const { atMs, seq } = p.table;
  for (let k = p.start + 1; k < p.start + p.count; k++) {
    const a = atMs[k - 1] as number;
    const b = atMs[k] as number;
    if (!(a < b || (a === b && (seq[k - 1] as number) < (seq[k] as number)))) return false;
  }
  return true;
}

/** The events of one issue whose packed changes are in order: the loop above, on columns. */
function packedEvents(
  squad: CompiledSquad,
  issue: IssueHistory,
  p: PackedChangesRef,
  nowMs: number,
  unmapped: UnmappedCollector,
  atMs: Float64Array,
  code: Int16Array,
  start: number,
): number {
  const { table } = p;
  const ids = table.statusIds;
  const created = issue.createdMs;
  const moves = sortedMoves(issue);
  let k = start;
  const firstFrom = p.count > 0 ? (table.from[p.start] as number) : -2;
  const initialStatus = firstFrom === -2 ? issue.statusId : firstFrom < 0 ? null : (ids[firstFrom] as string);
  let lookup = lookupAt(squad, issue, moves, created);
  atMs[k] = created;
  code[k] = initialStatus === null ? UNMAPPED_CODE : mapStatus(lookup, issue, initialStatus, unmapped, moves, created);
  k++;
  for (let c = p.start; c < p.start + p.count; c++) {
    const at = table.atMs[c] as number;
    if (at > nowMs) break;
    const t = at < created ? created : at;
    if (moves !== null) lookup = lookupAt(squad, issue, moves, t);
    atMs[k] = t;
    code[k] = mapStatus(lookup, issue, ids[table.to[c] as number] as string, unmapped, moves, t);
    k++;
  }
  return k;
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
