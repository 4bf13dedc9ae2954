import { createJiraEmulator } from './create-emulator';

/** `tsx local/jira-emulator/main.ts`: the emulator alone on PORT (default 4010). */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4010);
  const startedMs = Date.now();
  const emulator = createJiraEmulator();
  const running = await emulator.listen(port);
  console.log(`Jira emulator: ${emulator.issueCount} issues (seed ${emulator.seed}) in ${Date.now() - startedMs} ms, at ${running.url}`);
  for (const u of [...emulator.users, emulator.appUser]) console.log(`  ${u.handle.padEnd(6)} ${u.email} / ${u.apiToken}  ${u.role}`);
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
