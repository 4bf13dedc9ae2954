import { PEOPLE, projectByKey, statusById, type ProjectDef } from './catalog';
import { hashString } from './prng';
import { assigneeItem, componentRemovedItem, labelsItem, moveItems, resolutionItem, statusItem } from './change-items';
import type { AllocatedKeys } from './allocate-keys';
import type { IssueAttributes } from './issue-attributes';
import { QUICK_WIN_LABEL } from './issue-attributes';
import type { ChangeItem, HistoryEntry, IssueRecord } from './model';
import type { FlowPlan } from './simulate-issue';

export interface RecordInput {
  id: number;
  createdMs: number;
  summary: string;
  attributes: IssueAttributes;
  plan: FlowPlan;
  keys: AllocatedKeys;
  parentId: string | null;
  /** When the quick-win label was added after creation; null when it was there from the start. */
  quickWinAddedMs: number | null;
  nextHistoryId: () => string;
}

function project(key: string): ProjectDef {
  const p = projectByKey(key);
  if (p === undefined) throw new Error(`Unknown project ${key}`);
  return p;
}

/** Turns a simulated flow into the issue as Jira stores it: current fields plus changelog. */
export function buildRecord(input: RecordInput): IssueRecord {
  const { attributes: a, plan } = input;
  const histories: HistoryEntry[] = [];
  let statusId = plan.initialStatusId;
  let resolutionId = statusById(statusId).resolutionId ?? null;
  let resolutionMs = resolutionId === null ? null : input.createdMs;
  let categoryChangedMs = input.createdMs;
  let assignee = plan.initialAssignee;
  let componentIds = a.componentIds;
  let parentId = input.parentId;
  const otherLabels = a.otherLabels;
  let labels = a.quickWin && input.quickWinAddedMs === null ? [...otherLabels, QUICK_WIN_LABEL] : [...otherLabels];
  const author = (): string => assignee ?? a.reporterAccountId ?? PEOPLE.alice.accountId;
  const push = (atMs: number, items: ChangeItem[], by = author()): void => {
    histories.push({ id: input.nextHistoryId(), createdMs: atMs, authorAccountId: by, items });
  };
  const changeStatus = (atMs: number, to: string, lead: ChangeItem[]): void => {
    const items = [...lead, statusItem(statusId, to)];
    const toResolution = statusById(to).resolutionId ?? null;
    if (toResolution !== resolutionId) {
      items.push(resolutionItem(resolutionId, toResolution));
      resolutionId = toResolution;
      resolutionMs = toResolution === null ? null : atMs;
    }
    if (statusById(to).category !== statusById(statusId).category) categoryChangedMs = atMs;
    statusId = to;
    push(atMs, items);
  };

  const labelAt = a.quickWin ? input.quickWinAddedMs : null;
  let labelPending = labelAt !== null;
  for (const event of plan.events) {
    if (labelPending && labelAt !== null && labelAt <= event.atMs) {
      push(labelAt, [labelsItem(labels, [...labels, QUICK_WIN_LABEL])]);
      labels = [...labels, QUICK_WIN_LABEL];
      labelPending = false;
    }
    if (event.kind === 'status') changeStatus(event.atMs, event.toStatusId, []);
    else if (event.kind === 'assignee') {
      push(event.atMs, [assigneeItem(event.from, event.to)]);
      assignee = event.to;
    } else {
      const from = project(a.projectKey);
      const to = project(plan.finalProjectKey);
      const lead = [...moveItems(from, to, input.keys.createdKey, input.keys.movedKey ?? input.keys.createdKey), ...componentIds.map((c) => componentRemovedItem(from, c))];
      componentIds = [];
      parentId = null;
      changeStatus(event.atMs, event.toStatusId, lead);
    }
  }
  if (labelPending && labelAt !== null) {
    push(labelAt, [labelsItem(labels, [...labels, QUICK_WIN_LABEL])]);
    labels = [...labels, QUICK_WIN_LABEL];
  }
  const lastMs = histories.reduce((max, h) => Math.max(max, h.createdMs), input.createdMs);
  return {
    id: String(input.id),
    key: input.keys.movedKey ?? input.keys.createdKey,
    projectKey: plan.finalProjectKey,
    previousKeys: input.keys.movedKey === null ? [] : [input.keys.createdKey],
    issueTypeId: a.issueTypeId,
    summary: input.summary,
    statusId,
    resolutionId,
    resolutionMs,
    labels: [...labels].sort(),
    componentIds,
    priorityId: a.priorityId,
    assigneeAccountId: assignee,
    reporterAccountId: a.reporterAccountId,
    storyPoints: a.storyPoints,
    securityLevelId: plan.finalProjectKey === a.projectKey ? a.securityLevelId : null,
    parentId,
    // About one in eleven items still in flight waits on something; no random draw, so the rest of
    // the data set stays exactly as it was.
    flagged: statusById(statusId).category !== 'done' && hashString(`flag:${input.id}`) % 11 === 0,
    createdMs: input.createdMs,
    updatedMs: lastMs,
    statusCategoryChangedMs: categoryChangedMs,
    histories,
  };
}
