import type { SquadViewDeps, Viewer } from './deps';
import { projectReads, type ProjectReads } from './project-reads';
import { projectAccess, type ProjectAccess } from './visibility';

/**
 * One viewer across several squads in one request (the portfolio gadget): what they may browse of
 * every squad's projects from ONE bulk permission check, and the per-project reads shared between
 * squads. Pass it to `openSquadView` so no squad asks again.
 */
export interface ViewerScope {
  viewer: Viewer;
  /** Access to every project asked about; use `squadAccess` for one squad. */
  access: ProjectAccess;
  reads: ProjectReads;
}

export async function viewerScope(deps: SquadViewDeps, viewer: Viewer, projects: readonly string[]): Promise<ViewerScope> {
  const access = await projectAccess(deps, viewer, [...new Set(projects)]);
  return { viewer, access, reads: projectReads(viewer) };
}

/** A scope from browse permissions this request already asked Jira for (`browsable`: of `projects`). */
export function scopeFromAccess(viewer: Viewer, projects: readonly string[], browsable: readonly string[]): ViewerScope {
  const all = [...new Set(projects)];
  return { viewer, access: { visible: all.filter((p) => browsable.includes(p)), hidden: all.filter((p) => !browsable.includes(p)) }, reads: projectReads(viewer) };
}

/** One squad's share of the scope's access, in the squad's project order. */
export function squadAccess(scope: ViewerScope, projects: readonly string[]): ProjectAccess {
  const visible = new Set(scope.access.visible);
  return { visible: projects.filter((p) => visible.has(p)), hidden: projects.filter((p) => !visible.has(p)) };
}
