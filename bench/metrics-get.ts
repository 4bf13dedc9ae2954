import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEMO_USERS } from '../local/jira-emulator';
import { DEFAULT_PANEL_QUESTION, FIRST_PAGE_ROWS, panelPageQuestion, panelScatterRowsQuestion, type MetricsPagePayload } from '../src/contract/metrics-panel-question';
import type { MetricsPageDto } from '../src/contract/metrics-page';
import { MAX_PAGE_ROWS, type MetricsAnswerDto, type MetricsQuery } from '../src/contract/metrics-query';
import { headlineTileQuestion } from '../src/squad-view';
import { HARNESS_SEED } from './bench-seed';

/**
 * `npx tsx bench/metrics-get.ts [--sizes 1500,10000,50000] [--burst true] [--burst-only true]` (also a section of
 * `npm run bench`): the speed page's calls through the local harness, as the UI makes them —
 * `POST /api/invoke` over HTTP with `context.accountId` — against the harness in a process of its
 * own (bench/harness-process.ts: emulator with N demo issues, growth squad backfilled, in-memory
 * store). Per size:
 * - cold: the first call after the backfill published (nothing cached; the per-project counts are
 *   rebuilt from the segments), then warm p50/p95 over repeats, as carol (sees the whole squad) and
 *   lena (MKT browse granted to reporters only: a filtered view);
 * - the speed page's first view as a page view asks it: one `metrics.page` call (the squads it may
 *   offer, the squad's detail, and its first `metrics.get` question: every section with the
 *   lead-time scatterplot's first page of rows, src/contract/metrics-panel-question.ts); a squad
 *   with more finished items than that page holds then reads the rest with `metrics.get` (timed
 *   when it does); the per-item CSV's rows are read only on download;
 * - the headline tile's lean question (three sections) and its answer's size;
 * - Jira permission requests per page view (the emulator counts requests by endpoint).
 * At 1,500 issues, a burst: 2,000 calls at concurrency 20 with autocannon, each connection making
 * page views in turn as carol, mia and lena (one call each: the scatterplot's rows all fit the first
 * page at this size), p50/p95/p99, errors, and every answer checked against that viewer's own figures.
 * Targets (issue 8): 50,000 issues warm p95 ≤ 150 ms, cold ≤ 1 s; burst p95 ≤ 200 ms; one
 * permission request per page view.
 */

const SQUAD = 'growth';
const WARM_REPEATS = 20;
const account = (handle: string): string => DEMO_USERS.find((u) => u.handle === handle)?.accountId ?? '';

type Ask = { key: 'metrics.get'; payload: MetricsQuery } | { key: 'metrics.page'; payload: MetricsPagePayload };
/** The speed page's first view with its default controls, as the page asks it (one call, the panel's own builder). */
const PAGE_QUERY: Ask = { key: 'metrics.page', payload: panelPageQuestion(SQUAD) };
/** Then, for a squad with more finished items than the first page holds, the scatterplot's next page. */
const SCATTER_QUERY: Ask = { key: 'metrics.get', payload: panelScatterRowsQuestion(SQUAD, DEFAULT_PANEL_QUESTION, FIRST_PAGE_ROWS) };
/** A headline tile: three sections, no rows. */
const TILE_QUERY: Ask = { key: 'metrics.get', payload: headlineTileQuestion(SQUAD) };

interface Running {
  url: string;
  backfillMs: number;
  child: ChildProcess;
  /** The harness process's next line on stdout. */
  nextLine(): Promise<string>;
}

/** A process started with `tsx`, and its first JSON line on stdout. */
async function spawnWithLine(file: string, args: string[]): Promise<{ child: ChildProcess; first: Record<string, unknown>; nextLine: () => Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, file), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const nextLine = (): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`${file} exited (${code})`)));
    });
  return { child, first: JSON.parse(await nextLine()) as Record<string, unknown>, nextLine };
}

/** The Jira emulator in a process of its own, with the harness's seed and size (for the burst). */
async function startEmulatorProcess(issues: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const { child, first } = await spawnWithLine('emulator-process.ts', [String(issues), String(HARNESS_SEED), String(Date.now())]);
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.stdin?.end();
    });
  return { url: String(first['url']), stop };
}

async function startHarnessProcess(issues: number, jiraUrl?: string): Promise<Running> {
  const { child, first, nextLine } = await spawnWithLine('harness-process.ts', [String(issues), ...(jiraUrl === undefined ? [] : [jiraUrl])]);
  return { url: String(first['url']), backfillMs: Number(first['backfillMs']), child, nextLine };
}

