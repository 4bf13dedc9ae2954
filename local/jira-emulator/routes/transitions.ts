import type { Router } from 'express';
import { z } from 'zod';
import { projectByKey, RESOLUTIONS, transitionsFrom, type IssueRecord, type ScreenFieldDef, type TransitionDef } from '../../demo-data';
import { ISSUE_NOT_FOUND, sendError } from '../http/errors';
import { parseFieldEdits } from '../http/field-edits';
import { apiEndpoint, queryList, queryString } from '../http/route-kit';
import { hasProjectPermission } from '../permissions';
import type { Links } from '../render/links';
import { renderResolution, renderStatus } from '../render/render-catalog';
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

/** `FieldMetadata` of one screen field. */
function renderScreenField(f: ScreenFieldDef, links: Links): Record<string, unknown> {
  return {
    required: f.required,
    schema: f.schema,
    name: f.name,
    key: f.key,
    operations: ['set'],
    ...(f.allowed === 'resolutions' ? { allowedValues: RESOLUTIONS.map((r) => renderResolution(links, r.id)) } : {}),
  };
}

function renderTransition(t: TransitionDef, links: Links, withFields: boolean): Record<string, unknown> {
  const screenFields = t.screen?.fields ?? [];
  return {
    id: t.id,
    name: t.name,
    to: renderStatus(links, t.toStatusId),
    hasScreen: t.screen !== undefined,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: t.validator !== undefined,
    looped: false,
    ...(withFields ? { fields: Object.fromEntries(screenFields.map((f) => [f.key, renderScreenField(f, links)])) } : {}),
  };
}

/**
 * The screen's fields of a transition: required ones must be present (Jira: 400 with the field
 * named), and they are taken off the body before the ordinary edit rules read it.
 */
function screenProblems(t: TransitionDef, fields: Record<string, unknown>): { errors: Record<string, string>; rest: Record<string, unknown> } {
  const errors: Record<string, string> = {};
  const rest = { ...fields };
  for (const f of t.screen?.fields ?? []) {
    const value = rest[f.key];
    delete rest[f.key];
    if (f.required && (value === undefined || value === null)) errors[f.key] = `${f.name} is required.`;
    else if (value !== undefined && f.allowed === 'resolutions') {
      const name = typeof value === 'object' && value !== null ? (value as { name?: unknown; id?: unknown }) : {};
      if (!RESOLUTIONS.some((r) => r.name === name.name || r.id === name.id)) errors[f.key] = `Could not find valid 'id' or 'name' in resolution object.`;
    }
  }
  return { errors, rest };
}

/**
 * Workflow-correct transitions: `GET` lists those from the current status (with the screen's
 * fields under `expand=transitions.fields`), `POST {transition:{id}}` checks the screen's required
 * fields and the workflow's validators, moves the issue, sets or clears the resolution and writes
 * one changelog entry (with any label edits sent alongside).
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
      const screen = screenProblems(transition, body.fields ?? {});
      if (Object.keys(screen.errors).length > 0) return sendError(res, 400, [], screen.errors);
      if (transition.validator?.kind === 'assignee-required' && issue.assigneeAccountId === null) {
        return sendError(res, 400, [transition.validator.message]);
      }
      const edits = parseFieldEdits({ ...body, fields: screen.rest }, issue);
      if (!edits.ok) return sendError(res, 400, [], edits.errors);
      rt.store.transition(issue, transition.toStatusId, edits.changes, user.accountId, rt.now());
      res.status(204).end();
    }),
  );
}
