import type { Router } from 'express';
import { z } from 'zod';
import { ISSUE_NOT_FOUND, sendError } from '../http/errors';
import { parseFieldEdits } from '../http/field-edits';
import { apiEndpoint, queryList, queryString } from '../http/route-kit';
import { hasProjectPermission } from '../permissions';
import { selectFields } from '../render/field-selection';
import { renderIssue } from '../render/render-issue';
import { findVisibleIssue, renderContextFor, type EmulatorRuntime } from '../runtime';

/** `IssueUpdateDetails`, loosely: unknown top-level parts are ignored as Jira does. */
export const issueUpdateBody = z.looseObject({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.unknown()).optional(),
});

export const NO_EDIT_PERMISSION = 'You do not have permission to edit issues in this project.';

/** `GET /issue/{idOrKey}` (fields, expand=changelog) and `PUT /issue/{idOrKey}` (labels, summary, story points). */
export function registerIssue(router: Router, rt: EmulatorRuntime): void {
  router.get(
    '/rest/api/3/issue/:issueIdOrKey',
    ...apiEndpoint(rt, 'issue', (req, res, user) => {
      const issue = findVisibleIssue(rt, user, String(req.params.issueIdOrKey));
      if (issue === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
      const fields = selectFields(queryList(req.query.fields), 'all');
      res.json(renderIssue(issue, fields, renderContextFor(rt, req, user), queryList(req.query.expand).includes('changelog')));
    }),
  );

  router.put(
    '/rest/api/3/issue/:issueIdOrKey',
    ...apiEndpoint(rt, 'issue-edit', (req, res, user) => {
      const issue = findVisibleIssue(rt, user, String(req.params.issueIdOrKey));
      if (issue === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
      if (req.body === undefined || req.body === null) return sendError(res, 400, ['The request body is missing.']);
      const body = issueUpdateBody.parse(req.body);
      if (!hasProjectPermission(user, issue.projectKey, 'EDIT_ISSUES')) return sendError(res, 400, [NO_EDIT_PERMISSION]);
      const edits = parseFieldEdits(body, issue);
      if (!edits.ok) return sendError(res, 400, [], edits.errors);
      rt.store.edit(issue, edits.changes, user.accountId, rt.now());
      if (queryString(req.query.returnIssue) === 'true') {
        res.status(200).json(renderIssue(issue, selectFields([], 'all'), renderContextFor(rt, req, user)));
      } else res.status(204).end();
    }),
  );
}
