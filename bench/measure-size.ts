import { statSync } from 'node:fs';
import { readIssueFiles } from '../src/cli/read-issues';
import { squadConfigSchema } from '../src/contract/squad-config';
import { writeJson } from '../src/cli/write-output';
import { computeSquadMetrics, computeSquadMetricsResult, type SquadMetricsResult } from '../src/domain/squad-metrics';
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
  /** Reading through the 8 MB window, parsing, checking and converting (timestamps parsed). */
  parseMs: number;
  parseCpuMs: number;
  /** Every metric except forecasts and the per-item rows, first (cold) run. */
  metricsMs: number;
  metricsCpuMs: number;
  /** Best of three runs. */
  metricsBestMs: number;
  steps: Record<string, number>;
  /** Building every per-item row (streamed, as the CLI does). */
  itemRowsMs: number;
  forecastMs: number;
  forecastQuestion: string;
  /** The whole JSON document with rows, written to a sink that only counts bytes. */
  jsonOutputMs: number;
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

  const c0 = process.cpuUsage();
  let t = performance.now();
  const { issues } = readIssueFiles([file], { effortFieldId: config.quickWin.candidate?.effortFieldId });
  const parseMs = performance.now() - t;
  const parseCpuMs = cpuMs(c0);
  let changes = 0;
  for (const i of issues) changes += i.changes.length;

  const runs: { ms: number; cpu: number; steps: Record<string, number> }[] = [];
  let result: SquadMetricsResult | null = null;
  for (let r = 0; r < 3; r++) {
    const steps: Record<string, number> = {};
    const c = process.cpuUsage();
    const start = performance.now();
    result = computeSquadMetricsResult(config, issues, {
      nowMs: BENCH_NOW_MS,
      includeItems: false,
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
  if (result === null) throw new Error('no result');
  const dto = result.dto;

  t = performance.now();
  let rows = 0;
  result.visitItems(() => rows++);
  const itemRowsMs = performance.now() - t;

  // The forecast alone: both questions, 10,000 trials; "when" asks for the current WIP.
  const wip = dto.counts.inProgress;
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
  let bytes = 0;
  const stageNames = config.stages.map((x) => x.name);
  writeJson(dto, stageNames, result.visitItems, (chunk) => (bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length));
  const jsonOutputMs = performance.now() - t;

  const figures: SizeFigures = {
    issues: issues.length,
    changes,
    fileMB: statSync(file).size / 1e6,
    parseMs,
    parseCpuMs,
    metricsMs: first.ms,
    metricsCpuMs: first.cpu,
    metricsBestMs: Math.min(...runs.map((r) => r.ms)),
    steps: first.steps,
    itemRowsMs,
    forecastMs: fSteps['forecast'] ?? NaN,
    forecastQuestion: `how many by 2026-03-31 + when ${wip} items, 10,000 trials each`,
    jsonOutputMs,
    outputMB: bytes / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main();
