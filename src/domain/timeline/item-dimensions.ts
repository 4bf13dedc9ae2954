import type { SquadConfig } from '../../contract/squad-config';
import type { IssueHistory } from '../model/issue-history';
import { isQuickWin } from '../quick-win/is-quick-win';
import { disciplineOf } from './discipline-of';
import { drain, STEP_MASK, type Steps } from '../steps';

/** Group indexes per item, so breakdowns loop over integers instead of strings. */
export interface ItemDimensions {
  readonly discipline: Int32Array;
  readonly disciplineNames: readonly string[];
  readonly issueType: Int32Array;
  readonly issueTypeNames: readonly string[];
  readonly quickWin: Uint8Array;
}

function interner(): { index: (name: string) => number; names: string[] } {
  const map = new Map<string, number>();
  const names: string[] = [];
  return {
    names,
    index(name: string): number {
      let i = map.get(name);
      if (i === undefined) {
        i = names.length;
        names.push(name);
        map.set(name, i);
      }
      return i;
    },
  };
}

export function itemDimensions(config: SquadConfig, issues: readonly IssueHistory[]): ItemDimensions {
  return drain(itemDimensionsSteps(config, issues));
}

/** `itemDimensions` in steps (see src/domain/steps.ts). */
export function* itemDimensionsSteps(config: SquadConfig, issues: readonly IssueHistory[]): Steps<ItemDimensions> {
  const discipline = new Int32Array(issues.length);
  const issueType = new Int32Array(issues.length);
  const quickWin = new Uint8Array(issues.length);
  const d = interner();
  const t = interner();
  for (let i = 0; i < issues.length; i++) {
    if ((i & STEP_MASK) === STEP_MASK) yield;
    const issue = issues[i] as IssueHistory;
    discipline[i] = d.index(disciplineOf(config.discipline, issue));
    issueType[i] = t.index(issue.issueType === '' ? '(none)' : issue.issueType);
    quickWin[i] = isQuickWin(config, issue) ? 1 : 0;
  }
  return { discipline, disciplineNames: d.names, issueType, issueTypeNames: t.names, quickWin };
}
