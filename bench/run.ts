import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_NOW_MS, BENCH_SQUAD, writeIssuesFile } from './generate-issues';
import type { SizeFigures } from './measure-size';
import { boardRenderReport } from './board-render';
import { metricsPanelReport } from './metrics-panel-render';

/**
 * `npm run bench [-- --sizes 1000,10000,100000 --changes 10 --extra-3 true --cli true --read-sizes 1500,10000,50000 --burst true --invoke-burst true]`
 *
 * For each size: generates a seeded data set (Jira search pages with changelogs), measures in a
 * fresh process the parse, the timeline build, every metric, the total, the forecast and peak RSS,
 * then times the whole CLI run (`node bin/squadflow.js metrics …`) in another process. With
 * `--extra-3` (default on) it adds the 100k-issue, ~3-changes data set the performance targets
 * name. Sync request counts come from bench/sync-requests.ts when that file exists. The read side
 * (`metrics.get` through the harness over HTTP, cold and warm, and a 2,000-call burst) comes from
 * bench/metrics-get.ts at `--read-sizes` (`--read-sizes none` skips it; the 50,000-issue backfill
 * alone takes a minute or two). A mixed burst of squads.list, sync.status, board.get, portfolio.get
 * and issue.journey as five viewers comes from bench/invoke-burst.ts (`--invoke-burst false` skips it).
 */

const root = join(__dirname, '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface CliFigures {
  wallMs: number;
  cpuMs: number;
  peakRssMB: number;
  exitCode: number | null;
}

