import type { Router } from 'express';
import { z } from 'zod';
import { projectByKey, transitionsFrom, type IssueRecord, type TransitionDef } from '../../demo-data';
import { ISSUE_NOT_FOUND, sendError } from '../http/errors';
import { parseFieldEdits } from '../http/field-edits';
import { apiEndpoint, queryList, queryString } from '../http/route-kit';
import { hasProjectPermission } from '../permissions';
import type { Links } from '../render/links';
import { renderStatus } from '../render/render-catalog';
import { findVisibleIssue, linksFor, type EmulatorRuntime } from '../runtime';
import type { DemoUser } from '../users';

const transitionBody = z.looseObject({
  transition: z.looseObject({ id: z.string().min(1).optional() }).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.unknown()).optional(),
});

/** The workflow transitions out of the issue's current status (none without Transition Issues). */
export function availableTransitions(issue: IssueRecord, user: DemoUser): TransitionDef[] {
  if (!hasProjectPermission(user, issue.projectKey, 'TRANSITION_ISSUES')) return [];
  const project = projectByKey(issue.projectKey);
  return project === undefined ? [] : transitionsFrom(project.workflow, issue.statusId);
}

function renderTransition(t: TransitionDef, links: Links, withFields: boolean): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    to: renderStatus(links, t.toStatusId),
    hasScreen: false,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
    ...(withFields ? { fields: {} } : {}),
  };
}

/**
 * Workflow-correct transitions: `GET` lists those from the current status, `POST {transition:{id}}`
 * moves the issue, sets or clears the resolution and writes one changelog entry (with any label
 * edits sent alongside).
 */
export function registerTransitions(router: Router, rt: EmulatorRuntime): void {
  router.get(
    '/rest/api/3/issue/:issueIdOrKey/transitions',
    ...apiEndpoint(rt, 'transitions', (req, res, user) => {
      const issue = findVisibleIssue(rt, user, String(req.params.issueIdOrKey));
      if (issue === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
      const only = queryString(req.query.transitionId);
      const withFields = queryList(req.query.expand).includes('transitions.fields');
      const links = linksFor(req);
      const transitions = availableTransitions(issue, user)
        .filter((t) => only === undefined || t.id === only)
        .map((t) => renderTransition(t, links, withFields));
      res.json({ expand: 'transitions', transitions });
    }),
  );

  router.post(
    '/rest/api/3/issue/:issueIdOrKey/transitions',
    ...apiEndpoint(rt, 'transition', (req, res, user) => {
      const issue = findVisibleIssue(rt, user, String(req.params.issueIdOrKey));
      if (issue === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
      const body = transitionBody.parse(req.body ?? {});
      const id = body.transition?.id;
      if (id === undefined) return sendError(res, 400, ["Missing 'transition' identifier."]);
      if (!hasProjectPermission(user, issue.projectKey, 'TRANSITION_ISSUES')) {
        return sendError(res, 400, ['You do not have permission to transition this issue.']);
      }
      const transition = availableTransitions(issue, user).find((t) => t.id === id);
      if (transition === undefined) return sendError(res, 400, [`Transition id '${id}' is not valid for this issue.`]);
      const edits = parseFieldEdits(body, issue);
      if (!edits.ok) return sendError(res, 400, [], edits.errors);
      rt.store.transition(issue, transition.toStatusId, edits.changes, user.accountId, rt.now());
      res.status(204).end();
    }),
  );
}
