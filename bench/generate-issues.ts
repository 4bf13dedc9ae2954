import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/domain/forecast/mulberry32';
import type { SquadConfigInput } from '../src/contract/squad-config';

/**
 * Seeded generator of Jira REST v3 issue beans (search/jql shape with `changelog.histories`) for
 * the benchmark and the CLI's large-input tests: two projects with different workflows, forward
 * flow with backward moves, reopens, drops, an unmapped status, quick-win labels, story points and
 * Jira-style timestamps in several offsets.
 */

interface Workflow {
  projectId: string;
  key: string;
  /** Status ids in stage order: [Idea, Prototype, Pilot, Live] (several per stage allowed). */
  stages: string[][];
  dropped: string;
  unmapped: string;
  names: Record<string, string>;
}

const MKT: Workflow = {
  projectId: '10000',
  key: 'MKT',
  stages: [['10001'], ['10002'], ['10003'], ['10004']],
  dropped: '10009',
  unmapped: '10010',
  names: { '10001': 'Idea', '10002': 'Prototype', '10003': 'Pilot', '10004': 'Live', '10009': 'Dropped', '10010': 'Legal review' },
};

const IT: Workflow = {
  projectId: '10100',
  key: 'IT',
  stages: [['20001'], ['20002', '20003'], ['20004'], ['20005']],
  dropped: '20006',
  unmapped: '20007',
  names: { '20001': 'Backlog', '20002': 'Build', '20003': 'Test', '20004': 'Pilot', '20005': 'Done', '20006': "Won't do", '20007': 'Triage' },
};

/** The squad configuration matching the generated data. */
export const BENCH_SQUAD: SquadConfigInput = {
  id: 'bench',
  name: 'Benchmark squad',
  projects: ['MKT', 'IT'],
  stages: [
    { name: 'Idea', kind: 'waiting' },
    { name: 'Prototype', kind: 'active' },
    { name: 'Pilot', kind: 'active' },
    { name: 'Live', kind: 'waiting' },
  ],
  leadTime: { from: 'Idea', to: 'Pilot' },
  statusMap: {
    MKT: { '10001': 'Idea', '10002': 'Prototype', '10003': 'Pilot', '10004': 'Live', '10009': 'Dropped' },
    IT: { '20001': 'Idea', '20002': 'Prototype', '20003': 'Prototype', '20004': 'Pilot', '20005': 'Live', '20006': 'Dropped' },
  },
  discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT' } },
  quickWin: { label: 'quick-win', candidate: { effortFieldId: 'customfield_10016', maxEffort: 3, stages: ['Idea', 'Prototype'] } },
  calendar: { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], holidays: ['2025-12-25', '2025-12-26'] },
};

/** "Now" of every generated data set: histories end before it. */
export const BENCH_NOW_MS = Date.UTC(2026, 0, 1);
const SPAN_MS = 730 * 86_400_000;
const OFFSETS = [0, 0, 0, 60, 120, 330, -300];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Jira's timestamp format in a given UTC offset (minutes). */
export function jiraTimestamp(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${d.toISOString().slice(0, 23)}${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

export interface GenerateOptions {
  count: number;
  /** Mean status changes per issue (the benchmark uses 3 and 10). */
  changesPerIssue: number;
  seed: number;
}

/** Yields issue beans as JSON text, one per call, in key order. */
export function* generateIssueJson(opts: GenerateOptions): Generator<string> {
  const random = mulberry32(opts.seed);
  let historyId = 1;
  for (let n = 0; n < opts.count; n++) {
    const wf = random() < 0.55 ? MKT : IT;
    const offset = OFFSETS[Math.floor(random() * OFFSETS.length)] ?? 0;
    const created = BENCH_NOW_MS - SPAN_MS + Math.floor(random() * (SPAN_MS - 10 * 86_400_000));
    const target = Math.max(0, Math.round(opts.changesPerIssue * (0.5 + random())));
    const pick = (stage: number): string => {
      const ids = wf.stages[stage] ?? [];
      return ids[Math.floor(random() * ids.length)] ?? '';
    };
    let stage = random() < 0.05 ? 1 : 0;
    let status = pick(stage);
    let t = created;
    const histories: string[] = [];
    // Spacing keeps most histories inside the two years; a repeat of the same status is retried.
    const meanGapMs = Math.min(6 * 86_400_000, (BENCH_NOW_MS - created) / (target + 1));
    for (let c = 0, attempts = 0; c < target && attempts < target * 3; attempts++) {
      t += Math.floor(random() * 2 * meanGapMs) + 60_000;
      if (t >= BENCH_NOW_MS) break;
      const r = random();
      let next: string;
      if (status === wf.dropped) {
        stage = Math.floor(random() * 2);
        next = pick(stage);
      } else if (r < 0.04) next = wf.dropped;
      else if (r < 0.07) next = wf.unmapped;
      else if (r < 0.2 && stage > 0) {
        stage -= 1;
        next = pick(stage);
      } else if (r < 0.3) next = pick(stage);
      else {
        stage = Math.min(3, stage + (random() < 0.15 ? 2 : 1));
        next = pick(stage);
      }
      if (next === status) continue;
      c++;
      const item = `{"field":"status","fieldtype":"jira","fieldId":"status","from":"${status}","fromString":"${wf.names[status]}","to":"${next}","toString":"${wf.names[next]}"}`;
      histories.push(
        `{"id":"${historyId++}","author":{"accountId":"5b10a2844c20165700ede21g","displayName":"Bench User","active":true},"created":"${jiraTimestamp(t, offset)}","items":[${item}]}`,
      );
      status = next;
    }
    const key = `${wf.key}-${n + 1}`;
    const labels = random() < 0.15 ? '["quick-win"]' : random() < 0.3 ? '["growth"]' : '[]';
    const points = random() < 0.7 ? String(1 + Math.floor(random() * 8)) : 'null';
    const category = status === wf.stages[3]?.[0] || status === wf.dropped ? '{"id":3,"key":"done","name":"Done"}' : '{"id":4,"key":"indeterminate","name":"In Progress"}';
    yield `{"id":"${100000 + n}","key":"${key}","fields":{"summary":"Generated issue ${n + 1}","created":"${jiraTimestamp(created, offset)}",` +
      `"status":{"id":"${status}","name":"${wf.names[status]}","statusCategory":${category}},` +
      `"project":{"id":"${wf.projectId}","key":"${wf.key}","name":"${wf.key}"},"issuetype":{"id":"1","name":"${random() < 0.8 ? 'Story' : 'Bug'}"},` +
      `"labels":${labels},"components":[],"resolution":${status === wf.dropped ? '{"id":"10001","name":"Won\'t Do"}' : 'null'},"customfield_10016":${points}},` +
      `"changelog":{"startAt":0,"maxResults":${histories.length},"total":${histories.length},"histories":[${histories.join(',')}]}}`;
  }
}

/** Writes `{"issues":[…]}` (one search page holding every issue) to `path`; returns bytes written. */
export function writeIssuesFile(path: string, opts: GenerateOptions): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buf: string[] = [];
  let size = 0;
  const flush = (): void => {
    const text = buf.join('');
    bytes += writeSync(fd, text);
    buf = [];
    size = 0;
  };
  buf.push('{"issues":[');
  let first = true;
  for (const json of generateIssueJson(opts)) {
    buf.push(first ? json : `,${json}`);
    first = false;
    size += json.length;
    if (size > 4_000_000) flush();
  }
  buf.push('],"isLast":true}');
  flush();
  closeSync(fd);
  return bytes;
}
