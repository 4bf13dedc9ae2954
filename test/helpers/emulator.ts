import type { JiraEmulatorOptions } from '../../local/jira-emulator/create-emulator';
import { startTestEmulator, type TestEmulator } from '../../local/jira-emulator/testing/test-client';

/**
 * One test emulator for the enclosing `describe`: started before its first test, closed after its
 * last. Call the returned function inside hooks and tests (the emulator exists only from then on).
 *
 * @example const env = useTestEmulator(); it('…', async () => { await env().as('alice')('GET', '/rest/api/3/myself'); });
 */
export function useTestEmulator(options: JiraEmulatorOptions = {}): () => TestEmulator {
  let env: TestEmulator | undefined;
  beforeAll(async () => {
    env = await startTestEmulator(options);
  });
  afterAll(async () => {
    await env?.running.close();
  });
  return () => {
    if (env === undefined) throw new Error('useTestEmulator: the emulator starts in beforeAll; use it inside hooks and tests');
    return env;
  };
}
