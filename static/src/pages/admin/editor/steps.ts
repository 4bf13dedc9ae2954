/** The create/edit flow, in order, with the config fields each step owns (for its errors). */
export const STEPS = [
  { id: 'basics', title: 'Squad and projects', prefixes: ['name', 'id', 'projects'] },
  { id: 'stages', title: 'Stages', prefixes: ['stages', 'leadTime', 'backwardPolicy', 'unit'] },
  { id: 'mapping', title: 'Status mapping', prefixes: ['statusMap'] },
  { id: 'rules', title: 'Rules, board and calendar', prefixes: ['discipline', 'quickWin', 'calendar', 'percentiles', 'forecast', 'issueTypes', 'board', 'handoff'] },
  { id: 'review', title: 'Preview and save', prefixes: [] },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** The step whose fields include `path`; anything else (root, schemaVersion) belongs to the review. */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  for (const step of STEPS) if ((step.prefixes as readonly string[]).includes(head)) return step.id;
  return 'review';
}

export function stepIndex(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id);
}
