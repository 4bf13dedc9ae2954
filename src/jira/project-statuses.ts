import { z } from 'zod';
import type { JiraClient } from './jira-client';
import type { StatusCategoryKey, StatusInfo } from '../domain/config/status-info';
import { jiraRoute } from './route';
import { JiraHttpError } from './errors';

const CATEGORY_KEYS: readonly string[] = ['new', 'indeterminate', 'done'];

const projectStatusesSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    statuses: z.array(
      z.looseObject({
        id: z.string().min(1),
        name: z.string(),
        statusCategory: z.looseObject({ key: z.string() }).optional(),
      }),
    ),
  }),
);

/** One status of a project, with the issue types whose workflows use it. */
export interface ProjectStatus extends StatusInfo {
  issueTypes: string[];
}

/**
 * `GET /rest/api/3/project/{key}/statuses`: every status of a project's workflows, once each (Jira
 * lists them per issue type), in first-seen order, with the issue type names using each.
 * Answers null when the project does not exist or the caller cannot browse it.
 */
export async function getProjectStatuses(jira: JiraClient, projectKey: string): Promise<ProjectStatus[] | null> {
  let byType: z.output<typeof projectStatusesSchema>;
  try {
    byType = await jira.call('project-statuses', { method: 'GET', path: jiraRoute`/rest/api/3/project/${projectKey}/statuses` }, projectStatusesSchema);
  } catch (err) {
    if (err instanceof JiraHttpError && (err.status === 404 || err.status === 403)) return null;
    throw err;
  }
  const byId = new Map<string, ProjectStatus>();
  for (const type of byType) {
    for (const s of type.statuses) {
      const known = byId.get(s.id);
      if (known) {
        if (!known.issueTypes.includes(type.name)) known.issueTypes.push(type.name);
        continue;
      }
      const key = s.statusCategory?.key ?? 'undefined';
      const category: StatusCategoryKey = CATEGORY_KEYS.includes(key) ? (key as StatusCategoryKey) : 'undefined';
      byId.set(s.id, { id: s.id, name: s.name, category, issueTypes: [type.name] });
    }
  }
  return [...byId.values()];
}
