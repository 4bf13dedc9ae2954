import type { Router } from 'express';
import { ISSUE_TYPES, type ProjectDef } from '../../demo-data';
import { projectNotFound, sendError } from '../http/errors';
import { apiEndpoint, queryInt, queryList, queryString } from '../http/route-kit';
import { renderProject, renderProjectSummary, renderStatus } from '../render/render-catalog';
import { pageBean } from '../render/page-bean';
import { renderUserDetails } from '../render/render-people';
import { findVisibleProject, linksFor, visibleProjects, type EmulatorRuntime } from '../runtime';
import { hasProjectPermission } from '../permissions';

/** `GET /project/search` (paged; `query`, `keys`, `id`, `action` (`edit`: administered only) filters), `GET /project/{key}`, `GET /project/{key}/statuses`. */
export function registerProjects(router: Router, rt: EmulatorRuntime): void {
  router.get(
    '/rest/api/3/project/search',
    ...apiEndpoint(rt, 'project-search', (req, res, user) => {
      const startAt = queryInt(req.query.startAt, 0, 'startAt');
      const requested = queryInt(req.query.maxResults, 50, 'maxResults');
      const maxResults = requested > 100 || requested === 0 ? 100 : requested;
      const text = queryString(req.query.query)?.toLowerCase();
      const keys = queryList(req.query.keys).map((k) => k.toUpperCase());
      const ids = queryList(req.query.id);
      const descending = queryString(req.query.orderBy)?.replace(/^\+/, '') === '-key' || queryString(req.query.orderBy) === '-name';
      // `action=edit`: only projects the caller administers (Jira's project settings permission).
      const administered = queryString(req.query.action) === 'edit';
      const matching = visibleProjects(user)
        .filter((p: ProjectDef) => !administered || hasProjectPermission(user, p.key, 'ADMINISTER_PROJECTS'))
        .filter((p: ProjectDef) => text === undefined || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
        .filter((p) => keys.length === 0 || keys.includes(p.key))
        .filter((p) => ids.length === 0 || ids.includes(p.id))
        .sort((a, b) => (descending ? b.key.localeCompare(a.key) : a.key.localeCompare(b.key)));
      const links = linksFor(req);
      const pageUrl = (at: number): string => links.api(`project/search?startAt=${at}&maxResults=${maxResults}`);
      res.json(pageBean(matching, { startAt, maxResults }, pageUrl, (p) => renderProjectSummary(links, p)));
    }),
  );

  router.get(
    '/rest/api/3/project/:projectIdOrKey',
    ...apiEndpoint(rt, 'project', (req, res, user) => {
      const ref = String(req.params.projectIdOrKey);
      const project = findVisibleProject(user, ref);
      if (project === undefined) return sendError(res, 404, [projectNotFound(ref)]);
      const links = linksFor(req);
      res.json(renderProject(links, project, renderUserDetails(links, project.leadAccountId, rt.appUser)));
    }),
  );

  router.get(
    '/rest/api/3/project/:projectIdOrKey/statuses',
    ...apiEndpoint(rt, 'project-statuses', (req, res, user) => {
      const ref = String(req.params.projectIdOrKey);
      const project = findVisibleProject(user, ref);
      if (project === undefined) return sendError(res, 404, [projectNotFound(ref)]);
      const links = linksFor(req);
      res.json(
        ISSUE_TYPES.map((t) => ({
          self: links.api(`issuetype/${t.id}`),
          id: t.id,
          name: t.name,
          subtask: false,
          statuses: project.workflow.statuses.map((s) => renderStatus(links, s.id)),
        })),
      );
    }),
  );
}
