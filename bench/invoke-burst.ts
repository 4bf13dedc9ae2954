import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEMO_USERS } from '../local/jira-emulator';

/**
 * `npx tsx bench/invoke-burst.ts [--calls 2000] [--connections 20]` (also a section of `npm run
 * bench`): a bounded burst of MIXED invokes against the local harness in its own process
 * (bench/harness-process.ts: 1,500 demo issues, growth squad backfilled, in-memory store), over
 * loopback with autocannon — `squads.list`, `sync.status`, `board.get`, `portfolio.get` and
 * `issue.journey` as five viewers with different permissions (alice: Jira admin; carol: browses
 * all; mia: IT without its restricted issues; mark: MKT only; lena: MKT issues she reported).
 * Reports p50/p95/p99 per key and overall, errors, and wrong answers: each answer is checked
 * against what the same viewer got for the same call before the burst (the parts that depend on
 * what they may see), so an answer leaking or losing data under concurrency counts as wrong.
 * (`metrics.get` has its own burst in bench/metrics-get.ts.)
 */

const HANDLES = ['alice', 'carol', 'mia', 'mark', 'lena'] as const;
const account = (handle: string): string => DEMO_USERS.find((u) => u.handle === handle)?.accountId ?? '';

type Data = Record<string, unknown>;
interface Call {
  key: string;
  handle: string;
  body: string;
}

/** The parts of an answer that depend on the viewer and the data, not on the time it was asked. */
function fingerprint(key: string, data: Data): string {
  switch (key) {
    case 'squads.list':
      return JSON.stringify((data['squads'] as Array<{ id: string; projects: string[]; canEdit: boolean }>).map((s) => [s.id, s.projects, s.canEdit]));
    case 'sync.status':
      return JSON.stringify([data['phase'], data['issueCount'], data['hasData']]);
    case 'board.get': {
      const cards = (data['cards'] as Array<{ key: string; stage: string | null }>).map((c) => `${c.key}:${c.stage ?? '-'}`).sort();
      return JSON.stringify([(data['overview'] as { squad: { projects: string[] } } | null)?.squad.projects, cards]);
    }
    case 'portfolio.get':
      return JSON.stringify((data['rows'] as Array<{ squadId: string; status: string; figures?: { stages: unknown; wip: number } }>).map((r) => [r.squadId, r.status, r.figures?.stages, r.figures?.wip]));
    case 'issue.journey':
      return JSON.stringify((data['squads'] as Array<{ squadId: string; currentStage: string | null; visits: unknown[] }>).map((s) => [s.squadId, s.currentStage, s.visits.length]));
    default:
      return JSON.stringify(data);
  }
}

async function startHarnessProcess(issues: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'harness-process.ts'), String(issues)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`harness process exited (${code}) before it was ready`)));
  });
  return { url: (JSON.parse(first) as { url: string }).url, child };
}

function stopHarnessProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.stdin?.end();
  });
}

