import { parseArgs } from 'node:util';
import { startHarness } from '../local/harness/start-harness';
import { DEMO_USERS } from '../local/jira-emulator';
import type { SyncStatusDto } from '../src/contract/sync';
import { silentLogger } from '../src/ports/logger';

/**
 * `npx tsx bench/publish-responsiveness.ts [--issues 50000]` (also a section of `npm run bench`):
 * page invokes while the harness backfills and publishes a big squad in the same process, as
 * `npm start` runs it. `app.info` is asked every 50 ms from first save to publish; its latency is
 * reported per backfill step (fetch, build, publish), with failures. Issue 12.12: background jobs
 * must not block pages (a 50,000-issue publish once reset connections).
 */
const carol = DEMO_USERS.find((u) => u.handle === 'carol')?.accountId ?? '';
const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : '–');

async function invoke(url: string, functionKey: string, payload: unknown): Promise<{ ms: number; status: number; data: unknown }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionKey, payload, context: { accountId: carol, moduleKey: 'squadflow-admin' } }) });
    const body = (await res.json()) as { data?: unknown };
    return { ms: performance.now() - t0, status: res.status, data: body.data };
  } catch {
    return { ms: performance.now() - t0, status: 0, data: undefined };
  }
}

export async function publishResponsivenessReport(issues = 50_000): Promise<string> {
  const harness = await startHarness({ port: 0, demoIssues: issues, seed: 7, dataDir: null, log: silentLogger, queueTimeScale: 0, seedDemoSquad: 'growth' });
  const byStep = new Map<string, number[]>();
  let failures = 0;
  const started = performance.now();
  try {
    let done = false;
    const idle = harness.idle().then(() => {
      done = true;
    });
    while (!done) {
      const status = await invoke(harness.url, 'sync.status', { squadId: 'growth' });
      const step = (status.data as SyncStatusDto | undefined)?.progress?.step ?? (status.data as SyncStatusDto | undefined)?.phase ?? 'unknown';
      const ping = await invoke(harness.url, 'app.info', {});
      if (ping.status !== 200 || status.status !== 200) failures++;
      const list = byStep.get(step) ?? [];
      list.push(ping.ms, status.ms);
      byStep.set(step, list);
      await new Promise((r) => setTimeout(r, 50));
    }
    await idle;
  } finally {
    await harness.close();
  }
  return [
    `── page invokes while the harness backfills ${issues.toLocaleString('en')} issues in the same process (app.info + sync.status every 50 ms, ${((performance.now() - started) / 1000).toFixed(0)} s in all)`,
    ...[...byStep].map(([step, xs]) => `  during ${step.padEnd(11)} ${xs.length} calls: p50 ${f0(percentile(xs, 50))} · p95 ${f0(percentile(xs, 95))} · max ${f0(Math.max(...xs))} ms`),
    `  failed or reset: ${failures}`,
  ].join('\n');
}

if (require.main === module) {
  const { values } = parseArgs({ options: { issues: { type: 'string', default: '50000' } } });
  publishResponsivenessReport(Number(values.issues))
    .then((r) => console.log(r))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
