import { z } from 'zod';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { jiraStatusSchema } from './schemas/issue';

const fieldMetaSchema = z.looseObject({ required: z.boolean().optional(), name: z.string().optional() });

/** `IssueTransition`, the parts the board reads. */
export const issueTransitionSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().default(''),
  to: jiraStatusSchema,
  hasScreen: z.boolean().optional(),
  fields: z.record(z.string(), fieldMetaSchema).optional(),
});
export type IssueTransition = z.infer<typeof issueTransitionSchema>;

const transitionsSchema = z.looseObject({ transitions: z.array(issueTransitionSchema).default([]) });

/** `GET /issue/{key}/transitions?expand=transitions.fields`: what the caller may do with the issue now. */
export async function getTransitions(client: JiraClient, issueIdOrKey: string): Promise<IssueTransition[]> {
  const params = new URLSearchParams({ expand: 'transitions.fields' });
  const res = await client.call('transitions', { method: 'GET', path: jiraRoute`/rest/api/3/issue/${issueIdOrKey}/transitions?${params}` }, transitionsSchema);
  return res.transitions;
}

/** `POST /issue/{key}/transitions` `{transition:{id}}` → 204; Jira's refusals throw `JiraHttpError` with its message as `detail`. */
export async function doTransition(client: JiraClient, issueIdOrKey: string, transitionId: string): Promise<void> {
  await client.callNoContent('transition', { method: 'POST', path: jiraRoute`/rest/api/3/issue/${issueIdOrKey}/transitions`, body: { transition: { id: transitionId } } });
}

/** Names of the fields a transition's screen requires. */
export function requiredFieldNames(t: IssueTransition): string[] {
  return Object.entries(t.fields ?? {})
    .filter(([, f]) => f.required === true)
    .map(([key, f]) => f.name ?? key);
}
