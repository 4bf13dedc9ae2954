import { createJiraEmulator } from '../local/jira-emulator';

/**
 * `tsx bench/emulator-process.ts <issues> <seed> <nowMs>`: the Jira emulator alone in a process, as
 * Jira is to a Forge app: another machine's work. The burst runs the harness against it
 * (`startHarness({jiraUrl})`), so the harness's CPU is the app's. Prints `{url}` once listening;
 * exits when stdin closes.
 */
async function main(): Promise<void> {
  const [issues, seed, nowMs] = process.argv.slice(2).map(Number) as [number, number, number];
  const emulator = createJiraEmulator({ issueCount: issues, seed, nowMs });
  const running = await emulator.listen(0);
  process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void running.close().then(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
