import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';

/** `PUT /issue/{key}` `{"update":{"labels":[{"add"|"remove": label}]}}` → 204, as the caller. */
export async function editLabel(client: JiraClient, issueIdOrKey: string, action: 'add' | 'remove', label: string): Promise<void> {
  await client.callNoContent('issue-edit', {
    method: 'PUT',
    path: jiraRoute`/rest/api/3/issue/${issueIdOrKey}`,
    body: { update: { labels: [action === 'add' ? { add: label } : { remove: label }] } },
  });
}
