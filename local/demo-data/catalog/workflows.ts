import { RESOLUTION_DONE, RESOLUTION_WONT_DO } from './statuses';
import type { StatusDef, TransitionDef, WorkflowDef } from './types';

/** MKT statuses: 10000-series IDs. */
export const MKT_STATUS = {
  idea: '10000',
  brief: '10001',
  prototyping: '10002',
  pilot: '10003',
  live: '10004',
  dropped: '10005',
} as const;

/** IT statuses: 10100-series IDs. "Pilot" repeats the MKT name with its own ID on purpose. */
export const IT_STATUS = {
  backlog: '10100',
  selected: '10101',
  inProgress: '10102',
  review: '10103',
  pilot: '10104',
  done: '10105',
  wontDo: '10106',
} as const;

const mktStatuses: StatusDef[] = [
  { id: MKT_STATUS.idea, name: 'Idea', description: 'A raw idea, not yet shaped.', category: 'new' },
  { id: MKT_STATUS.brief, name: 'Brief', description: 'Writing the brief: goal, audience, success measure.', category: 'indeterminate' },
  { id: MKT_STATUS.prototyping, name: 'Prototyping', description: 'Building a first version with IT.', category: 'indeterminate' },
  { id: MKT_STATUS.pilot, name: 'Pilot', description: 'Running with a limited audience.', category: 'indeterminate' },
  { id: MKT_STATUS.live, name: 'Live', description: 'Rolled out to everyone.', category: 'done', resolutionId: RESOLUTION_DONE },
  { id: MKT_STATUS.dropped, name: 'Dropped', description: 'Stopped: not worth pursuing.', category: 'done', resolutionId: RESOLUTION_WONT_DO },
];

const itStatuses: StatusDef[] = [
  { id: IT_STATUS.backlog, name: 'Backlog', description: 'Waiting to be selected.', category: 'new' },
  { id: IT_STATUS.selected, name: 'Selected for Development', description: 'Ready to start.', category: 'new' },
  { id: IT_STATUS.inProgress, name: 'In Progress', description: 'Being built.', category: 'indeterminate' },
  { id: IT_STATUS.review, name: 'Review', description: 'Code review and testing.', category: 'indeterminate' },
  { id: IT_STATUS.pilot, name: 'Pilot', description: 'Deployed for a pilot group.', category: 'indeterminate' },
  { id: IT_STATUS.done, name: 'Done', description: 'Released.', category: 'done', resolutionId: RESOLUTION_DONE },
  { id: IT_STATUS.wontDo, name: "Won't Do", description: 'Will not be built.', category: 'done', resolutionId: RESOLUTION_WONT_DO },
];

const M = MKT_STATUS;
const mktTransitions: TransitionDef[] = [
  { id: '11', name: 'Back to idea', toStatusId: M.idea, fromStatusIds: [M.brief, M.dropped] },
  { id: '21', name: 'Write brief', toStatusId: M.brief, fromStatusIds: [M.idea, M.prototyping] },
  { id: '31', name: 'Start prototyping', toStatusId: M.prototyping, fromStatusIds: [M.idea, M.brief, M.pilot] },
  {
    id: '41',
    name: 'Start pilot',
    toStatusId: M.pilot,
    fromStatusIds: [M.prototyping, M.live],
    // A pilot has an owner: the workflow's validator refuses the move for an unassigned item.
    validator: { kind: 'assignee-required', message: 'A pilot needs an owner: assign the issue before starting the pilot.' },
  },
  { id: '51', name: 'Go live', toStatusId: M.live, fromStatusIds: [M.pilot] },
  { id: '61', name: 'Drop', toStatusId: M.dropped, fromStatusIds: [M.idea, M.brief, M.prototyping, M.pilot] },
];

const I = IT_STATUS;
const itTransitions: TransitionDef[] = [
  { id: '11', name: 'Back to backlog', toStatusId: I.backlog, fromStatusIds: [I.selected, I.inProgress, I.wontDo] },
  { id: '21', name: 'Select for development', toStatusId: I.selected, fromStatusIds: [I.backlog, I.inProgress] },
  { id: '31', name: 'Start progress', toStatusId: I.inProgress, fromStatusIds: [I.backlog, I.selected, I.review, I.pilot, I.done] },
  { id: '41', name: 'Request review', toStatusId: I.review, fromStatusIds: [I.inProgress] },
  { id: '51', name: 'Start pilot', toStatusId: I.pilot, fromStatusIds: [I.review] },
  {
    id: '61',
    name: 'Done',
    toStatusId: I.done,
    fromStatusIds: [I.review, I.pilot],
    // Releasing asks for the resolution on a screen, as Jira's default "Resolve" screen does.
    screen: { fields: [{ key: 'resolution', name: 'Resolution', required: true, schema: { type: 'resolution', system: 'resolution' }, allowed: 'resolutions' }] },
  },
  { id: '71', name: "Won't do", toStatusId: I.wontDo, fromStatusIds: [I.backlog, I.selected, I.inProgress, I.review, I.pilot] },
];

export const MKT_WORKFLOW: WorkflowDef = {
  id: '10200',
  name: 'MKT: Idea to Live',
  initialStatusId: M.idea,
  statuses: mktStatuses,
  transitions: mktTransitions,
};

export const IT_WORKFLOW: WorkflowDef = {
  id: '10201',
  name: 'IT: Delivery',
  initialStatusId: I.backlog,
  statuses: itStatuses,
  transitions: itTransitions,
};

/** Where a MKT issue lands in the IT workflow when it is moved to IT (Jira's move status mapping). */
export const MOVE_STATUS_MAP: Readonly<Record<string, string>> = {
  [M.idea]: I.backlog,
  [M.brief]: I.selected,
  [M.prototyping]: I.inProgress,
  [M.pilot]: I.pilot,
};

/** Transitions that lead from `fromStatusId`, in the workflow's order. */
export function transitionsFrom(workflow: WorkflowDef, fromStatusId: string): TransitionDef[] {
  return workflow.transitions.filter((t) => t.fromStatusIds.includes(fromStatusId));
}

/** Every status of every demo workflow, by ID (IDs are unique across workflows). */
export const STATUS_BY_ID: ReadonlyMap<string, StatusDef> = new Map(
  [...MKT_WORKFLOW.statuses, ...IT_WORKFLOW.statuses].map((s) => [s.id, s]),
);

export function statusById(id: string): StatusDef {
  const status = STATUS_BY_ID.get(id);
  if (status === undefined) throw new Error(`Unknown status ID ${id}`);
  return status;
}