/** Sends the harness process a command (bench/harness-process.ts) and reads its one-line answer. */
async function command(h: Running, line: string): Promise<Record<string, unknown>> {
  const answered = h.nextLine();
  h.child.stdin?.write(`${line}\n`);
  return JSON.parse(await answered) as Record<string, unknown>;
}

/** Empties the squad's answer cache in the harness: the next call is truly cold. */
async function emptyCache(h: Running): Promise<void> {
  await command(h, 'cold');
}

/** The harness process's CPU time so far (user + system, ms). */
async function harnessCpuMs(h: Running): Promise<{ user: number; system: number }> {
  const { cpu } = (await command(h, 'cpu')) as { cpu: { user: number; system: number } };
  return { user: cpu.user / 1000, system: cpu.system / 1000 };
}

function stopHarnessProcess(h: Running): Promise<void> {
  return new Promise((resolve) => {
    h.child.once('exit', () => resolve());
    h.child.stdin?.end();
  });
}

function rssMB(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

const invokeBody = (ask: Ask, handle: string): string =>
  JSON.stringify({ functionKey: ask.key, payload: ask.payload, context: { accountId: account(handle), moduleKey: 'squadflow-project', projectKey: 'MKT' } });

/** The metrics answer in a call's data (`metrics.page` carries the chosen squad's). */
function metricsAnswerOf(ask: Ask, data: unknown): MetricsAnswerDto {
  if (ask.key === 'metrics.get') return data as MetricsAnswerDto;
  const choice = (data as MetricsPageDto).choice;
  if (choice.kind !== 'chosen' || !choice.answer.ok) throw new Error(`metrics.page chose no squad or refused: ${JSON.stringify(choice).slice(0, 200)}`);
  return choice.answer.data;
}

async function invoke(url: string, ask: Ask, handle: string): Promise<{ ms: number; bytes: number; answer: MetricsAnswerDto }> {
  const start = performance.now();
  const res = await fetch(`${url}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: invokeBody(ask, handle) });
  const text = await res.text();
  const ms = performance.now() - start;
  const body = JSON.parse(text) as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
  if (!body.ok || body.data === undefined) throw new Error(`${ask.key} as ${handle}: ${res.status} ${body.error?.code ?? ''} ${body.error?.message ?? ''}`);
  return { ms, bytes: Buffer.byteLength(text), answer: metricsAnswerOf(ask, body.data) };
}

async function emulatorStats(url: string): Promise<Record<string, number>> {
  return ((await (await fetch(`${url}/__emulator/stats`)).json()) as { byEndpoint: Record<string, number> }).byEndpoint;
}
const resetStats = async (url: string): Promise<void> => void (await fetch(`${url}/__emulator/stats`, { method: 'DELETE' }));
const permissionRequests = (s: Record<string, number>): number => (s['permissions-check'] ?? 0) + (s['mypermissions'] ?? 0);

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : '–');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

interface ViewerFigures {
  /** The first call measured (after publish: warmed for carol's questions). */
  coldMs: number;
  warm: number[];
  bytes: number;
  issues: number;
  /** Item rows the question selects (paged questions), null otherwise. */
  rows: number | null;
  permissionsPerView: number;
}

async function viewer(url: string, handle: string, query: Ask): Promise<ViewerFigures> {
  await resetStats(url);
  const cold = await invoke(url, query, handle);
  const permissionsPerView = permissionRequests(await emulatorStats(url));
  const warm: number[] = [];
  for (let k = 0; k < WARM_REPEATS; k++) warm.push((await invoke(url, query, handle)).ms);
  return { coldMs: cold.ms, warm, bytes: cold.bytes, issues: cold.answer.metrics?.counts.issues ?? 0, rows: cold.answer.data.rowsTotal?.items ?? null, permissionsPerView };
}

/**
 * What must hold of every answer a viewer gets in the burst (what depends on what they see): the
 * figures of the first answer; the rows (their keys, in order) and their total of the scatter's.
 */
const fingerprint = (a: MetricsAnswerDto): string =>
  JSON.stringify([a.data.projects, a.metrics?.counts, a.metrics?.leadTime?.count, a.metrics?.leadTime?.p85, a.data.rowsTotal, a.metrics?.items?.map((i) => i.key)]);

/** A page view's calls at 1,500 issues: one `metrics.page` (the scatterplot's rows all come in its answer). */
const QUESTIONS = [{ name: 'page view', query: PAGE_QUERY }] as const;

const latencyLine = (label: string, xs: readonly number[]): string =>
  `    ${label}: ${xs.length.toLocaleString('en')} calls · p50 ${f0(percentile(xs, 50))} ms · p95 ${f0(percentile(xs, 95))} ms (target ≤ 200) · p99 ${f0(percentile(xs, 99))} ms · max ${f0(Math.max(...xs))} ms`;

/**
 * `where`: how Jira runs beside the harness; `jiraUrl`: where its request counts are read. Reports
 * the harness process's CPU per call too (steady under other load, unlike the latencies); with
 * BENCH_PROFILE_DIR set, writes a CPU profile of the harness during the burst there.
 */
async function burst(h: Running, jiraUrl: string, where: string, calls: number, connections: number): Promise<string> {
  const url = h.url;
  const handles = ['carol', 'mia', 'lena'];
  const expected = new Map<string, string>();
  for (const h of handles) for (const q of QUESTIONS) expected.set(`${h}|${q.name}`, fingerprint((await invoke(url, q.query, h)).answer));
  await resetStats(jiraUrl);
  const timings = new Map<string, number[]>(QUESTIONS.map((q) => [q.name, []]));
  let wrong = 0;
  let failed = 0;
  type Ctx = { t0?: number };
  // autocannon cycles a connection through the requests in order: page views as carol, mia, lena.
  const requests = handles.flatMap((h) =>
    QUESTIONS.map((q) => ({
      method: 'POST' as const,
      path: '/api/invoke',
      headers: { 'content-type': 'application/json' },
      body: invokeBody(q.query, h),
      setupRequest: (req: autocannon.Request, context: object) => {
        (context as Ctx).t0 = performance.now();
        return req;
      },
      onResponse: (status: number, body: string, context: object) => {
        const t0 = (context as Ctx).t0;
        if (t0 !== undefined) timings.get(q.name)?.push(performance.now() - t0);
        if (status !== 200) {
          failed++;
          return;
        }
        const parsed = JSON.parse(body) as { ok: boolean; data: unknown };
        try {
          if (!parsed.ok || fingerprint(metricsAnswerOf(q.query, parsed.data)) !== expected.get(`${h}|${q.name}`)) wrong++;
        } catch {
          wrong++;
        }
      },
    })),
  );
  const profileDir = process.env['BENCH_PROFILE_DIR'];
  if (profileDir !== undefined) await command(h, 'profile start');
  const cpuBefore = await harnessCpuMs(h);
  const result = await autocannon({ url, connections, amount: calls, requests, timeout: 30 });
  const cpuAfter = await harnessCpuMs(h);
  const profile = profileDir === undefined ? null : String((await command(h, `profile stop ${join(profileDir, `harness-burst-${Date.now()}.cpuprofile`)}`))['profile']);
  const perCall = (ms: number): string => (ms / Math.max(1, result.requests.total)).toFixed(2);
  const perms = permissionRequests(await emulatorStats(jiraUrl));
  const answered = result.requests.total;
  const views = (timings.get(QUESTIONS[0].name) ?? []).length;
  return [
    `  burst at 1,500 issues, ${where}: ${answered.toLocaleString('en')} calls at concurrency ${connections} (page views as carol, mia, lena in turn, one call each) in ${result.duration.toFixed(1)} s, ${f0(result.requests.average)} calls/s, load average ${loadAverage()}`,
    ...(QUESTIONS.length > 1 ? QUESTIONS.map((q) => latencyLine(q.name, timings.get(q.name) ?? [])) : []),
    latencyLine('all calls', [...timings.values()].flat()),
    `    (autocannon, all calls: p50 ${f0(result.latency.p50)} ms, p99 ${f0(result.latency.p99)} ms) · bytes per page view ${kb(result.throughput.total / Math.max(1, views))}`,
    `    errors ${result.errors + failed} (non-2xx ${result.non2xx}, timeouts ${result.timeouts}) · wrong answers ${wrong} · permission requests ${perms} (${(perms / Math.max(1, views)).toFixed(2)} per page view)`,
    `    harness process CPU per call ${perCall(cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system)} ms (user ${perCall(cpuAfter.user - cpuBefore.user)}, system ${perCall(cpuAfter.system - cpuBefore.system)})${profile === null ? '' : ` · profile ${profile}`}`,
  ].join('\n');
}

export interface MetricsGetOptions {
  sizes: number[];
  /** The 2,000-call burst at 1,500 issues (needs 1,500 in `sizes`, or starts its own harness). */
  burst: boolean;
  /** Only the two bursts, none of the per-size figures (`--burst-only true`, for working on the burst). */
  burstOnly?: boolean;
}

export async function metricsGetReport(options: MetricsGetOptions = { sizes: [1500, 10_000, 50_000], burst: true }): Promise<string> {
  const lines = ['── metrics.get through the harness (HTTP /api/invoke, harness in its own process, in-memory store; growth squad, MKT+IT)'];
  const sizes = options.burstOnly === true ? [1500] : [...options.sizes];
  if (options.burst && !sizes.includes(1500)) sizes.unshift(1500);
  for (const size of sizes) {
    const h = await startHarnessProcess(size);
    try {
      if (options.burstOnly === true) {
        lines.push(await burst(h, h.url, 'Jira emulator in the harness process', 2000, 20));
        continue;
      }
      const afterPublish = { page: (await invoke(h.url, PAGE_QUERY, 'carol')).ms, tile: (await invoke(h.url, TILE_QUERY, 'carol')).ms };
      await emptyCache(h);
      const trulyColdPage = (await invoke(h.url, PAGE_QUERY, 'carol')).ms;
      await emptyCache(h);
      const trulyColdTile = (await invoke(h.url, TILE_QUERY, 'carol')).ms;
      const carol = await viewer(h.url, 'carol', PAGE_QUERY);
      const lena = await viewer(h.url, 'lena', PAGE_QUERY);
      const more = (carol.rows ?? 0) > FIRST_PAGE_ROWS ? await viewer(h.url, 'carol', SCATTER_QUERY) : null;
      const tile = await viewer(h.url, 'carol', TILE_QUERY);
      lines.push(`  ${size.toLocaleString('en')} issues (backfill published and answers warmed in ${(h.backfillMs / 1000).toFixed(1)} s), load average ${loadAverage()}`);
      lines.push(`    speed page (metrics.page: the page view's one call), carol (whole squad, ${carol.issues.toLocaleString('en')} issues): first after publish (warmed) ${f0(afterPublish.page)} ms · truly cold (cache emptied) ${f0(trulyColdPage)} ms · warm p50 ${f0(percentile(carol.warm, 50))} ms, p95 ${f0(percentile(carol.warm, 95))} ms · answer ${kb(carol.bytes)} · permission requests per view ${carol.permissionsPerView}`);
      lines.push(
        more === null
          ? `    the scatterplot's ${(carol.rows ?? 0).toLocaleString('en')} rows all came in that answer: one call a page view`
          : `    then the scatterplot's next ${Math.min(MAX_PAGE_ROWS, (carol.rows ?? 0) - FIRST_PAGE_ROWS).toLocaleString('en')} of ${(carol.rows ?? 0).toLocaleString('en')} rows, carol: first ${f0(more.coldMs)} ms · warm p50 ${f0(percentile(more.warm, 50))} ms, p95 ${f0(percentile(more.warm, 95))} ms · answer ${kb(more.bytes)}`,
      );
      lines.push(`    headline tile, carol: first after publish (warmed) ${f0(afterPublish.tile)} ms · truly cold (cache emptied) ${f0(trulyColdTile)} ms`);
      lines.push(`    speed page, lena (reporter-only on MKT, ${lena.issues.toLocaleString('en')} issues): first ${f0(lena.coldMs)} ms · warm p50 ${f0(percentile(lena.warm, 50))} ms, p95 ${f0(percentile(lena.warm, 95))} ms · answer ${kb(lena.bytes)} · permission requests per view ${lena.permissionsPerView}`);
      lines.push(`    headline tile (3 sections): again ${f0(tile.coldMs)} ms · warm p50 ${f0(percentile(tile.warm, 50))} ms, p95 ${f0(percentile(tile.warm, 95))} ms · answer ${kb(tile.bytes)}`);
      if (options.burst && size === 1500) lines.push(await burst(h, h.url, 'Jira emulator in the harness process', 2000, 20));
      lines.push(`    harness RSS ${f0(rssMB(h.child.pid))} MB`);
    } finally {
      await stopHarnessProcess(h);
    }
  }
  if (options.burst) lines.push(await separateJiraBurst());
  return lines.join('\n');
}

/**
 * The burst again with the Jira emulator in a process of its own (as Jira is not a Forge app's
 * work): the harness process then does only the app's work, on the same two cores.
 */
async function separateJiraBurst(): Promise<string> {
  const jira = await startEmulatorProcess(1500);
  try {
    const h = await startHarnessProcess(1500, jira.url);
    try {
      return await burst(h, jira.url, 'Jira emulator in a process of its own', 2000, 20);
    } finally {
      await stopHarnessProcess(h);
    }
  } finally {
    await jira.stop();
  }
}

const loadAverage = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
};

if (require.main === module) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1500,10000,50000' }, burst: { type: 'string', default: 'true' }, 'burst-only': { type: 'string', default: 'false' } } });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  metricsGetReport({ sizes, burst: values.burst === 'true' || values['burst-only'] === 'true', burstOnly: values['burst-only'] === 'true' })
    .then((r) => console.log(r))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
