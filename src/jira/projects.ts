import { z } from 'zod';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';

const projectPageSchema = z.looseObject({
  isLast: z.boolean().optional(),
  values: z.array(z.looseObject({ id: z.string(), key: z.string(), name: z.string(), projectTypeKey: z.string().optional() })),
});

export interface ProjectSummary {
  id: string;
  key: string;
  name: string;
}

/**
 * `GET /rest/api/3/project/search` for the project picker: projects the caller can browse whose key
 * or name contains `query` (case-insensitive), ordered by key, at most `maxResults` (≤ 100).
 * `keys` restricts the answer to those projects (to show names for already-picked keys);
 * `administered` to the projects the caller administers (the picker of a squad they may save).
 */
export async function searchProjects(
  jira: JiraClient,
  options: { query?: string; keys?: readonly string[]; maxResults?: number; administered?: boolean },
): Promise<ProjectSummary[]> {
  // `action=edit`: Jira answers only the projects the caller administers.
  const params = new URLSearchParams({ orderBy: 'key', maxResults: String(Math.min(options.maxResults ?? 50, 100)), action: options.administered === true ? 'edit' : 'view' });
  if (options.query !== undefined && options.query.trim() !== '') params.set('query', options.query.trim());
  for (const key of options.keys ?? []) params.append('keys', key);
  const page = await jira.call('project-search', { method: 'GET', path: jiraRoute`/rest/api/3/project/search?${params}` }, projectPageSchema);
  return page.values.map((p) => ({ id: p.id, key: p.key, name: p.name }));
}
