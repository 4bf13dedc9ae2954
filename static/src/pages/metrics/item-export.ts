import type { ItemTimelineDto } from '../../../../src/contract/metrics';
import { jqlString } from '../../../../src/contract/jql-string';
import type { DisciplineRule } from '../../../../src/contract/squad-config';
import type { SeriesTable } from '../../components/charts/series-table';
import type { PanelControls } from './panel-controls';

/** Every item the figures cover, one row each: what the per-item CSV holds. */
export function itemTable(items: readonly ItemTimelineDto[], stageNames: readonly string[], unit: string): SeriesTable {
  return {
    columns: [
      'Key',
      'Project',
      'Issue type',
      'Discipline',
      'Quick win',
      ...stageNames.map((s) => `Entered ${s}`),
      `Lead time (${unit} days)`,
      'Dropped',
      'Current stage',
      'Days in current stage',
      'Backward moves',
      ...stageNames.map((s) => `Days in ${s}`),
    ],
    rows: items.map((i) => [
      i.key,
      i.projectKey,
      i.issueType,
      i.discipline,
      i.quickWin,
      ...stageNames.map((s) => i.stages[s] ?? null),
      i.leadTimeDays,
      i.dropped,
      i.currentStage,
      i.ageInStageDays,
      i.reworkCount,
      ...stageNames.map((s) => i.timeInStageDays[s] ?? null),
    ]),
  };
}

const inList = (field: string, values: readonly string[]): string => `${field} in (${values.map(jqlString).join(', ')})`;

/**
 * JQL for the same items in Jira's issue search: the squad's projects the viewer can see, the
 * squad's issue types, and the panel's filters (discipline through the squad's rule where JQL can
 * express it, the quick-win label). Every value is quoted by `jqlString`.
 */
export function itemsJql(
  projects: readonly string[],
  squadIssueTypes: readonly string[],
  discipline: DisciplineRule,
  quickWinLabel: string,
  c: Pick<PanelControls, 'disciplines' | 'issueTypes' | 'quickWinsOnly'>,
): { jql: string; exact: boolean } {
  const clauses: string[] = [];
  let exact = true;
  let shownProjects = [...projects];
  if (c.disciplines.length > 0) {
    const keysFor = Object.entries(discipline.values).filter(([, d]) => c.disciplines.includes(d)).map(([k]) => k);
    if (discipline.by === 'project') shownProjects = shownProjects.filter((p) => keysFor.includes(p));
    else if (discipline.by === 'label' && keysFor.length > 0) clauses.push(inList('labels', keysFor));
    else if (discipline.by === 'component' && keysFor.length > 0) clauses.push(inList('component', keysFor));
    else exact = false;
  }
  clauses.unshift(inList('project', shownProjects.length > 0 ? shownProjects : projects));
  const types = c.issueTypes.length > 0 ? c.issueTypes.filter((t) => t !== '(none)') : squadIssueTypes;
  if (types.length > 0) clauses.push(inList('issuetype', types));
  if (c.quickWinsOnly) clauses.push(`labels = ${jqlString(quickWinLabel)}`);
  return { jql: `${clauses.join(' AND ')} ORDER BY key ASC`, exact };
}

/** The issue-search path for a JQL query (Jira's `/issues/?jql=`). */
export const issueSearchPath = (jql: string): string => `/issues/?jql=${encodeURIComponent(jql)}`;
