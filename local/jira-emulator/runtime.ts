import type { Request } from 'express';
import { ISSUE_TYPES, PROJECTS, RESOLUTIONS, STATUS_BY_ID, type IssueRecord, type ProjectDef } from '../demo-data';
import type { FaultInjector } from './faults';
import type { IssueStore } from './issue-store';
import type { JqlContext } from './jql';
import { canBrowseIssue, canSeeProject, hasProjectPermission } from './permissions';
import { createLinks, type Links } from './render/links';
import type { IssueRenderContext } from './render/render-issue';
import type { RequestStats } from './stats';
import type { DemoUser } from './users';

/** Everything the routes share: the data, who may log in, the clock, faults and counters. */
export interface EmulatorRuntime {
  store: IssueStore;
  /** Demo users and the app account. */
  loginUsers: readonly DemoUser[];
  appUser: DemoUser;
  now(): number;
  faults: FaultInjector;
  stats: RequestStats;
}

export function linksFor(req: Request): Links {
  return createLinks(`${req.protocol}://${req.get('host') ?? 'localhost'}`);
}

export function visibleProjects(user: DemoUser): ProjectDef[] {
  return PROJECTS.filter((p) => canSeeProject(user, p));
}

/** A project the user may see, by key (case-insensitive) or ID. */
export function findVisibleProject(user: DemoUser, keyOrId: string): ProjectDef | undefined {
  return visibleProjects(user).find((p) => p.key === keyOrId.toUpperCase() || p.id === keyOrId);
}

/** An issue the user may browse, by ID, key or previous key; otherwise undefined, as if absent. */
export function findVisibleIssue(rt: EmulatorRuntime, user: DemoUser, idOrKey: string): IssueRecord | undefined {
  const issue = rt.store.find(idOrKey);
  return issue !== undefined && canBrowseIssue(user, issue) ? issue : undefined;
}

export function jqlContextFor(rt: EmulatorRuntime, user: DemoUser): JqlContext {
  return {
    visibleProjects: PROJECTS.filter((p) => hasProjectPermission(user, p.key, 'BROWSE_PROJECTS')),
    statuses: [...STATUS_BY_ID.values()],
    issueTypes: ISSUE_TYPES,
    resolutions: RESOLUTIONS,
    findVisibleIssue: (key) => findVisibleIssue(rt, user, key),
    nowMs: rt.now(),
    timeZone: user.timeZone,
  };
}

export function renderContextFor(rt: EmulatorRuntime, req: Request, user: DemoUser): IssueRenderContext {
  return { links: linksFor(req), appUser: rt.appUser, findParent: (id) => findVisibleIssue(rt, user, id), linksOf: (id) => rt.store.linksOf(id) };
}
