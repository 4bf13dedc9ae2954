import type { Router } from 'express';
import { z } from 'zod';
import { PROJECTS } from '../../demo-data';
import { apiEndpoint } from '../http/route-kit';
import { sendError } from '../http/errors';
import { canBrowseIssue, hasGlobalPermission } from '../permissions';
import { PERMISSION_KEYS, isPermissionKey } from '../permission-keys';
import { canSeeProject } from '../permissions';
import type { EmulatorRuntime } from '../runtime';
import { holds } from './meta';

/** `BulkPermissionsRequestBean`: IDs are int64 in the document; Jira also takes them as strings. */
const id = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);
const requestSchema = z
  .object({
    accountId: z.string().optional(),
    globalPermissions: z.array(z.string()).optional(),
    projectPermissions: z
      .array(z.object({ permissions: z.array(z.string()).min(1), projects: z.array(id).optional(), issues: z.array(id).optional() }).strict())
      .optional(),
  })
  .strict();

/**
 * `POST /rest/api/3/permissions/check`: global and project permissions of the caller (or, for a
 * Jira admin, of `accountId`) in many projects and issues at once — one request where
 * `mypermissions` needs one per project. A project or issue the user cannot see is simply not
 * listed, as in Jira. Browse granted to reporters only shows here as the project permission; the
 * issues list then holds only the issues the user reported.
 */
export function registerPermissionsCheck(router: Router, rt: EmulatorRuntime): void {
  router.post(
    '/rest/api/3/permissions/check',
    ...apiEndpoint(rt, 'permissions-check', (req, res, caller) => {
      const body = requestSchema.parse(req.body ?? {});
      let user = caller;
      if (body.accountId !== undefined && body.accountId !== caller.accountId) {
        if (!hasGlobalPermission(caller, 'ADMINISTER')) return sendError(res, 403, ['You must have the Administer Jira global permission to check the permissions of other users.']);
        const other = rt.loginUsers.find((u) => u.accountId === body.accountId);
        if (other === undefined) return sendError(res, 400, [`No user was found with account ID '${body.accountId}'.`]);
        user = other;
      }
      const unknown = [...(body.globalPermissions ?? []), ...(body.projectPermissions ?? []).flatMap((p) => p.permissions)].find((k) => !isPermissionKey(k));
      if (unknown !== undefined) return sendError(res, 400, [`Unrecognized permission key: '${unknown}'.`]);

      const globalPermissions = [...new Set(body.globalPermissions ?? [])].filter((k) => isPermissionKey(k) && PERMISSION_KEYS[k].type === 'GLOBAL' && holds(user, k, null));
      const grants = new Map<string, { projects: Set<number>; issues: Set<number> }>();
      for (const entry of body.projectPermissions ?? []) {
        const projects = entry.projects === undefined && entry.issues === undefined ? PROJECTS : PROJECTS.filter((p) => entry.projects?.includes(Number(p.id)) === true);
        for (const key of entry.permissions.filter(isPermissionKey)) {
          const grant = grants.get(key) ?? { projects: new Set<number>(), issues: new Set<number>() };
          grants.set(key, grant);
          for (const p of projects) if (canSeeProject(user, p) && holds(user, key, p.key)) grant.projects.add(Number(p.id));
          for (const issueId of entry.issues ?? []) {
            const issue = rt.store.find(String(issueId));
            if (issue !== undefined && canBrowseIssue(user, issue) && holds(user, key, issue.projectKey)) grant.issues.add(issueId);
          }
        }
      }
      res.json({
        globalPermissions,
        projectPermissions: [...grants].map(([permission, g]) => ({ permission, projects: [...g.projects].sort((a, b) => a - b), issues: [...g.issues].sort((a, b) => a - b) })),
      });
    }),
  );
}
