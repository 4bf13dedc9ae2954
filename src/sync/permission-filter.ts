import type { JiraClient } from '../jira/jira-client';
import { getMyProjectPermissions } from '../jira/my-permissions';
import { jqlString } from '../jira/jql';
import { searchIds } from '../jira/search';

/** IDs per `id in (…)` query: keeps the JQL short; secured issues are usually few. */
const IDS_PER_QUERY = 500;
/** Above this many secured issues in a project, one ID search of the whole project is cheaper. */
const PROJECT_SCAN_ABOVE = 2_000;

/**
 * The squad's projects the user may browse: one `mypermissions` call per project, as the user
 * (issues of the others must never reach them, however the app gathered them).
 */
export async function browsableProjects(userClient: JiraClient, projects: readonly string[]): Promise<{ visible: string[]; hidden: string[] }> {
  const perms = await getMyProjectPermissions(userClient, projects, ['BROWSE_PROJECTS']);
  const visible = projects.filter((p) => perms[p]?.BROWSE_PROJECTS === true);
  return { visible, hidden: projects.filter((p) => !visible.includes(p)) };
}

/**
 * Of issues stored as having a security level, those the user can see: an ID-only search as the user
 * (5,000 IDs a page), by `id in (…)` for a few issues or by project for many. Projects without
 * secured issues cost nothing.
 */
export async function visibleSecuredIds(userClient: JiraClient, securedByProject: ReadonlyMap<string, readonly string[]>): Promise<Set<string>> {
  const visible = new Set<string>();
  for (const [project, ids] of securedByProject) {
    if (ids.length === 0) continue;
    if (ids.length > PROJECT_SCAN_ABOVE) {
      const { ids: found } = await searchIds(userClient, `project = ${jqlString(project)}`);
      for (const id of found) visible.add(id);
      continue;
    }
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const { ids: found } = await searchIds(userClient, `id in (${ids.slice(i, i + IDS_PER_QUERY).join(', ')})`);
      for (const id of found) visible.add(id);
    }
  }
  return visible;
}
