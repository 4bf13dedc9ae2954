import { z } from 'zod';
import pLimit from 'p-limit';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { JiraHttpError } from './errors';

/** Permission keys SquadFlow asks about (Jira's own keys). */
export type PermissionKey = 'ADMINISTER' | 'ADMINISTER_PROJECTS' | 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'TRANSITION_ISSUES';

const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })),
});

/**
 * `GET /rest/api/3/mypermissions` as whoever `jira`'s transport runs as: which of `permissions` the caller
 * has, globally or in one project. Global permissions (ADMINISTER) answer the same in any
 * project. A project the caller cannot see (404) answers false for every permission.
 *
 * @example await getMyPermissions(jira.asUser(accountId), { projectKey: 'MKT' }, ['BROWSE_PROJECTS'])
 * // { BROWSE_PROJECTS: true }
 */
export async function getMyPermissions<P extends PermissionKey>(
  jira: JiraClient,
  scope: { projectKey?: string },
  permissions: readonly P[],
): Promise<Record<P, boolean>> {
  const query = new URLSearchParams({ permissions: permissions.join(',') });
  if (scope.projectKey !== undefined) query.set('projectKey', scope.projectKey);
  let granted: Record<string, { havePermission?: boolean }>;
  try {
    granted = (await jira.call('mypermissions', { method: 'GET', path: jiraRoute`/rest/api/3/mypermissions?${query}` }, myPermissionsSchema)).permissions;
  } catch (err) {
    if (err instanceof JiraHttpError && err.status === 404 && scope.projectKey !== undefined) granted = {};
    else throw err;
  }
  return Object.fromEntries(permissions.map((p) => [p, granted[p]?.havePermission === true])) as Record<P, boolean>;
}

/** `getMyPermissions` for several projects (four requests at a time), by project key. */
export async function getMyProjectPermissions<P extends PermissionKey>(
  jira: JiraClient,
  projectKeys: readonly string[],
  permissions: readonly P[],
): Promise<Record<string, Record<P, boolean>>> {
  const limit = pLimit(4);
  const unique = [...new Set(projectKeys)];
  const answers = await Promise.all(unique.map((projectKey) => limit(() => getMyPermissions(jira, { projectKey }, permissions))));
  return Object.fromEntries(unique.map((key, i) => [key, answers[i] as Record<P, boolean>]));
}
