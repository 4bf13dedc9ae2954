import { ISSUE_TYPE } from './catalog';
import { allocateKeys, type KeyRequest } from './allocate-keys';
import { addHandoffLinks } from './handoff-links';
import { buildRecord } from './build-record';
import { drawAttributes, type IssueAttributes } from './issue-attributes';
import type { DemoDataset, IssueRecord } from './model';
import { createRng } from './prng';
import { simulateFlow, type FlowPlan } from './simulate-issue';
import { summaryFor } from './texts';
import { DAY_MS, MINUTE_MS, toWorkingHours } from './work-time';

export const DEFAULT_DEMO_SEED = 20240305;
export const DEFAULT_DEMO_ISSUES = 1500;
export const FIRST_ISSUE_ID = 10000;
export const FIRST_HISTORY_ID = 20000;
export const FIRST_LINK_ID = 30000;

export interface DemoDataOptions {
  /** End of the history, epoch ms: nothing happens at or after it. */
  nowMs: number;
  seed?: number;
  issueCount?: number;
  /** How far back the first issue may be created (default 730 days). */
  historyDays?: number;
}

interface Draft {
  createdMs: number;
  attributes: IssueAttributes;
  plan: FlowPlan;
  summary: string;
  parentIndex: number | null;
  quickWinAddedMs: number | null;
}

/**
 * Generates the seeded demo joint squad: MKT and IT issues over two years ending at `nowMs`.
 * The same options always give the same data; 100k issues take about 3 s on one core.
 *
 * @example generateDemoData({ nowMs: Date.parse('2025-06-30T12:00:00Z'), issueCount: 1500 }).issues.length // 1500
 */
export function generateDemoData(options: DemoDataOptions): DemoDataset {
  const { nowMs, seed = DEFAULT_DEMO_SEED, issueCount = DEFAULT_DEMO_ISSUES, historyDays = 730 } = options;
  if (!Number.isInteger(issueCount) || issueCount < 0) throw new RangeError(`issueCount must be a whole number ≥ 0, got ${issueCount}`);
  if (!Number.isFinite(nowMs)) throw new RangeError(`nowMs must be epoch milliseconds, got ${nowMs}`);
  const rng = createRng(seed);
  const createdTimes = drawCreatedTimes(rng.next, issueCount, nowMs, historyDays);

  const drafts: Draft[] = [];
  const epicsByProject: Record<string, number[]> = { MKT: [], IT: [] };
  createdTimes.forEach((createdMs, index) => {
    const attributes = drawAttributes(rng);
    const plan = simulateFlow(rng, attributes.projectKey, attributes.issueTypeId, createdMs, nowMs);
    const summary = summaryFor(rng, attributes.projectKey, attributes.issueTypeId);
    const epics = epicsByProject[attributes.projectKey] ?? [];
    let parentIndex: number | null = null;
    if (attributes.issueTypeId === ISSUE_TYPE.epic) epics.push(index);
    else if (epics.length > 0 && rng.chance(0.55)) {
      // A recent epic of the same project: the last few created.
      parentIndex = epics[Math.max(0, epics.length - 1 - rng.int(0, 4))] ?? null;
    }
    let quickWinAddedMs: number | null = null;
    if (attributes.quickWin && rng.chance(0.5)) {
      const at = toWorkingHours(createdMs + rng.int(1, 20) * DAY_MS);
      if (at < nowMs) quickWinAddedMs = at;
    }
    drafts.push({ createdMs, attributes, plan, summary, parentIndex, quickWinAddedMs });
  });

  const requests: KeyRequest[] = drafts.map((d) => ({
    createdMs: d.createdMs,
    createdIn: d.attributes.projectKey,
    moveMs: d.plan.moveMs,
    movedTo: d.plan.moveMs === null ? null : d.plan.finalProjectKey,
  }));
  const { keys, counters } = allocateKeys(requests);
  let historyId = FIRST_HISTORY_ID;
  const nextHistoryId = (): string => String(historyId++);
  const issues: IssueRecord[] = drafts.map((d, index) =>
    buildRecord({
      id: FIRST_ISSUE_ID + index,
      createdMs: d.createdMs,
      summary: d.summary,
      attributes: d.attributes,
      plan: d.plan,
      keys: keys[index] ?? { createdKey: `${d.attributes.projectKey}-0`, movedKey: null },
      parentId: d.parentIndex === null ? null : String(FIRST_ISSUE_ID + d.parentIndex),
      quickWinAddedMs: d.quickWinAddedMs,
      nextHistoryId,
    }),
  );
  // Hand-offs draw from their own stream, so adding them left every issue above as it was.
  const links = addHandoffLinks(issues, createRng(seed ^ 0x5f3759df), nowMs, FIRST_LINK_ID);
  return { issues, nextIssueId: FIRST_ISSUE_ID + issueCount, nextHistoryId: historyId, keyCounters: counters, links };
}

/**
 * Creation times over `historyDays` before `nowMs`, denser towards the present (the squad grew),
 * in working hours, ascending.
 */
function drawCreatedTimes(random: () => number, count: number, nowMs: number, historyDays: number): number[] {
  const spanMs = historyDays * DAY_MS;
  const startMs = nowMs - spanMs;
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let t = toWorkingHours(startMs + spanMs * Math.pow(random(), 0.85));
    if (t >= nowMs) t = nowMs - (1 + Math.floor(random() * 600)) * MINUTE_MS;
    times[i] = t;
  }
  times.sort();
  return Array.from(times);
}

/** `SQUADFLOW_DEMO_ISSUES` if set (a whole number ≥ 0), else the default of 1,500. */
export function demoIssueCountFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SQUADFLOW_DEMO_ISSUES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_DEMO_ISSUES;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`SQUADFLOW_DEMO_ISSUES must be a whole number ≥ 0, got "${raw}"`);
  return n;
}
