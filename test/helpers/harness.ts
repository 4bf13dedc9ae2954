import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../src/ports/logger';
import { startHarness, type Harness, type HarnessOptions } from '../../local/harness/start-harness';

/** Fixed "now" for tests: the emulator's history ends here and resolvers see this time. */
export const TEST_NOW_MS = Date.parse('2025-06-30T12:00:00Z');
export const LOCAL_UI_DIR = join(__dirname, '..', '..', 'static', 'dist', 'local');

/**
 * An in-process harness on a free port with a small emulator (120 issues) and an in-memory store:
 * fast and independent of anything on disk except the UI build it is pointed at. Queue delays run
 * at once, so `await harness.idle()` returns when the demo squad's backfill and cleanup are done.
 */
export function startTestHarness(overrides: HarnessOptions = {}): Promise<Harness> {
  return startHarness({ port: 0, demoIssues: 120, seed: 7, dataDir: null, nowMs: TEST_NOW_MS, log: silentLogger, queueTimeScale: 0, ...overrides });
}

/** The browser tests need the local UI build; say how to make it instead of failing obscurely. */
export function requireLocalUiBuild(): string {
  if (!existsSync(join(LOCAL_UI_DIR, 'index.html'))) {
    throw new Error(`No local UI build in ${LOCAL_UI_DIR}: run \`npm run build:ui:local\` first (npm run test:browser does).`);
  }
  return LOCAL_UI_DIR;
}

/** POST /api/invoke with a raw body; answers the status and parsed JSON. */
export async function postInvoke(url: string, body: string, contentType = 'application/json'): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}/api/invoke`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  return { status: res.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
}
