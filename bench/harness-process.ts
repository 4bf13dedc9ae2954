import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createInterface } from 'node:readline';
import { startHarness } from '../local/harness/start-harness';
import { deleteCachedAnswers } from '../src/store/answer-cache';
import { silentLogger } from '../src/ports/logger';
import { HARNESS_SEED } from './bench-seed';

/**
 * `tsx bench/harness-process.ts <issues> [<jira url>]`: the local harness in a process of its own (as
 * `npm start` runs it, but with an in-memory store and the growth squad only), so the load generator
 * does not share its event loop; with a Jira URL, against an emulator in yet another process
 * (bench/emulator-process.ts, seed HARNESS_SEED). Prints one JSON line `{url, backfillMs}` once the backfill is published
 * and the background work after it (the answer-cache warm included) is done, then serves until
 * stdin closes. A line `cold` on stdin empties the squad's answer cache (as it is right after a
 * publish, before any warm) and answers `{"cold":true}`, so the bench can time a truly cold call.
 * A line `cpu` answers `{"cpu":{user,system}}` (process.cpuUsage(), µs): the bench divides the
 * difference over a burst by its calls, a figure other work on the machine barely moves.
 * `profile start` and `profile stop <file>` take a V8 CPU profile of this process in between
 * (answering `{"profiling":true}` and `{"profile":"<file>"}`).
 */
async function main(): Promise<void> {
  const issues = Number(process.argv[2] ?? 1500);
  const jiraUrl = process.argv[3];
  const start = performance.now();
  const harness = await startHarness({ port: 0, demoIssues: issues, seed: HARNESS_SEED, dataDir: null, log: silentLogger, queueTimeScale: 0, seedDemoSquad: 'growth', ...(jiraUrl === undefined ? {} : { jiraUrl }) });
  await harness.idle();
  process.stdout.write(`${JSON.stringify({ url: harness.url, backfillMs: performance.now() - start })}\n`);
  const commands = createInterface({ input: process.stdin });
  const answer = (o: unknown): void => void process.stdout.write(`${JSON.stringify(o)}\n`);
  let session: Session | null = null;
  commands.on('line', (line) => {
    const [command, arg] = line.trim().split(/\s+/, 2);
    if (command === 'cold') void deleteCachedAnswers(harness.deps.store, 'growth').then(() => answer({ cold: true }));
    else if (command === 'cpu') answer({ cpu: process.cpuUsage() });
    else if (command === 'profile' && arg === 'start') {
      session = new Session();
      session.connect();
      session.post('Profiler.enable', () => session?.post('Profiler.start', () => answer({ profiling: true })));
    } else if (command === 'profile' && arg === 'stop') {
      const file = line.trim().split(/\s+/)[2] ?? 'harness.cpuprofile';
      session?.post('Profiler.stop', (err, result) => {
        if (err === null) writeFileSync(file, JSON.stringify(result.profile));
        session?.disconnect();
        session = null;
        answer({ profile: file });
      });
    }
  });
  commands.on('close', () => {
    void harness.close().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
