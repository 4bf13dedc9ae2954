import { squadConfigSchema, type SquadConfig, type SquadConfigInput } from '../../contract/squad-config';
import type { IssueHistory, StatusChange } from '../model/issue-history';
import { parseJiraTimestamp } from '../time/parse-jira-timestamp';

/**
 * Fixture factories for domain tests: a two-project squad (MKT and IT, different workflows) and
 * issues written as a list of moves. Times are ISO strings with an explicit zone.
 */

/** MKT: 1 Idea, 2 Prototype, 3 Pilot, 4 Live, 9 Dropped. IT: 11 Backlog, 12 Build, 13 Test, 14 Pilot, 15 Done, 16 Won't do. */
export const BASE_CONFIG: SquadConfigInput = {
  id: 'growth',
  name: 'Growth squad',
  projects: ['MKT', 'IT'],
  stages: [
    { name: 'Idea', kind: 'waiting' },
    { name: 'Prototype', kind: 'active' },
    { name: 'Pilot', kind: 'active' },
    { name: 'Live', kind: 'waiting' },
  ],
  leadTime: { from: 'Idea', to: 'Pilot' },
  statusMap: {
    MKT: { '1': 'Idea', '2': 'Prototype', '3': 'Pilot', '4': 'Live', '9': 'Dropped' },
    IT: { '11': 'Idea', '12': 'Prototype', '13': 'Prototype', '14': 'Pilot', '15': 'Live', '16': 'Dropped', '3': 'Live' },
  },
  discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT' } },
};

export function buildConfig(over: Partial<SquadConfigInput> = {}): SquadConfig {
  return squadConfigSchema.parse({ ...BASE_CONFIG, ...over });
}

/** Epoch ms of a Jira timestamp (`+0000`) or any ISO string with a zone. */
export const ms = (iso: string): number => {
  const jira = parseJiraTimestamp(iso);
  const t = Number.isNaN(jira) ? Date.parse(iso) : jira;
  if (Number.isNaN(t)) throw new RangeError(`bad test time ${iso}`);
  return t;
};

/** `[when, from, to]`; `from` may be null. */
export type Move = readonly [string, string | null, string];

export interface IssueSpec {
  key?: string;
  id?: string;
  project?: string;
  type?: string;
  created?: string;
  /** Current status; defaults to the last move's target or `initial`. */
  status?: string;
  /** Initial status when there are no moves. */
  initial?: string;
  moves?: readonly Move[];
  labels?: string[];
  components?: string[];
  effort?: number | null;
  field?: string | null;
  extra?: Partial<IssueHistory>;
}

let counter = 0;

export function buildIssue(spec: IssueSpec = {}): IssueHistory {
  counter++;
  const project = spec.project ?? 'MKT';
  const moves = spec.moves ?? [];
  const changes: StatusChange[] = moves.map(([when, from, to]) => ({ atMs: ms(when), fromStatusId: from, toStatusId: to }));
  const lastTo = moves.length > 0 ? moves[moves.length - 1]?.[2] : undefined;
  return {
    id: spec.id ?? String(10_000 + counter),
    key: spec.key ?? `${project}-${counter}`,
    projectKey: project,
    issueType: spec.type ?? 'Story',
    createdMs: ms(spec.created ?? '2024-03-01T09:00:00Z'),
    statusId: spec.status ?? lastTo ?? spec.initial ?? '1',
    labels: spec.labels ?? [],
    components: spec.components ?? [],
    resolution: null,
    effort: spec.effort ?? null,
    disciplineFieldValue: spec.field ?? null,
    changes,
    ...spec.extra,
  };
}
