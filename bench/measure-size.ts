import { readFileSync } from 'node:fs';
import { readIssues } from '../src/cli/read-issues';
import { squadConfigSchema } from '../src/contract/squad-config';
import { computeSquadMetrics } from '../src/domain/squad-metrics';
import { BENCH_NOW_MS, BENCH_SQUAD } from './generate-issues';

/**
 * One benchmark size, in its own process so peak RSS belongs to it alone. Reads the generated
 * file, converts it, computes every metric (timing each step), then the forecast, and prints one
 * JSON line with the figures (ms, wall clock and CPU).
 *
 * Usage: tsx bench/measure-size.ts FILE
 */

export interface SizeFigures {
  issues: number;
  changes: number;
  fileMB: number;
  readMs: number;
  /** Splitting, JSON.parse per issue, shape check, conversion (timestamps parsed). */
  parseMs: number;
  parseCpuMs: number;
  /** Every metric except forecasts, first (cold) run. */
  metricsMs: number;
  metricsCpuMs: number;
  /** Best of three runs. */
  metricsBestMs: number;
  steps: Record<string, number>;
  forecastMs: number;
  forecastQuestion: string;
  stringifyMs: number;
  outputMB: number;
  peakRssMB: number;
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function main(): void {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: measure-size.ts FILE');
  const config = squadConfigSchema.parse(BENCH_SQUAD);

  let t = performance.now();
  const buf = readFileSync(file);
  const readMs = performance.now() - t;

  const c0 = process.cpuUsage();
  t = performance.now();
  const { issues } = readIssues(buf, file, { effortFieldId: config.quickWin.candidate?.effortFieldId });
  const parseMs = performance.now() - t;
  const parseCpuMs = cpuMs(c0);
  let changes = 0;
  for (const i of issues) changes += i.changes.length;

  const runs: { ms: number; cpu: number; steps: Record<string, number> }[] = [];
  let dto = null;
  for (let r = 0; r < 3; r++) {
    const steps: Record<string, number> = {};
    const c = process.cpuUsage();
    const start = performance.now();
    dto = computeSquadMetrics(config, issues, {
      nowMs: BENCH_NOW_MS,
      measure: <T>(step: string, run: () => T): T => {
        const s = performance.now();
        const out = run();
        steps[step] = (steps[step] ?? 0) + performance.now() - s;
        return out;
      },
    });
    runs.push({ ms: performance.now() - start, cpu: cpuMs(c), steps });
  }
  const first = runs[0] as (typeof runs)[number];

  // The forecast alone: both questions, 10,000 trials; "when" asks for the current WIP.
  const wip = dto?.counts.inProgress ?? 0;
  const fSteps: Record<string, number> = {};
  computeSquadMetrics(config, issues, {
    nowMs: BENCH_NOW_MS,
    includeItems: false,
    forecast: { targetDate: '2026-03-31', items: wip, trials: 10_000 },
    seed: 7,
    measure: <T>(step: string, run: () => T): T => {
      const s = performance.now();
      const out = run();
      fSteps[step] = (fSteps[step] ?? 0) + performance.now() - s;
      return out;
    },
  });

  t = performance.now();
  const json = JSON.stringify(dto);
  const stringifyMs = performance.now() - t;

  const figures: SizeFigures = {
    issues: issues.length,
    changes,
    fileMB: buf.length / 1e6,
    readMs,
    parseMs,
    parseCpuMs,
    metricsMs: first.ms,
    metricsCpuMs: first.cpu,
    metricsBestMs: Math.min(...runs.map((r) => r.ms)),
    steps: first.steps,
    forecastMs: fSteps['forecast'] ?? NaN,
    forecastQuestion: `how many by 2026-03-31 + when ${wip} items, 10,000 trials each`,
    stringifyMs,
    outputMB: json.length / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main();
