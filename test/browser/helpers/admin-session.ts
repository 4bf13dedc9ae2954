import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../../local/harness/start-harness';
import type { SquadConfig } from '../../../src/contract';
import { postInvoke, requireLocalUiBuild, startTestHarness } from '../../helpers/harness';
import { USERS } from '../../helpers/demo-users';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser';

export interface AdminSession {
  harness(): Harness;
  /** Opens `path` of the harness in a fresh, watched 1280×900 page (closed after the test). */
  open(path: string): Promise<Page>;
  /** What the page opened by this test complained about (empty when nothing was opened). */
  problems(): string[];
  /** `squads.get` as alice (the Jira admin), straight through the invoke API. */
  getSquad(squadId: string): Promise<{ config: SquadConfig; revision: number }>;
}

/**
 * For the admin page's browser tests: one harness (with the demo squad synced) and one browser for
 * the enclosing `describe`, and one watched page per test.
 */
export function useAdminSession(): AdminSession {
  let harness: Harness | undefined;
  let browser: Browser | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    requireLocalUiBuild();
    [harness, browser] = await Promise.all([startTestHarness(), launchBrowser()]);
    await harness.idle();
  });
  afterEach(async () => {
    await watched?.close();
    watched = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });
  const started = (): { harness: Harness; browser: Browser } => {
    if (harness === undefined || browser === undefined) throw new Error('useAdminSession: the harness starts in beforeAll; use it inside tests');
    return { harness, browser };
  };
  return {
    harness: () => started().harness,
    async open(path) {
      const s = started();
      watched = await openWatchedPage(s.browser, { width: 1280, height: 900 });
      await watched.page.goto(s.harness.url + path);
      return watched.page;
    },
    problems: () => watched?.problems ?? [],
    async getSquad(squadId) {
      const res = await postInvoke(started().harness.url, JSON.stringify({ functionKey: 'squads.get', payload: { squadId }, context: { accountId: USERS.alice } }));
      return (res.json as { data: { config: SquadConfig; revision: number } }).data;
    },
  };
}
