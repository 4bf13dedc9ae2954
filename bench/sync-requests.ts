import { DEMO_USERS } from '../local/jira-emulator';
import { allResolvers, invokeResolver } from '../src/resolvers/registry';
import { handleIssueEvent } from '../src/sync/handle-job';
import { reconcileSquad } from '../src/sync/reconcile';
import { requestBackfill } from '../src/sync/request-backfill';
import { readManifest } from '../src/store/data-manifest';
import { toForgeIssueEvent } from '../local/harness/issue-events';
import type { IssueEvent } from '../local/jira-emulator';
import { DEMO_SQUAD, expectedById, startSyncEnv, storedById, storedTimeline, type SyncEnv } from '../test/integration/sync-env';

/**
 * Jira requests per sync, counted by the emulator (`/__emulator/stats`) while the real sync code
 * runs against it over HTTP: full sync, incremental reconcile after k changes, issue events, page
 * views for users with different permissions, and a sync under injected 429/500 faults.
 */
const WORKFLOW: Record<string, string[]> = { MKT: ['10000', '10001', '10002', '10003', '10004'], IT: ['10100', '10101', '10102', '10103', '10104', '10105'] };

const fmt = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

async function changeIssues(env: SyncEnv, k: number): Promise<void> {
  const candidates = env.emulator.state.listIssues().filter((r) => WORKFLOW[r.projectKey] !== undefined);
  for (const r of candidates.slice(0, k)) {
    const list = WORKFLOW[r.projectKey] ?? [];
    env.emulator.state.transitionIssue(r.id, list[(list.indexOf(r.statusId) + 1) % list.length] ?? r.statusId);
  }
}

async function mismatches(env: SyncEnv): Promise<number> {
  const stored = await storedById(env);
  let bad = 0;
  for (const [id, want] of expectedById(env)) {
    const got = stored.get(id);
    if (got === undefined || JSON.stringify(storedTimeline(got)) !== JSON.stringify(want)) bad++;
  }
  return bad + Math.max(0, stored.size - expectedById(env).size);
}

async function sizeSection(n: number): Promise<string[]> {
  const env = await startSyncEnv({ issueCount: n });
  const lines: string[] = [];
  try {
    const squadIssues = expectedById(env).size;
    env.resetRequests();
    const t0 = performance.now();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const fullMs = performance.now() - t0;
    const full = env.requests();
    const bound = Math.ceil(squadIssues / 100) + Math.ceil(squadIssues / 1000);
    const manifest = await readManifest(env.store, DEMO_SQUAD.id);
    lines.push(
      `  full sync of ${squadIssues} issues: ${fmt(full)} (bound ceil(N/100)+ceil(N/1000) = ${bound}, +1 search for the reconcile after publishing); ` +
        `${Math.round(fullMs)} ms; ${manifest?.segments ?? 0} segments; wrong or missing: ${await mismatches(env)}`,
    );
    let overlapMin = 5;
    for (const k of [0, 100, 1000].filter((x) => x <= squadIssues)) {
      // Jira's clock moves on two hours: the previous round's changes fall out of the window.
      env.advanceJiraClock(2 * 60 * 60_000);
      await changeIssues(env, k);
      env.resetRequests();
      // A new overlap each round gives a new JQL text (the emulator caches results per JQL text).
      await reconcileSquad({ ...env.deps, syncLimits: { reconcileOverlapMs: ++overlapMin * 60_000 } }, DEMO_SQUAD.id);
      lines.push(`  reconcile after k=${k} changed: ${fmt(env.requests())} (bound ceil(k/100)+ceil(k/1000) = ${Math.max(1, Math.ceil(k / 100)) + Math.ceil(k / 1000)})`);
    }
    const events: IssueEvent[] = [];
    const stop = env.emulator.onIssueEvent((e) => events.push(e));
    await changeIssues(env, 1);
    stop();
    env.resetRequests();
    for (const e of [...events, ...events]) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
    lines.push(`  one issue event, delivered twice: ${fmt(env.requests())}`);
    for (const handle of ['mark', 'mia', 'carol']) {
      const accountId = DEMO_USERS.find((u) => u.handle === handle)?.accountId ?? '';
      env.resetRequests();
      const t1 = performance.now();
      const r = await invokeResolver(allResolvers(), 'metrics.get', { squadId: DEMO_SQUAD.id, includeItems: false }, { accountId }, env.deps);
      const ms = Math.round(performance.now() - t1);
      const data = r.ok ? (r.data as { data: { projects: string[] }; sync: { issueCount: number } }) : null;
      lines.push(`  metrics page view as ${handle}: ${fmt(env.requests())}; projects [${data?.data.projects.join(', ') ?? '?'}], ${data?.sync.issueCount ?? '?'} issues visible; ${ms} ms`);
    }
  } finally {
    await env.close();
  }
  return lines;
}

async function faultSection(n: number): Promise<string[]> {
  const env = await startSyncEnv({ issueCount: n, timeScale: 0.005 });
  try {
    env.emulator.state.setFaults([
      { status: 429, rate: 0.05, retryAfterSeconds: 2 },
      { status: 500, rate: 0.05 },
    ]);
    env.resetRequests();
    const t0 = performance.now();
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
    const ms = Math.round(performance.now() - t0);
    const stats = env.emulator.state.stats();
    env.emulator.state.resetFaults();
    const bad = await mismatches(env);
    return [
      `  sync of ${expectedById(env).size} issues with 10% of requests failing (5% 429 Retry-After 2 s, 5% 500): ${stats.total} requests, ${stats.faultsInjected} faults injected, ` +
        `${fmt(stats.byEndpoint)}; wrong or missing issues: ${bad}; ${ms} ms (retry waits scaled ×0.005)`,
    ];
  } finally {
    await env.close();
  }
}

/** The report bench/run.ts prints; `sizes` are issue counts (100k takes a couple of minutes). */
export async function syncRequestReport(sizes: number[]): Promise<string> {
  const lines = ['Jira requests per sync (counted by the emulator):'];
  for (const n of sizes) lines.push(` N=${n}`, ...(await sizeSection(n)));
  lines.push(' faults', ...(await faultSection(20_000)));
  return lines.join('\n');
}

export const runSyncRequestBench = (): Promise<string> => syncRequestReport([1000, 10_000]);

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  syncRequestReport(sizes.length > 0 ? sizes : [1000, 10_000])
    .then((report) => console.log(report))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
