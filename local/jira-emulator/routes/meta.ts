import type { Router } from 'express';
import { PROJECTS, STATUS_BY_ID, type StatusDef } from '../../demo-data';
import { ISSUE_NOT_FOUND, projectNotFound, sendError } from '../http/errors';
import { apiEndpoint, queryInt, queryList, queryString } from '../http/route-kit';
import { hasGlobalPermission, hasProjectPermission } from '../permissions';
import { PERMISSION_KEYS, isPermissionKey, type PermissionKey } from '../permission-keys';
import { renderStatus } from '../render/render-catalog';
import { pageBean } from '../render/page-bean';
import { renderMyself } from '../render/render-people';
import { FIELD_DEFINITIONS } from '../field-definitions';
import { findVisibleIssue, findVisibleProject, linksFor, visibleProjects, type EmulatorRuntime } from '../runtime';
import type { DemoUser, ProjectPermission } from '../users';

const CATEGORY_ENUM: Readonly<Record<StatusDef['category'], string>> = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' };

/** Whether `user` holds `key` in the given project, or (no project) in any project, as Jira reports it. */
export function holds(user: DemoUser, key: PermissionKey, projectKey: string | null): boolean {
  if (key === 'ADMINISTER') return hasGlobalPermission(user, 'ADMINISTER');
  if (key === 'SYSTEM_ADMIN') return false;
  if (key === 'USER_PICKER') return user.accountType === 'atlassian';
  const granted: ProjectPermission = key === 'ASSIGN_ISSUES' || key === 'RESOLVE_ISSUES' ? 'EDIT_ISSUES' : key === 'ADD_COMMENTS' ? 'BROWSE_PROJECTS' : key;
  const projects = projectKey === null ? PROJECTS.map((p) => p.key) : [projectKey];
  return projects.some((p) => hasProjectPermission(user, p, granted));
}

/** `myself`, `mypermissions`, `status`, `statuses/search` and `field`. */
export function registerMeta(router: Router, rt: EmulatorRuntime): void {
  router.get('/rest/api/3/myself', ...apiEndpoint(rt, 'myself', (req, res, user) => res.json(renderMyself(linksFor(req), user))));

  router.get(
    '/rest/api/3/mypermissions',
    ...apiEndpoint(rt, 'mypermissions', (req, res, user) => {
      const keys = queryList(req.query.permissions);
      if (keys.length === 0) return sendError(res, 400, ["The 'permissions' query parameter is required: a comma-separated list of permission keys."]);
      const unknown = keys.find((k) => !isPermissionKey(k));
      if (unknown !== undefined) return sendError(res, 400, [`Unrecognized permission key: '${unknown}'.`]);
      let projectKey: string | null = null;
      const issueRef = queryString(req.query.issueId) ?? queryString(req.query.issueKey);
      const projectRef = queryString(req.query.projectId) ?? queryString(req.query.projectKey);
      if (issueRef !== undefined) {
        const issue = findVisibleIssue(rt, user, issueRef);
        if (issue === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
        projectKey = issue.projectKey;
      } else if (projectRef !== undefined) {
        const project = findVisibleProject(user, projectRef);
        if (project === undefined) return sendError(res, 404, [projectNotFound(projectRef)]);
        projectKey = project.key;
      }
      const permissions: Record<string, unknown> = {};
      for (const key of keys.filter(isPermissionKey)) {
        permissions[key] = { ...PERMISSION_KEYS[key], key, havePermission: holds(user, key, projectKey) };
      }
      res.json({ permissions });
    }),
  );

  router.get(
    '/rest/api/3/status',
    ...apiEndpoint(rt, 'status', (req, res, user) => {
      const links = linksFor(req);
      res.json(visibleProjects(user).flatMap((p) => p.workflow.statuses.map((s) => renderStatus(links, s.id))));
    }),
  );

  router.get(
    '/rest/api/3/statuses/search',
    ...apiEndpoint(rt, 'statuses-search', (req, res, user) => {
      const admin = hasGlobalPermission(user, 'ADMINISTER') || PROJECTS.some((p) => hasProjectPermission(user, p.key, 'ADMINISTER_PROJECTS'));
      if (!admin) return sendError(res, 401, ['You need Administer Projects or Administer Jira permission to search statuses.']);
      const projectId = queryString(req.query.projectId);
      const text = queryString(req.query.searchString)?.toLowerCase();
      const category = queryString(req.query.statusCategory);
      const startAt = queryInt(req.query.startAt, 0, 'startAt');
      const maxResults = Math.max(1, queryInt(req.query.maxResults, 200, 'maxResults'));
      const pool = projectId === undefined ? [...STATUS_BY_ID.values()] : (PROJECTS.find((p) => p.id === projectId)?.workflow.statuses ?? []);
      const matching = pool
        .filter((s) => text === undefined || s.name.toLowerCase().includes(text))
        .filter((s) => category === undefined || CATEGORY_ENUM[s.category] === category);
      const links = linksFor(req);
      const pageUrl = (at: number): string => links.api(`statuses/search?startAt=${at}&maxResults=${maxResults}`);
      res.json(
        pageBean(matching, { startAt, maxResults }, pageUrl, (s) => ({
          id: s.id,
          name: s.name,
          description: s.description,
          statusCategory: CATEGORY_ENUM[s.category],
          scope: { type: 'GLOBAL' },
        })),
      );
    }),
  );

  router.get('/rest/api/3/field', ...apiEndpoint(rt, 'field', (_req, res) => res.json(FIELD_DEFINITIONS)));
}
