import { ISSUE_TYPE, IT_MAKERS, MARKETING_MAKERS, PEOPLE, SECURITY_RESTRICTED, projectByKey } from './catalog';
import type { Rng } from './prng';
import { OTHER_LABELS } from './texts';

export const QUICK_WIN_LABEL = 'quick-win';

/** Everything about an issue that does not depend on how it flowed. */
export interface IssueAttributes {
  projectKey: string;
  issueTypeId: string;
  storyPoints: number | null;
  quickWin: boolean;
  otherLabels: string[];
  componentIds: string[];
  priorityId: string;
  securityLevelId: string | null;
  reporterAccountId: string;
}

const POINTS = { '1': 10, '2': 18, '3': 22, '5': 22, '8': 15, '13': 8 } as const;
const ISSUE_TYPE_WEIGHTS = { [ISSUE_TYPE.epic]: 6, [ISSUE_TYPE.story]: 56, [ISSUE_TYPE.experiment]: 22, [ISSUE_TYPE.task]: 16 };
const LABEL_COUNT = { '0': 45, '1': 40, '2': 15 } as const;
const PRIORITY_WEIGHTS = { '1': 4, '2': 20, '3': 60, '4': 12, '5': 4 } as const;

/** Small items are far more often tagged quick wins; overall about 10 % of issues are. */
function quickWinChance(points: number | null): number {
  if (points === null) return 0.05;
  if (points <= 2) return 0.28;
  if (points === 3) return 0.12;
  if (points === 5) return 0.04;
  return 0.01;
}

export function drawAttributes(rng: Rng): IssueAttributes {
  const projectKey = rng.chance(0.55) ? 'MKT' : 'IT';
  const issueTypeId = rng.weighted(ISSUE_TYPE_WEIGHTS);
  const isEpic = issueTypeId === ISSUE_TYPE.epic;
  const storyPoints = isEpic || rng.chance(0.15) ? null : Number(rng.weighted(POINTS));
  const quickWin = !isEpic && rng.chance(quickWinChance(storyPoints));
  const project = projectByKey(projectKey);
  if (project === undefined) throw new Error(`Unknown project ${projectKey}`);
  const otherLabels: string[] = [];
  const labelPool = OTHER_LABELS[projectKey] ?? [];
  for (let n = Number(rng.weighted(LABEL_COUNT)); n > 0; n--) {
    const label = rng.pick(labelPool);
    if (!otherLabels.includes(label)) otherLabels.push(label);
  }
  const componentIds = rng.chance(projectKey === 'MKT' ? 0.7 : 0.8) ? [rng.pick(project.components).id] : [];
  const priorityId = rng.weighted(PRIORITY_WEIGHTS);
  const securityLevelId = projectKey === 'IT' && rng.chance(0.08) ? SECURITY_RESTRICTED : null;
  const reporters = projectKey === 'MKT' ? [...MARKETING_MAKERS, PEOPLE.mark] : [...IT_MAKERS, PEOPLE.alice];
  return {
    projectKey,
    issueTypeId,
    storyPoints,
    quickWin,
    otherLabels,
    componentIds,
    priorityId,
    securityLevelId,
    reporterAccountId: rng.pick(reporters).accountId,
  };
}
