import { IT_STATUS, ISSUE_TYPE, MKT_STATUS, MOVE_STATUS_MAP, IT_MAKERS, MARKETING_MAKERS, PEOPLE, type PersonDef } from './catalog';
import { DWELL_FACTOR_BY_TYPE, FLOW, LATE_START, MOVE_TO_IT, NEVER_STARTED_CHANCE, REOPEN_CHANCE } from './flow-model';
import type { Rng } from './prng';
import { DAY_MS, MINUTE_MS, toWorkingHours } from './work-time';

export type PlanEvent =
  | { kind: 'status'; atMs: number; fromStatusId: string; toStatusId: string }
  | { kind: 'move'; atMs: number; fromStatusId: string; toStatusId: string }
  | { kind: 'assignee'; atMs: number; from: string | null; to: string | null };

export interface FlowPlan {
  initialStatusId: string;
  initialAssignee: string | null;
  /** Ascending by time, all before `nowMs`. */
  events: PlanEvent[];
  moveMs: number | null;
  finalProjectKey: string;
}

const MAX_STEPS = 40;
const DWELL_SIGMA = 0.8;
const MAX_DWELL_DAYS = 400;

/**
 * Walks one issue through its workflow from `createdMs` until `nowMs`: log-normal dwell times,
 * skips, backward moves, drops, rare reopens, an occasional stall (stale work), a few moves from
 * MKT to IT, and hand-overs of the assignee between disciplines.
 */
export function simulateFlow(rng: Rng, projectKey: string, issueTypeId: string, createdMs: number, nowMs: number): FlowPlan {
  const events: PlanEvent[] = [];
  let project = projectKey;
  let status = initialStatus(rng, projectKey, issueTypeId);
  const initialStatusId = status;
  let assignee = initialAssignee(rng, projectKey);
  const initialAssigneeId = assignee;
  let moveMs: number | null = null;
  let reopened = false;
  let t = createdMs;
  const stallStep = rng.chance(0.08) ? rng.int(0, 3) : -1;
  const maxSteps = rng.chance(NEVER_STARTED_CHANCE) ? 0 : MAX_STEPS;
  const dwellFactor = DWELL_FACTOR_BY_TYPE[issueTypeId] ?? 1;

  for (let step = 0; step < maxSteps; step++) {
    const model = FLOW[status];
    if (model === undefined) throw new Error(`No flow model for status ${status}`);
    const reopenChance = REOPEN_CHANCE[status];
    if (reopenChance !== undefined && (reopened || !rng.chance(reopenChance))) break;
    if (reopenChance !== undefined) reopened = true;

    const stall = step === stallStep ? 6 : 1;
    const days = Math.min(MAX_DWELL_DAYS, model.medianDays * dwellFactor * stall * Math.exp(DWELL_SIGMA * rng.normal()));
    const next = Math.max(t + 45 * MINUTE_MS, toWorkingHours(t + days * DAY_MS));
    if (next >= nowMs) break;
    t = next;

    let target = rng.weighted(model.next);
    if (target === MOVE_TO_IT && issueTypeId === ISSUE_TYPE.epic) target = MKT_STATUS.pilot;
    if (target === MOVE_TO_IT) {
      const toStatusId = MOVE_STATUS_MAP[status] ?? IT_STATUS.backlog;
      events.push({ kind: 'move', atMs: t, fromStatusId: status, toStatusId });
      project = 'IT';
      moveMs = t;
      status = toStatusId;
      assignee = handOver(rng, events, t, assignee, IT_MAKERS, 0.8);
      continue;
    }
    events.push({ kind: 'status', atMs: t, fromStatusId: status, toStatusId: target });
    status = target;
    if (status === MKT_STATUS.prototyping) assignee = handOver(rng, events, t, assignee, IT_MAKERS, 0.45);
    else if (status === MKT_STATUS.pilot) assignee = handOver(rng, events, t, assignee, MARKETING_MAKERS, 0.5);
    else if (status === IT_STATUS.pilot) assignee = handOver(rng, events, t, assignee, MARKETING_MAKERS, 0.35);
  }
  return {
    initialStatusId,
    initialAssignee: initialAssigneeId,
    events: events.filter((e) => e.atMs < nowMs).sort((a, b) => a.atMs - b.atMs),
    moveMs,
    finalProjectKey: project,
  };
}

function initialStatus(rng: Rng, projectKey: string, issueTypeId: string): string {
  const late = LATE_START[projectKey];
  if (late !== undefined && issueTypeId !== ISSUE_TYPE.epic && rng.chance(0.08)) return rng.pick(late);
  return projectKey === 'MKT' ? MKT_STATUS.idea : IT_STATUS.backlog;
}

function initialAssignee(rng: Rng, projectKey: string): string | null {
  if (rng.chance(0.03)) return PEOPLE.alice.accountId;
  const makers = projectKey === 'MKT' ? MARKETING_MAKERS : IT_MAKERS;
  return rng.chance(projectKey === 'MKT' ? 0.7 : 0.75) ? rng.pick(makers).accountId : null;
}

/** With probability p, reassigns to someone of the other discipline a few minutes after a move. */
function handOver(rng: Rng, events: PlanEvent[], atMs: number, current: string | null, makers: readonly PersonDef[], p: number): string | null {
  if (!rng.chance(p)) return current;
  const to = rng.pick(makers).accountId;
  if (to === current) return current;
  events.push({ kind: 'assignee', atMs: atMs + rng.int(1, 30) * MINUTE_MS, from: current, to });
  return to;
}