async function invoke(url: string, body: string): Promise<{ status: number; data: Data | undefined }> {
  const res = await fetch(`${url}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const parsed = JSON.parse(await res.text()) as { ok: boolean; data?: Data };
  return { status: res.status, data: parsed.data };
}

const bodyOf = (key: string, handle: string, payload: unknown, context: Data): string => JSON.stringify({ functionKey: key, payload, context: { accountId: account(handle), ...context } });

/** Every (key, viewer) call of the mix; the issue panel opens on an MKT issue lena reported, which every MKT browser sees. */
async function callsOf(url: string): Promise<Call[]> {
  const board = await invoke(url, bodyOf('board.get', 'lena', { squadId: 'growth' }, { moduleKey: 'squadflow-project', projectKey: 'MKT' }));
  const issueKey = (board.data?.['cards'] as Array<{ key: string }> | undefined)?.[0]?.key;
  if (issueKey === undefined) throw new Error('lena sees no card on the growth board');
  const calls: Call[] = [];
  for (const handle of HANDLES) {
    calls.push({ key: 'squads.list', handle, body: bodyOf('squads.list', handle, {}, { moduleKey: 'squadflow-admin' }) });
    calls.push({ key: 'sync.status', handle, body: bodyOf('sync.status', handle, { squadId: 'growth' }, { moduleKey: 'squadflow-project', projectKey: 'MKT' }) });
    calls.push({ key: 'board.get', handle, body: bodyOf('board.get', handle, { squadId: 'growth' }, { moduleKey: 'squadflow-project', projectKey: 'MKT' }) });
    calls.push({ key: 'portfolio.get', handle, body: bodyOf('portfolio.get', handle, {}, { moduleKey: 'squadflow-gadget' }) });
    calls.push({ key: 'issue.journey', handle, body: bodyOf('issue.journey', handle, {}, { moduleKey: 'squadflow-issue-panel', issueKey }) });
  }
  return calls;
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : '–');
const spread = (xs: readonly number[]): string => `p50 ${f0(percentile(xs, 50))} · p95 ${f0(percentile(xs, 95))} · p99 ${f0(percentile(xs, 99))} ms`;

export async function invokeBurstReport(options: { calls: number; connections: number } = { calls: 2000, connections: 20 }): Promise<string> {
  const h = await startHarnessProcess(1500);
  try {
    const calls = await callsOf(h.url);
    // What each viewer gets for each call, asked one at a time before the burst.
    const expected = new Map<Call, string>();
    for (const c of calls) {
      const r = await invoke(h.url, c.body);
      if (r.status !== 200 || r.data === undefined) throw new Error(`${c.key} as ${c.handle}: HTTP ${r.status} before the burst`);
      expected.set(c, fingerprint(c.key, r.data));
    }
    const timings = new Map<string, number[]>(calls.map((c) => [c.key, []]));
    let wrong = 0;
    let failed = 0;
    type Ctx = { t0?: number };
    const requests = calls.map((c) => ({
      method: 'POST' as const,
      path: '/api/invoke',
      headers: { 'content-type': 'application/json' },
      body: c.body,
      setupRequest: (req: autocannon.Request, context: object) => {
        (context as Ctx).t0 = performance.now();
        return req;
      },
      onResponse: (status: number, body: string, context: object) => {
        const t0 = (context as Ctx).t0;
        if (t0 !== undefined) timings.get(c.key)?.push(performance.now() - t0);
        if (status !== 200) {
          failed++;
          return;
        }
        const parsed = JSON.parse(body) as { ok: boolean; data: Data };
        if (!parsed.ok || fingerprint(c.key, parsed.data) !== expected.get(c)) wrong++;
      },
    }));
    const result = await autocannon({ url: h.url, connections: options.connections, amount: options.calls, requests, timeout: 30 });
    const all = [...timings.values()].flat();
    return [
      `── mixed invoke burst through the harness (HTTP /api/invoke over loopback, harness in its own process, 1,500 issues, growth squad)`,
      `  ${result.requests.total.toLocaleString('en')} calls at concurrency ${options.connections}: squads.list, sync.status, board.get, portfolio.get, issue.journey × alice, carol, mia, mark, lena, in ${result.duration.toFixed(1)} s, ${f0(result.requests.average)} calls/s`,
      `  all: ${spread(all)} · max ${f0(Math.max(...all))} ms`,
      ...[...timings].map(([key, xs]) => `    ${key.padEnd(14)} ${spread(xs)} (${xs.length} calls)`),
      `  errors ${result.errors + failed} (non-2xx ${result.non2xx}, timeouts ${result.timeouts}) · wrong answers ${wrong}`,
    ].join('\n');
  } finally {
    await stopHarnessProcess(h.child);
  }
}

if (require.main === module) {
  const { values } = parseArgs({ options: { calls: { type: 'string', default: '2000' }, connections: { type: 'string', default: '20' } } });
  invokeBurstReport({ calls: Number(values.calls), connections: Number(values.connections) })
    .then((r) => console.log(r))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
