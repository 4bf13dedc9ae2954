import { createHash } from 'node:crypto';
import { checkPermissions } from '../jira/permissions-check';
import type { SquadViewDeps, Viewer } from './deps';
import { projectIdsOf } from './project-ids';
import { projectReads, type ProjectReads } from './project-reads';

/** Which of a squad's projects the viewer may browse; `hidden` never leaves the server. */
export interface ProjectAccess {
  visible: string[];
  hidden: string[];
}

/**
 * The squad's projects the viewer may browse: one `POST /rest/api/3/permissions/check` as the
 * viewer for all of them (issues of the others must never reach them, however the app gathered
 * them). Nothing about the viewer is stored.
 */
export async function projectAccess(deps: SquadViewDeps, viewer: Viewer, projects: readonly string[]): Promise<ProjectAccess> {
  if (projects.length === 0) return { visible: [], hidden: [] };
  const ids = await projectIdsOf(deps, projects);
  const grants = await checkPermissions(viewer.jira, { project: { permissions: ['BROWSE_PROJECTS'], projectIds: [...ids.values()] } });
  const browsable = grants.projects.get('BROWSE_PROJECTS') ?? new Set<string>();
  const visible = projects.filter((p) => browsable.has(ids.get(p) ?? ''));
  return { visible, hidden: projects.filter((p) => !visible.includes(p)) };
}

/** A visible project: all its stored issues, or only those with the listed IDs. */
export type ProjectView = { project: string; whole: true } | { project: string; whole: false; ids: ReadonlySet<string> };

/** What one viewer may see of one squad's stored data. Built per request; never stored. */
export interface SquadVisibility {
  /** Visible projects, in the squad's order. */
  projects: ProjectView[];
  /** True when some of the squad's projects are hidden (their names are not kept here). */
  someProjectsHidden: boolean;
}

/**
 * Browsing a project does not mean seeing all its issues (issue security, browse granted to
 * reporters only). A project counts as wholly visible only when the viewer's approximate count of
 * the squad's issues in it equals the stored count for this generation; otherwise the viewer's own
 * ID search says which stored issues they see. Counted per project (in parallel): a sum over
 * projects could hide a shortfall in one behind new issues in another. `reads` may be shared by
 * several squads of one request (see `viewerScope`).
 */
export async function issueVisibility(viewer: Viewer, access: ProjectAccess, storedCounts: Readonly<Record<string, number>>, reads: ProjectReads = projectReads(viewer)): Promise<SquadVisibility> {
  const projects = await Promise.all(
    access.visible.map(async (project): Promise<ProjectView> => {
      const count = await reads.count(project);
      if (count !== null && count === (storedCounts[project] ?? 0)) return { project, whole: true };
      return { project, whole: false, ids: await reads.ids(project) };
    }),
  );
  return { projects, someProjectsHidden: access.hidden.length > 0 };
}

/** The viewer sees every project and every stored issue of the squad (the summary may be served). */
export function viewerSeesWholeSquad(v: SquadVisibility): boolean {
  return !v.someProjectsHidden && v.projects.every((p) => p.whole);
}

/** Whether the viewer may see a stored issue of `project` with `issueId`. */
export function canSeeIssue(v: SquadVisibility, project: string, issueId: string): boolean {
  const view = v.projects.find((p) => p.project === project);
  return view !== undefined && (view.whole || view.ids.has(issueId));
}

/**
 * A text naming what the viewer sees, for cache keys: the visible projects, and for a filtered one
 * a digest of the visible IDs. Two viewers who see the same issues get the same key; no account ID
 * is in it.
 */
export function visibilityKey(v: SquadVisibility): string {
  return v.projects
    .map((p) => (p.whole ? `${p.project}:*` : `${p.project}:${createHash('sha256').update([...p.ids].sort().join(',')).digest('base64url').slice(0, 22)}`))
    .join('|');
}

/** Issues the viewer sees of a project, given how many are stored there. */
export function visibleCount(view: ProjectView, stored: number): number {
  return view.whole ? stored : Math.min(view.ids.size, stored);
}
