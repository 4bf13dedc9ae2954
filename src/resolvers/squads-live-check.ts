import type { FieldIssue } from '../contract/result';
import type { SquadConfig } from '../contract/squad-config';
import type { SquadValidationDto, UnmappedStatusDto } from '../contract/squads';
import { checkStatusMap } from '../domain/config/check-status-map';
import { previewStageCounts } from '../domain/config/stage-preview';
import type { JiraClient } from '../jira/jira-client';
import { getProjectStatuses, type ProjectStatus } from '../jira/project-statuses';
import { isChoiceField, listFields } from '../jira/fields';
import { countIssuesByStatus, type StatusIssueCounts } from '../jira/status-issue-counts';
import { badRequest } from './app-error';

export interface LiveProject {
  /** null: the project does not exist or the caller cannot browse it. */
  statuses: ProjectStatus[] | null;
  counts: StatusIssueCounts | null;
}

/** Each project's real statuses (and, if asked, issue counts per status), read as the caller. */
export async function loadLiveProjects(jira: JiraClient, projectKeys: readonly string[], options: { counts: boolean }): Promise<Record<string, LiveProject>> {
  const entries = await Promise.all(
    projectKeys.map(async (key): Promise<[string, LiveProject]> => {
      const statuses = await getProjectStatuses(jira, key);
      const counts = statuses !== null && options.counts ? await countIssuesByStatus(jira, key, statuses.map((s) => s.id)) : null;
      return [key, { statuses, counts }];
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * Checks a schema-valid config against the projects' real statuses. Unknown projects and status
 * IDs are refused (BAD_REQUEST with config-relative field paths); unmapped statuses are answered as
 * warnings with their issue counts, with the preview of today's issues per stage.
 */
export async function checkAgainstJira(jira: JiraClient, config: SquadConfig, options: { counts: boolean }): Promise<SquadValidationDto> {
  const [live, fieldErrors] = await Promise.all([loadLiveProjects(jira, config.projects, options), checkDisciplineField(jira, config)]);
  const statuses = Object.fromEntries(config.projects.map((p) => [p, live[p]?.statuses ?? undefined]));
  const check = checkStatusMap(config, statuses);
  const errors = [...fieldErrors, ...check.errors, ...checkIssueTypes(config, live)];
  if (errors.length > 0) throw refusal(errors);
  const unmapped: Record<string, UnmappedStatusDto[]> = {};
  for (const [project, ids] of Object.entries(check.unmapped)) {
    const byId = new Map((live[project]?.statuses ?? []).map((s) => [s.id, s.name]));
    const counts = live[project]?.counts?.counts;
    unmapped[project] = ids.map((statusId) => ({ statusId, name: byId.get(statusId) ?? statusId, issueCount: counts?.[statusId] ?? null }));
  }
  const counts = Object.fromEntries(config.projects.map((p) => [p, live[p]?.counts?.counts ?? {}]));
  const approximate = config.projects.some((p) => live[p]?.counts?.approximate === true);
  return { config, unmapped, preview: { ...previewStageCounts(config, counts), approximate } };
}

/**
 * Issue types must be ones the squad's projects use (case-insensitive, as JQL compares them): Jira
 * refuses a search naming an issue type that does not exist, so one stray name would break the
 * squad's board and counts. Only checked once every project was read (a missing project is its own error).
 */
function checkIssueTypes(config: SquadConfig, live: Record<string, LiveProject>): FieldIssue[] {
  if (config.issueTypes.length === 0 || config.projects.some((p) => live[p]?.statuses == null)) return [];
  const known = new Set(config.projects.flatMap((p) => (live[p]?.statuses ?? []).flatMap((s) => s.issueTypes.map((t) => t.toLowerCase()))));
  return config.issueTypes.flatMap((t, i) => (known.has(t.toLowerCase()) ? [] : [{ path: `issueTypes.${i}`, message: `no project of the squad has an issue type named "${t}"` }]));
}

/**
 * A discipline by field must name a choice field the user can see (asked of Jira as the user with
 * `GET /field`): a text field would copy issue text into storage on every sync.
 */
async function checkDisciplineField(jira: JiraClient, config: SquadConfig): Promise<FieldIssue[]> {
  if (config.discipline.by !== 'field') return [];
  const fieldId = config.discipline.fieldId;
  const field = (await listFields(jira)).find((f) => f.id === fieldId);
  if (field === undefined) return [{ path: 'discipline.fieldId', message: `there is no field ${fieldId} that you can see` }];
  if (isChoiceField(field)) return [];
  return [
    {
      path: 'discipline.fieldId',
      message: `${field.name ?? fieldId} is not a choice field: a discipline comes from a select list, radio buttons, a cascading select, labels or components`,
    },
  ];
}

function refusal(fields: FieldIssue[]): Error {
  const first = fields[0];
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
  return badRequest(first === undefined ? 'The configuration does not match Jira' : `${first.path}: ${first.message}${more}`, fields);
}
