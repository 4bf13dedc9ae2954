import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { JiraHttpError } from './errors';
import { syncIssueSchema, type SyncIssue } from './schemas/search';

/**
 * `GET /rest/api/3/issue/{id}` with only `fields`: one issue, read consistently (search results may
 * lag a fresh change). Undefined when the issue is gone or the caller cannot see it (404).
 */
export async function getIssue(client: JiraClient, issueIdOrKey: string, fields: readonly string[]): Promise<SyncIssue | undefined> {
  const params = new URLSearchParams({ fields: fields.join(',') });
  try {
    return await client.call('issue', { method: 'GET', path: jiraRoute`/rest/api/3/issue/${issueIdOrKey}?${params}` }, syncIssueSchema);
  } catch (err) {
    if (err instanceof JiraHttpError && err.status === 404) return undefined;
    throw err;
  }
}
