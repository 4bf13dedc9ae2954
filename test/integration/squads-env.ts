import type { Harness, HarnessOptions } from '../../local/harness/start-harness';
import { DEFAULT_LEAD_TIME, defaultStages, type FieldIssue, type SquadConfig } from '../../src/contract';
import { postInvoke, startTestHarness } from '../helpers/harness';
import { USERS, type UserHandle } from '../helpers/demo-users';

export { USERS, type UserHandle };

export interface InvokeAnswer<T = unknown> {
  status: number;
  ok: boolean;
  data: T;
  error: { code: string; message: string; details?: { fields?: FieldIssue[] } } | undefined;
}

/** A harness without the seeded demo squad, so each test file starts with an empty store. */
export function startSquadHarness(overrides: HarnessOptions = {}): Promise<Harness> {
  return startTestHarness({ seedDemoSquad: false, ...overrides });
}

/** `POST /api/invoke` as one of the demo users, as the admin page module. */
export async function invokeAs<T = unknown>(harness: Harness, user: UserHandle, functionKey: string, payload: unknown): Promise<InvokeAnswer<T>> {
  const res = await postInvoke(harness.url, JSON.stringify({ functionKey, payload, context: { accountId: USERS[user], moduleKey: 'squadflow-admin' } }));
  const body = res.json as { ok: boolean; data?: T; error?: InvokeAnswer['error'] };
  return { status: res.status, ok: body.ok, data: body.data as T, error: body.error };
}

/** Field paths of a refused answer, sorted. */
export function fieldPaths(answer: InvokeAnswer): string[] {
  return (answer.error?.details?.fields ?? []).map((f) => f.path).sort();
}

/**
 * Every key in the harness store, to prove that a refused call wrote nothing. The installation's
 * project-ID map (`app:project-ids`, filled by any permission check) is Jira metadata, not a write
 * of the call, and is left out.
 */
export async function storeKeys(harness: Harness): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await harness.deps.store.list('', { limit: 100, ...(cursor === undefined ? {} : { cursor }) });
    out.push(...page.keys.filter((k) => k !== 'app:project-ids'));
    cursor = page.cursor;
  } while (cursor !== undefined);
  return out;
}

/** The demo squad's mapping, as local/demo-data/README.md states it, for a squad with a new ID. */
export function demoConfig(id: string, name: string): Omit<SquadConfig, 'schemaVersion'> & { schemaVersion: 2 } {
  return {
    schemaVersion: 2,
    id,
    name,
    projects: ['MKT', 'IT'],
    issueTypes: [],
    stages: defaultStages(),
    leadTime: { ...DEFAULT_LEAD_TIME },
    statusMap: {
      MKT: { '10000': 'Idea', '10001': 'Idea', '10002': 'Prototype', '10003': 'Pilot', '10004': 'Live', '10005': 'Dropped' },
      IT: { '10100': 'Idea', '10101': 'Idea', '10102': 'Prototype', '10103': 'Prototype', '10104': 'Pilot', '10105': 'Live', '10106': 'Dropped' },
    },
    discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT' } },
    quickWin: { label: 'quick-win', candidate: { effortFieldId: 'customfield_10016', maxEffort: 3, stages: ['Idea', 'Prototype'] } },
    backwardPolicy: 'keep',
    unit: 'elapsed',
    calendar: { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], holidays: ['2025-12-25'] },
    percentiles: [50, 85, 95],
    forecast: { windowWeeks: 8, trials: 5000 },
    board: { doneWindowDays: 14, swimlanes: 'discipline' },
    handoff: { linkTypes: [], parentChild: true },
  };
}
