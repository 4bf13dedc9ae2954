import type { DisciplineRule } from '../../contract/squad-config';
import type { IssueHistory } from '../model/issue-history';

/** Discipline of items no rule value matches. */
export const UNASSIGNED = 'Unassigned';

/**
 * The item's discipline by the squad's rule: its project, its first component or label that the
 * rule lists (in the item's order), or the value of the configured field.
 *
 * @example
 * disciplineOf({ by: 'project', values: { MKT: 'Marketing' } }, issue) // 'Marketing' for MKT-1
 */
export function disciplineOf(rule: DisciplineRule, issue: IssueHistory): string {
  const values: Record<string, string> = rule.values;
  const pick = (k: string | null): string | undefined => (k !== null && Object.hasOwn(values, k) ? values[k] : undefined);
  switch (rule.by) {
    case 'project':
      return pick(issue.projectKey) ?? UNASSIGNED;
    case 'component':
      for (const c of issue.components) {
        const d = pick(c);
        if (d !== undefined) return d;
      }
      return UNASSIGNED;
    case 'label':
      for (const l of issue.labels) {
        const d = pick(l);
        if (d !== undefined) return d;
      }
      return UNASSIGNED;
    case 'field':
      return pick(issue.disciplineFieldValue) ?? UNASSIGNED;
  }
}
