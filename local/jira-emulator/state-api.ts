import { ISSUE_TYPE, LINK_TYPES, PEOPLE, projectByKey, statusById, type IssueLinkRecord, type IssueRecord } from '../demo-data';
import type { FaultRule } from './faults';
import type { FieldChanges } from './issue-store';
import type { EmulatorRuntime } from './runtime';
import type { LoggedRequest, StatsSnapshot } from './stats';

export interface CreateIssueInput {
  projectKey: string;
  summary: string;
  /** Default: Story. */
  issueTypeId?: string;
  /** Default: the workflow's initial status; any status may be given (imports do that). */
  statusId?: string;
  labels?: string[];
  storyPoints?: number | null;
  assigneeAccountId?: string | null;
  reporterAccountId?: string;
  securityLevelId?: string | null;
  flagged?: boolean;
  parentId?: string | null;
  atMs?: number;
}

export interface ChangeOptions {
  /** When the change happens (default: the emulator's clock). */
  atMs?: number;
  /** Who makes it (default: alice). */
  actorAccountId?: string;
}

/**
 * In-process access for tests and the harness: read and change issues exactly as REST would (same
 * changelog entries, `updated`, and events) but without workflow or permission checks.
 */
export interface EmulatorState {
  now(): number;
  /** A copy of the issue by ID or key (old keys too). */
  getIssue(idOrKey: string): IssueRecord | undefined;
  /** Copies of all issues, ascending by ID. */
  listIssues(): IssueRecord[];
  createIssue(input: CreateIssueInput): IssueRecord;
  /** Moves to any status of the issue's workflow (no transition check). */
  transitionIssue(idOrKey: string, toStatusId: string, options?: ChangeOptions): IssueRecord;
  relabelIssue(idOrKey: string, change: { add?: string[]; remove?: string[]; set?: string[] }, options?: ChangeOptions): IssueRecord;
  editIssue(idOrKey: string, changes: FieldChanges, options?: ChangeOptions): IssueRecord;
  deleteIssue(idOrKey: string, options?: Pick<ChangeOptions, 'atMs'>): void;
  /** Links two issues ("inward is blocked by outward" for Blocks), emitting a link event. */
  linkIssues(typeName: string, inwardIdOrKey: string, outwardIdOrKey: string, options?: Pick<ChangeOptions, 'atMs'>): IssueLinkRecord;
  unlinkIssues(linkId: string, options?: Pick<ChangeOptions, 'atMs'>): void;
  /** Copies of an issue's links (either end). */
  linksOf(idOrKey: string): IssueLinkRecord[];
  setFaults(rules: FaultRule[], seed?: number): void;
  resetFaults(): void;
  stats(): StatsSnapshot;
  /** The most recent REST requests, raw URL and JQL included (cleared with the stats). */
  requests(): LoggedRequest[];
  resetStats(): void;
}

export function createStateApi(rt: EmulatorRuntime): EmulatorState {
  const copy = (issue: IssueRecord): IssueRecord => structuredClone(issue);
  const mustFind = (idOrKey: string): IssueRecord => {
    const issue = rt.store.find(idOrKey);
    if (issue === undefined) throw new Error(`No issue ${idOrKey} in the emulator`);
    return issue;
  };
  const actor = (o?: ChangeOptions): string => o?.actorAccountId ?? PEOPLE.alice.accountId;
  const links = {
    linkIssues(typeName: string, inwardIdOrKey: string, outwardIdOrKey: string, options?: Pick<ChangeOptions, 'atMs'>): IssueLinkRecord {
      const type = LINK_TYPES.find((t) => t.name === typeName);
      if (type === undefined) throw new Error(`No issue link type ${typeName} in the emulator`);
      return { ...rt.store.createLink(type.id, mustFind(inwardIdOrKey), mustFind(outwardIdOrKey), options?.atMs ?? rt.now()) };
    },
    unlinkIssues(linkId: string, options?: Pick<ChangeOptions, 'atMs'>): void {
      const link = rt.store.findLink(linkId);
      if (link === undefined) throw new Error(`No issue link ${linkId} in the emulator`);
      rt.store.deleteLink(link, options?.atMs ?? rt.now());
    },
    linksOf: (idOrKey: string): IssueLinkRecord[] => rt.store.linksOf(mustFind(idOrKey).id).map((l) => ({ ...l })),
  };
  return {
    ...links,
    now: () => rt.now(),
    getIssue: (idOrKey) => {
      const issue = rt.store.find(idOrKey);
      return issue === undefined ? undefined : copy(issue);
    },
    listIssues: () => [...rt.store.all()].map(copy),
    createIssue: (input) => {
      const project = projectByKey(input.projectKey);
      if (project === undefined) throw new Error(`No project ${input.projectKey} in the emulator`);
      const statusId = input.statusId ?? project.workflow.initialStatusId;
      if (!project.workflow.statuses.some((s) => s.id === statusId)) throw new Error(`Status ${statusId} is not in the ${project.key} workflow`);
      const issue = rt.store.create(
        {
          projectKey: project.key,
          issueTypeId: input.issueTypeId ?? ISSUE_TYPE.story,
          summary: input.summary,
          statusId,
          labels: [...(input.labels ?? [])].sort(),
          storyPoints: input.storyPoints ?? null,
          assigneeAccountId: input.assigneeAccountId ?? null,
          reporterAccountId: input.reporterAccountId ?? PEOPLE.alice.accountId,
          securityLevelId: input.securityLevelId ?? null,
          flagged: input.flagged ?? false,
          parentId: input.parentId ?? null,
          priorityId: '3',
          componentIds: [],
        },
        input.atMs ?? rt.now(),
      );
      return copy(issue);
    },
    transitionIssue: (idOrKey, toStatusId, options) => {
      const issue = mustFind(idOrKey);
      const project = projectByKey(issue.projectKey);
      if (!project?.workflow.statuses.some((s) => s.id === toStatusId)) {
        throw new Error(`Status ${toStatusId} (${statusById(toStatusId).name}) is not in the ${issue.projectKey} workflow`);
      }
      rt.store.transition(issue, toStatusId, {}, actor(options), options?.atMs ?? rt.now());
      return copy(issue);
    },
    relabelIssue: (idOrKey, change, options) => {
      const issue = mustFind(idOrKey);
      let labels = change.set ?? [...issue.labels];
      labels = [...labels, ...(change.add ?? [])].filter((l) => !(change.remove ?? []).includes(l));
      rt.store.edit(issue, { labels }, actor(options), options?.atMs ?? rt.now());
      return copy(issue);
    },
    editIssue: (idOrKey, changes, options) => {
      const issue = mustFind(idOrKey);
      rt.store.edit(issue, changes, actor(options), options?.atMs ?? rt.now());
      return copy(issue);
    },
    deleteIssue: (idOrKey, options) => rt.store.delete(mustFind(idOrKey), options?.atMs ?? rt.now()),
    setFaults: (rules, seed) => rt.faults.set(rules, seed),
    resetFaults: () => rt.faults.clear(),
    stats: () => rt.stats.snapshot(rt.faults.injectedCount),
    requests: () => rt.stats.requests(),
    resetStats: () => rt.stats.reset(),
  };
}