function measureSize(file: string): SizeFigures {
  const res = spawnSync(process.execPath, [tsx, join(__dirname, 'measure-size.ts'), file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`measure-size failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}') as SizeFigures;
}

function measureCli(file: string, configFile: string, nowIso: string): CliFigures {
  const start = performance.now();
  const res = spawnSync(
    process.execPath,
    ['--require', join(__dirname, 'report-rusage.cjs'), join(root, 'bin', 'squadflow.js'), 'metrics', '--input', file, '--config', configFile, '--now', nowIso, '--format', 'json', '--out', join(tmpdir(), 'squadflow-bench-out.json')],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const wallMs = performance.now() - start;
  const line = res.stderr.split('\n').find((l) => l.startsWith('RUSAGE '));
  const usage = line === undefined ? { maxRSS: NaN, cpuMs: NaN } : (JSON.parse(line.slice(7)) as { maxRSS: number; cpuMs: number });
  return { wallMs, cpuMs: usage.cpuMs, peakRssMB: usage.maxRSS / 1024, exitCode: res.status };
}

/** `squadflow --help`, best of five (issue 13.11: under 0.3 s), beside bare `node -e 0` on the same machine. */
function measureStartup(): { helpMs: number; helpCpuMs: number; nodeMs: number; exitCode: number | null } {
  const best = (args: string[]): { wallMs: number; cpuMs: number; exitCode: number | null } => {
    let out = { wallMs: Infinity, cpuMs: Infinity, exitCode: null as number | null };
    for (let k = 0; k < 5; k++) {
      const start = performance.now();
      const res = spawnSync(process.execPath, ['--require', join(__dirname, 'report-rusage.cjs'), ...args], { encoding: 'utf8' });
      const wallMs = performance.now() - start;
      const line = res.stderr.split('\n').find((l) => l.startsWith('RUSAGE '));
      const cpuMs = line === undefined ? NaN : (JSON.parse(line.slice(7)) as { cpuMs: number }).cpuMs;
      if (wallMs < out.wallMs) out = { wallMs, cpuMs, exitCode: res.status };
    }
    return out;
  };
  const help = best([join(root, 'bin', 'squadflow.js'), '--help']);
  const bare = best(['-e', '0']);
  return { helpMs: help.wallMs, helpCpuMs: help.cpuMs, nodeMs: bare.wallMs, exitCode: help.exitCode };
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : '–');
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      changes: { type: 'string', default: '10' },
      'extra-3': { type: 'string', default: 'true' },
      cli: { type: 'string', default: 'true' },
      json: { type: 'string' },
      'read-sizes': { type: 'string', default: '1500,10000,50000' },
      burst: { type: 'string', default: 'true' },
      'invoke-burst': { type: 'string', default: 'true' },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: "${values.sizes}" must be whole numbers, e.g. 1000,10000`);
  const changes = Number(values.changes);
  const sets: { count: number; changes: number }[] = sizes.map((count) => ({ count, changes }));
  if (values['extra-3'] === 'true' && changes !== 3) sets.push({ count: Math.max(...sizes), changes: 3 });

  const dir = join(tmpdir(), 'squadflow-bench');
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'squad.json');
  writeFileSync(configFile, JSON.stringify(BENCH_SQUAD));
  const nowIso = new Date(BENCH_NOW_MS).toISOString();

  console.log(`SquadFlow benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(`CLI fast path: ${existsSync(join(root, 'dist', 'cli', 'squadflow.cjs')) ? 'bundle dist/cli/squadflow.cjs (built by npm install/ci, rebuilt when sources change)' : 'no bundle yet (the first run builds it)'}\n`);
  if (values.cli === 'true') {
    const st = measureStartup();
    console.log(`CLI start: squadflow --help ${f0(st.helpMs)} ms wall (target < 300), ${f0(st.helpCpuMs)} ms CPU, exit ${st.exitCode} · bare node ${f0(st.nodeMs)} ms — best of 5, load average ${load()}\n`);
  }
  const results: { set: (typeof sets)[number]; size: SizeFigures; cli: CliFigures | null }[] = [];
  for (const set of sets) {
    const file = join(dir, `issues-${set.count}-${set.changes}.json`);
    if (!existsSync(file)) writeIssuesFile(file, { count: set.count, changesPerIssue: set.changes, seed: 42 });
    const size = measureSize(file);
    const cli = values.cli === 'true' ? measureCli(file, configFile, nowIso) : null;
    results.push({ set, size, cli });
    const s = size.steps;
    const timelines = (s['select'] ?? 0) + (s['timelines'] ?? 0);
    console.log(`── ${set.count.toLocaleString('en')} issues, ~${set.changes} changes each (${size.changes.toLocaleString('en')} status changes, ${f1(size.fileMB)} MB) — load average ${load()}`);
    console.log(`  read+parse+convert ${f0(size.parseMs)} ms (CPU ${f0(size.parseCpuMs)} ms), through an 8 MB window`);
    console.log(`  timeline build ${f0(timelines)} ms · calendar+entry days ${f0(s['calendar'] ?? NaN)} ms`);
    const metricNames = ['leadTime', 'throughput', 'wip', 'cfd', 'aging', 'timeInStage', 'flowEfficiency', 'rework', 'dropRate', 'quickWins', 'trends', 'breakdowns'];
    console.log(`  metrics: ${metricNames.map((m) => `${m} ${f1(s[m] ?? NaN)}`).join(' · ')} ms`);
    console.log(`  total after parsing (timelines + every metric, no forecast) ${f0(size.metricsMs)} ms cold (CPU ${f0(size.metricsCpuMs)} ms), best of 3 ${f0(size.metricsBestMs)} ms`);
    console.log(`  per-item rows ${f0(size.itemRowsMs)} ms · forecast ${f0(size.forecastMs)} ms (${size.forecastQuestion})`);
    console.log(`  JSON output with rows ${f0(size.jsonOutputMs)} ms (${f1(size.outputMB)} MB) · peak RSS of this process ${f0(size.peakRssMB)} MB`);
    if (cli !== null) console.log(`  whole CLI run: ${f0(cli.wallMs)} ms wall, ${f0(cli.cpuMs)} ms CPU, peak RSS ${f0(cli.peakRssMB)} MB, exit ${cli.exitCode}`);
    console.log('');
  }

  // Hook for the sync engineer: bench/sync-requests.ts exports `syncRequestReport(sizes)`.
  const syncFile = join(__dirname, 'sync-requests.ts');
  if (existsSync(syncFile)) {
    const mod = (await import(syncFile)) as { syncRequestReport?: (sizes: number[]) => Promise<string> };
    if (mod.syncRequestReport !== undefined) console.log(await mod.syncRequestReport(sizes));
  } else {
    console.log('Jira requests per sync: not measured here yet (bench/sync-requests.ts adds that section).');
  }
  console.log(await boardRenderReport());
  console.log(await metricsPanelReport());
  // The portfolio gadget: 20 squads × 5,000 issues through portfolio.get (bench/portfolio.ts).
  const { portfolioReport } = (await import(join(__dirname, 'portfolio.ts'))) as { portfolioReport: () => Promise<string> };
  console.log(await portfolioReport());
  if (values['read-sizes'] !== 'none') {
    const readSizes = values['read-sizes'].split(',').map((s) => Number(s.trim()));
    if (readSizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--read-sizes: "${values['read-sizes']}" must be whole numbers, e.g. 1500,10000, or none`);
    const { metricsGetReport } = (await import(join(__dirname, 'metrics-get.ts'))) as { metricsGetReport: (o: { sizes: number[]; burst: boolean }) => Promise<string> };
    console.log(await metricsGetReport({ sizes: readSizes, burst: values.burst === 'true' }));
  }
  // A mixed burst of other resolver keys as five viewers, every answer checked (bench/invoke-burst.ts).
  if (values['invoke-burst'] === 'true') {
    const { invokeBurstReport } = (await import(join(__dirname, 'invoke-burst.ts'))) as { invokeBurstReport: (o: { calls: number; connections: number }) => Promise<string> };
    console.log(await invokeBurstReport({ calls: 2000, connections: 20 }));
  }
  // Pages while the harness publishes a 50,000-issue backfill in the same process (bench/publish-responsiveness.ts).
  if (values['invoke-burst'] === 'true') {
    const { publishResponsivenessReport } = (await import(join(__dirname, 'publish-responsiveness.ts'))) as { publishResponsivenessReport: (issues: number) => Promise<string> };
    console.log(await publishResponsivenessReport(50_000));
  }
  if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(results, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
