import { z } from 'zod';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';

const grantsSchema = z.looseObject({
  globalPermissions: z.array(z.string()),
  projectPermissions: z.array(z.looseObject({ permission: z.string(), projects: z.array(z.union([z.number(), z.string()])).optional() })),
});

export interface PermissionGrants {
  global: ReadonlySet<string>;
  /** Per project permission key, the IDs (as strings) of the projects where the caller holds it. */
  projects: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * `POST /rest/api/3/permissions/check` as whoever `jira` runs as: global permissions, and project
 * permissions in many projects at once — one request, where `mypermissions` needs one per project.
 * Projects the caller cannot see are simply not listed.
 *
 * @example await checkPermissions(userJira, { global: ['ADMINISTER'], project: { permissions: ['BROWSE_PROJECTS'], projectIds: ['10000'] } })
 */
export async function checkPermissions(
  jira: JiraClient,
  ask: { global?: readonly string[]; project?: { permissions: readonly string[]; projectIds: readonly string[] } },
): Promise<PermissionGrants> {
  const body: Record<string, unknown> = {};
  if (ask.global !== undefined && ask.global.length > 0) body['globalPermissions'] = [...new Set(ask.global)];
  if (ask.project !== undefined && ask.project.projectIds.length > 0) {
    body['projectPermissions'] = [{ permissions: [...new Set(ask.project.permissions)], projects: [...new Set(ask.project.projectIds)].map(Number) }];
  }
  if (Object.keys(body).length === 0) return { global: new Set(), projects: new Map() };
  const grants = await jira.call('permissions-check', { method: 'POST', path: jiraRoute`/rest/api/3/permissions/check`, body }, grantsSchema);
  const projects = new Map<string, Set<string>>();
  for (const g of grants.projectPermissions) {
    const set = projects.get(g.permission) ?? new Set<string>();
    for (const id of g.projects ?? []) set.add(String(id));
    projects.set(g.permission, set);
  }
  return { global: new Set(grants.globalPermissions), projects };
}
