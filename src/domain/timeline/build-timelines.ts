import type { UnmappedStatusDto } from '../../contract/metrics';
import type { IssueHistory } from '../model/issue-history';
import { DROPPED_CODE, POLICY_KEEP, POLICY_LAST, UNMAPPED_CODE, type CompiledSquad } from './compile-squad';
import { buildEventLogSteps, type EventLog } from './event-log';
import { drain, STEP_MASK, type Steps } from '../steps';
import { UnmappedCollector } from './unmapped-collector';

/** `currentStage` value of an item whose last mapped status is the dropped outcome. */
export const CURRENT_DROPPED = DROPPED_CODE;
/** `currentStage` value of an item never seen in a mapped status. */
export const CURRENT_NONE = UNMAPPED_CODE;

/**
 * Stage timelines of many issues in typed arrays (item `i`, stage `s` at `i * stageCount + s`).
 * Missing instants are NaN. Built once per computation; every metric reads these arrays.
 */
export interface Timelines {
  readonly squad: CompiledSquad;
  readonly issues: readonly IssueHistory[];
  readonly count: number;
  readonly stageCount: number;
  readonly nowMs: number;
  readonly events: EventLog;
  /** Entry instant per stage by the squad's policy, after filling skipped stages. */
  readonly entryMs: Float64Array;
  /** Time in each stage, all visits summed, until now (ms). */
  readonly timeInStageMs: Float64Array;
  /** Time spent in dropped statuses (ms); with the stages it adds up to now − firstMs. */
  readonly droppedTimeMs: Float64Array;
  /** When the item was last dropped, if it is dropped now; else NaN. */
  readonly droppedAtMs: Float64Array;
  /** Stage index now, `CURRENT_DROPPED` or `CURRENT_NONE`. */
  readonly currentStage: Int8Array;
  /** When the item entered its current position (stage or dropped). */
  readonly currentSinceMs: Float64Array;
  /** First instant in a mapped status (stage or dropped); NaN when never. */
  readonly firstMs: Float64Array;
  /** Moves to an earlier stage, reopens included. */
  readonly rework: Uint16Array;
  readonly unmapped: UnmappedStatusDto[];
}

/**
 * Walks every issue's status events and applies the squad's backward-move policy (DESIGN §2):
 * - keep: entering a stage records its instant only if it has none;
 * - reset: the same, and a move to an earlier stage clears every later stage (jira-agile-metrics);
 * - last: entering a stage always records its instant; a backward move clears later stages.
 * Unmapped statuses leave the item where it was. Afterwards each stage's instant becomes the
 * earliest of its own and every later stage's, so skipped stages take the next later stage's
 * instant and entries never decrease along the stages (lead times are never negative).
 *
 * @example
 * const t = buildTimelines(compileSquad(config), issues, Date.parse('2024-06-01T00:00:00Z'));
 * t.entryMs[i * t.stageCount + t.squad.leadTo] // when item i entered the lead-time end stage
 */
export function buildTimelines(squad: CompiledSquad, issues: readonly IssueHistory[], nowMs: number): Timelines {
  return drain(buildTimelinesSteps(squad, issues, nowMs));
}

/** `buildTimelines` in steps (see src/domain/steps.ts). */
export function* buildTimelinesSteps(squad: CompiledSquad, issues: readonly IssueHistory[], nowMs: number): Steps<Timelines> {
  const collector = new UnmappedCollector();
  const events = yield* buildEventLogSteps(squad, issues, nowMs, collector);
  const n = issues.length;
  const S = squad.stageCount;
  const policy = squad.policy;
  const entryMs = new Float64Array(n * S).fill(NaN);
  const timeInStageMs = new Float64Array(n * S);
  const droppedTimeMs = new Float64Array(n);
  const droppedAtMs = new Float64Array(n).fill(NaN);
  const currentStage = new Int8Array(n);
  const currentSinceMs = new Float64Array(n).fill(NaN);
  const firstMs = new Float64Array(n).fill(NaN);
  const rework = new Uint16Array(n);
  const { offsets, atMs, code } = events;

  for (let i = 0; i < n; i++) {
    if ((i & STEP_MASK) === STEP_MASK) yield;
    const base = i * S;
    let pos = UNMAPPED_CODE;
    let last = -1;
    let since = NaN;
    let moves = 0;
    const end = offsets[i + 1] as number;
    for (let e = offsets[i] as number; e < end; e++) {
      const c = code[e] as number;
      if (c === UNMAPPED_CODE || c === pos) continue;
      const t = atMs[e] as number;
      if (pos >= 0) timeInStageMs[base + pos] = (timeInStageMs[base + pos] as number) + (t - since);
      else if (pos === DROPPED_CODE) droppedTimeMs[i] = (droppedTimeMs[i] as number) + (t - since);
      else firstMs[i] = t;
      since = t;
      pos = c;
      if (c === DROPPED_CODE) continue;
      const backward = c < last;
      if (backward) {
        moves++;
        if (policy !== POLICY_KEEP) for (let s = c + 1; s < S; s++) entryMs[base + s] = NaN;
      }
      if (policy === POLICY_LAST || Number.isNaN(entryMs[base + c])) entryMs[base + c] = t;
      last = c;
    }
    if (pos >= 0) timeInStageMs[base + pos] = (timeInStageMs[base + pos] as number) + (nowMs - since);
    else if (pos === DROPPED_CODE) {
      droppedTimeMs[i] = (droppedTimeMs[i] as number) + (nowMs - since);
      droppedAtMs[i] = since;
    }
    currentStage[i] = pos;
    currentSinceMs[i] = since;
    rework[i] = moves > 65_535 ? 65_535 : moves;
    // Earliest of own and later entries: fills skipped stages, keeps entries ordered.
    let next = NaN;
    for (let s = S - 1; s >= 0; s--) {
      const v = entryMs[base + s] as number;
      if (!(v <= next) && next === next) entryMs[base + s] = next;
      next = entryMs[base + s] as number;
    }
  }

  return {
    squad,
    issues,
    count: n,
    stageCount: S,
    nowMs,
    events,
    entryMs,
    timeInStageMs,
    droppedTimeMs,
    droppedAtMs,
    currentStage,
    currentSinceMs,
    firstMs,
    rework,
    unmapped: collector.report(),
  };
}
