import type { HandoffViaDto } from '../../../contract/metrics';
import type { IssueHistory } from '../../model/issue-history';
import { UNASSIGNED } from '../../timeline/discipline-of';
import type { ItemDimensions } from '../../timeline/item-dimensions';

/** Two items of different disciplines connected by a link or parent/child; `a < b` (item indexes). */
export interface HandoffPair {
  a: number;
  b: number;
  via: HandoffViaDto;
}

export interface PairRules {
  /** Link type names that count (compared ignoring case); empty means any. */
  linkTypes: readonly string[];
  parentChild: boolean;
}

/** A parent/child pair wins over a link; among links, the smallest type name (stable whatever the input order). */
function better(next: HandoffViaDto, old: HandoffViaDto): boolean {
  if (old.kind === 'parent') return false;
  if (next.kind === 'parent') return true;
  return next.type < old.type;
}

/**
 * Hand-off pairs among `issues` (DESIGN §2): an issue link of a listed type (any when none are
 * listed; names compared ignoring case) or, when enabled, parent/child, between two items both considered by the squad and of
 * different known disciplines. Jira shows a link on both its issues, so each pair is kept once.
 * Linear in items plus links.
 */
export function handoffPairs(issues: readonly IssueHistory[], dims: ItemDimensions, rules: PairRules): HandoffPair[] {
  const n = issues.length;
  const indexById = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = (issues[i] as IssueHistory).id;
    if (!indexById.has(id)) indexById.set(id, i);
  }
  // Names are typed by hand in the configuration: "blocks" means Jira's "Blocks".
  const types = rules.linkTypes.length === 0 ? null : new Set(rules.linkTypes.map((name) => name.toLowerCase()));
  const unassigned = dims.disciplineNames.indexOf(UNASSIGNED);
  const found = new Map<number, HandoffPair>();
  const add = (i: number, otherId: string, via: HandoffViaDto): void => {
    const j = indexById.get(otherId);
    if (j === undefined || j === i) return;
    const di = dims.discipline[i] as number;
    const dj = dims.discipline[j] as number;
    if (di === dj || di === unassigned || dj === unassigned) return;
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    const key = a * n + b;
    const old = found.get(key);
    if (old === undefined) found.set(key, { a, b, via });
    else if (better(via, old.via)) old.via = via;
  };
  for (let i = 0; i < n; i++) {
    const issue = issues[i] as IssueHistory;
    if (issue.links !== undefined) {
      for (const link of issue.links) {
        if (types === null || types.has(link.type.toLowerCase())) add(i, link.issueId, { kind: 'link', type: link.type });
      }
    }
    if (rules.parentChild && issue.parentId !== undefined && issue.parentId !== null) add(i, issue.parentId, { kind: 'parent' });
  }
  return [...found.values()];
}
