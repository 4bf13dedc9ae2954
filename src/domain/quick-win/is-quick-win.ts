import type { SquadConfig } from '../../contract/squad-config';
import type { IssueHistory } from '../model/issue-history';

/**
 * An item is a quick win when it carries the squad's quick-win label (default `quick-win`), so JQL
 * and Jira's own boards see the same thing. Labels are case-sensitive in Jira.
 *
 * @example
 * isQuickWin(config, { ...issue, labels: ['quick-win'] }) // true
 */
export function isQuickWin(config: SquadConfig, issue: Pick<IssueHistory, 'labels'>): boolean {
  return issue.labels.includes(config.quickWin.label);
}
