import { startHarness } from '../local/harness/start-harness';
import { silentLogger } from '../src/ports/logger';

/**
 * `tsx bench/harness-process.ts <issues>`: the local harness in a process of its own (as `npm start`
 * runs it, but with an in-memory store and the growth squad only), so the load generator does not
 * share its event loop. Prints one JSON line `{url, backfillMs}` once the backfill is published,
 * then serves until stdin closes.
 */
async function main(): Promise<void> {
  const issues = Number(process.argv[2] ?? 1500);
  const start = performance.now();
  const harness = await startHarness({ port: 0, demoIssues: issues, seed: 7, dataDir: null, log: silentLogger, queueTimeScale: 0, seedDemoSquad: 'growth' });
  await harness.idle();
  process.stdout.write(`${JSON.stringify({ url: harness.url, backfillMs: performance.now() - start })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void harness.close().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
