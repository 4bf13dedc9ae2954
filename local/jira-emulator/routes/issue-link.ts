import type { Router } from 'express';
import { z } from 'zod';
import { LINK_TYPES } from '../../demo-data';
import { ISSUE_NOT_FOUND, sendError } from '../http/errors';
import { apiEndpoint } from '../http/route-kit';
import { hasProjectPermission } from '../permissions';
import { findVisibleIssue, type EmulatorRuntime } from '../runtime';

/** `LinkIssueRequestJsonBean`: the type by id or name, each issue by id or key. */
const issueRef = z.looseObject({ id: z.string().optional(), key: z.string().optional() });
const linkBody = z.looseObject({
  type: z.looseObject({ id: z.string().optional(), name: z.string().optional() }),
  inwardIssue: issueRef,
  outwardIssue: issueRef,
});

// The emulator's users have no separate Link Issues permission: Edit Issues stands in for it.
const NO_LINK_PERMISSION = 'You do not have the permission to link issues in this project.';

/** `POST /issueLink` (201, no body) and `DELETE /issueLink/{linkId}` (204), with link events. */
export function registerIssueLink(router: Router, rt: EmulatorRuntime): void {
  router.post(
    '/rest/api/3/issueLink',
    ...apiEndpoint(rt, 'issue-link', (req, res, user) => {
      const body = linkBody.parse(req.body);
      const type = LINK_TYPES.find((t) => t.id === body.type.id || t.name === body.type.name);
      if (type === undefined) return sendError(res, 404, [`No issue link type with name '${body.type.name ?? body.type.id ?? ''}' found.`]);
      const inward = findVisibleIssue(rt, user, body.inwardIssue.id ?? body.inwardIssue.key ?? '');
      const outward = findVisibleIssue(rt, user, body.outwardIssue.id ?? body.outwardIssue.key ?? '');
      if (inward === undefined || outward === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
      if (!hasProjectPermission(user, outward.projectKey, 'EDIT_ISSUES')) return sendError(res, 403, [NO_LINK_PERMISSION]);
      const link = rt.store.createLink(type.id, inward, outward, rt.now());
      res.status(201).location(`/rest/api/3/issueLink/${link.id}`).end();
    }),
  );

  router.delete(
    '/rest/api/3/issueLink/:linkId',
    ...apiEndpoint(rt, 'issue-link-delete', (req, res, user) => {
      const link = rt.store.findLink(String(req.params.linkId));
      const inward = link === undefined ? undefined : findVisibleIssue(rt, user, link.inwardIssueId);
      const outward = link === undefined ? undefined : findVisibleIssue(rt, user, link.outwardIssueId);
      if (link === undefined || inward === undefined || outward === undefined) return sendError(res, 404, ['No issue link with this ID exists.']);
      if (!hasProjectPermission(user, outward.projectKey, 'EDIT_ISSUES')) return sendError(res, 403, [NO_LINK_PERMISSION]);
      rt.store.deleteLink(link, rt.now());
      res.status(204).end();
    }),
  );
}
