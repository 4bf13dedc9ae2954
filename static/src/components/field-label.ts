/** Words for the config's field names, so a problem reads "Stage 3, WIP limit", not "stages.2.wipLimit". */
const NAMES: Record<string, string> = {
  id: 'Squad ID',
  name: 'Name',
  projects: 'Projects',
  issueTypes: 'Issue types',
  stages: 'Stages',
  color: 'colour',
  kind: 'kind',
  wipLimit: 'WIP limit',
  wipMin: 'minimum',
  laneWipLimits: 'lane limits',
  leadTime: 'Lead time',
  from: 'start',
  to: 'end',
  statusMap: 'Status mapping',
  discipline: 'Discipline',
  fieldId: 'field',
  values: 'values',
  quickWin: 'Quick wins',
  label: 'label',
  candidate: 'candidates',
  effortFieldId: 'effort field',
  maxEffort: 'largest effort',
  backwardPolicy: 'Moves back to an earlier stage',
  unit: 'Lead time unit',
  calendar: 'Calendar',
  timeZone: 'time zone',
  workingDays: 'working days',
  holidays: 'holidays',
  percentiles: 'Percentiles',
  forecast: 'Forecast',
  windowWeeks: 'window',
  trials: 'trials',
  board: 'Board',
  doneWindowDays: 'done window',
  swimlanes: 'swimlanes',
  handoff: 'Hand-offs',
  stage: 'stage',
  linkTypes: 'link types',
  parentChild: 'parent and child',
  schemaVersion: 'Version',
  projectKeys: 'Projects',
  stageNames: 'Stage names',
  squadId: 'Squad',
};

export function fieldLabel(path: string): string {
  if (path === '(root)' || path === '') return 'The file';
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const name = NAMES[part] ?? part;
    if ((part === 'stages' || part === 'holidays' || part === 'projects') && next !== undefined && /^\d+$/.test(next)) {
      out.push(`${part === 'stages' ? 'Stage' : part === 'holidays' ? 'Holiday' : 'Project'} ${Number(next) + 1}`);
      i++;
    } else {
      out.push(name);
    }
  }
  const text = out.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
