import type { MetricsFilter } from '../../contract/metrics-query';
import type { SquadConfig } from '../../contract/squad-config';
import type { IssueHistory } from '../model/issue-history';
import { isQuickWin } from '../quick-win/is-quick-win';
import { disciplineOf } from '../timeline/discipline-of';

/** Issue type name as the breakdowns show it (an empty type is `(none)`). */
export const issueTypeName = (issue: Pick<IssueHistory, 'issueType'>): string => (issue.issueType === '' ? '(none)' : issue.issueType);

/** Whether a filter narrows anything at all (empty lists and `false` do not). */
export function isNarrowing(filter: MetricsFilter | undefined): filter is MetricsFilter {
  return filter !== undefined && ((filter.disciplines?.length ?? 0) > 0 || (filter.issueTypes?.length ?? 0) > 0 || filter.quickWinsOnly === true);
}

/**
 * The items a filter keeps: every listed dimension must match (disciplines by the squad's rule,
 * issue types by name, quick wins by the squad's label). Input order is kept.
 *
 * @example
 * filterItems(config, issues, { disciplines: ['Marketing'], quickWinsOnly: true })
 */
export function filterItems(config: SquadConfig, issues: readonly IssueHistory[], filter: MetricsFilter | undefined): readonly IssueHistory[] {
  if (!isNarrowing(filter)) return issues;
  const disciplines = (filter.disciplines?.length ?? 0) > 0 ? new Set(filter.disciplines) : null;
  const types = (filter.issueTypes?.length ?? 0) > 0 ? new Set(filter.issueTypes) : null;
  const quickOnly = filter.quickWinsOnly === true;
  return issues.filter(
    (i) =>
      (disciplines === null || disciplines.has(disciplineOf(config.discipline, i))) &&
      (types === null || types.has(issueTypeName(i))) &&
      (!quickOnly || isQuickWin(config, i)),
  );
}

/** The discipline and issue-type names among `issues`, each sorted, for the panel's filter choices. */
export function filterChoices(config: SquadConfig, issues: readonly IssueHistory[]): { disciplines: string[]; issueTypes: string[] } {
  const disciplines = new Set<string>();
  const types = new Set<string>();
  for (const i of issues) {
    disciplines.add(disciplineOf(config.discipline, i));
    types.add(issueTypeName(i));
  }
  const sorted = (s: Set<string>): string[] => [...s].sort((a, b) => a.localeCompare(b));
  return { disciplines: sorted(disciplines), issueTypes: sorted(types) };
}
