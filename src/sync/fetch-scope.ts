import { jqlString } from '../jira/jql';
import type { SquadConfig } from '../contract/squad-config';

/**
 * What a squad's stored data depends on: the projects searched and the extra fields read. Stages,
 * status mappings, policies, issue types, quick-win label and calendars are applied when metrics are
 * computed from the stored histories, so changing them needs no new fetch; only a change of scope
 * starts a backfill.
 */
export interface FetchScope {
  projects: string[];
  effortFieldId: string | null;
  disciplineFieldId: string | null;
  /**
   * The only labels kept (issue 12.5): the quick-win label and, for a discipline by label, the
   * labels it maps. Labels are free text anyone can type, so the others are not stored.
   */
  labels: string[];
}

export function fetchScopeOf(config: SquadConfig): FetchScope {
  return {
    projects: [...config.projects].sort(),
    effortFieldId: config.quickWin.candidate?.effortFieldId ?? null,
    disciplineFieldId: config.discipline.by === 'field' ? config.discipline.fieldId : null,
    labels: [...new Set([config.quickWin.label, ...(config.discipline.by === 'label' ? Object.keys(config.discipline.values) : [])])].sort(),
  };
}

/** A stable text key of a scope, stored with the data to tell whether a refetch is needed. */
export function scopeKeyOf(scope: FetchScope): string {
  // `l=1`: the stored issues carry links and parents (hand-offs); data stored before is refetched once.
  // `lb=`: the labels kept (only those a rule needs), so a new quick-win label refetches.
  return `p=${scope.projects.join(',')};e=${scope.effortFieldId ?? ''};d=${scope.disciplineFieldId ?? ''};l=1;lb=${scope.labels.map(encodeURIComponent).join(',')}`;
}

/** Issue fields the sync reads: only what the stored history needs (no summary, no people). */
export function searchFieldsOf(scope: FetchScope): string[] {
  // issuelinks and parent: only the other issues' IDs and the link type names are kept (hand-offs).
  const fields = ['created', 'updated', 'status', 'project', 'issuetype', 'labels', 'components', 'resolution', 'security', 'issuelinks', 'parent'];
  if (scope.effortFieldId !== null) fields.push(scope.effortFieldId);
  if (scope.disciplineFieldId !== null && !fields.includes(scope.disciplineFieldId)) fields.push(scope.disciplineFieldId);
  return fields;
}

/** JQL of every issue in the scope, oldest first so pages are stable while issues change. */
export function scopeJql(scope: FetchScope): string {
  return `project in (${scope.projects.map(jqlString).join(', ')}) ORDER BY created ASC`;
}
