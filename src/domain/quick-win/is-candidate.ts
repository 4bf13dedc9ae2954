import type { SquadConfig } from '../../contract/squad-config';
import type { IssueHistory } from '../model/issue-history';

/**
 * The candidate rule: an item not yet labelled whose effort is at most the configured maximum and
 * whose current stage is one of the configured stages. Without a rule, nothing is a candidate;
 * an item without an effort value is never one (we do not guess).
 *
 * @example
 * // rule: effort ≤ 3 in Idea or Prototype
 * isQuickWinCandidate(config, { ...issue, labels: [], effort: 2 }, 'Idea') // true
 */
export function isQuickWinCandidate(
  config: SquadConfig,
  issue: Pick<IssueHistory, 'labels' | 'effort'>,
  currentStage: string | null,
): boolean {
  const rule = config.quickWin.candidate;
  if (rule === undefined || currentStage === null || issue.effort === null) return false;
  if (issue.labels.includes(config.quickWin.label)) return false;
  return issue.effort <= rule.maxEffort && rule.stages.includes(currentStage);
}
