import type { Browser } from 'playwright-core';
import type { Harness } from '../../local/harness/start-harness';
import { appliedColorMode, bodyBackground, launchBrowser, luminance, openWatchedPage, screenshot, type WatchedPage } from './helpers/browser';
import { USERS } from '../helpers/demo-users';
import { postInvoke, requireLocalUiBuild, startTestHarness } from '../helpers/harness';
import { forgeCalls, installFakeForgeHost, serveForgeResource, type FakeForgeContext } from './helpers/forge-host';

jest.setTimeout(60_000);

interface PageCase {
  name: string;
  path: string;
  heading: RegExp;
  /** Text that only a rendered page shows (not the HTML shell). */
  content: RegExp;
  /** Pages built on PageFrame show `app.info`'s answer; the admin page is its owner's to shape. */
  appInfo: boolean;
  /** Gadgets and issue panels live in narrow frames. */
  width?: number;
}

const PAGES: PageCase[] = [
  { name: 'board', path: '/board?project=MKT', heading: /^Squad board$/, content: /Project MKT/, appInfo: true },
  { name: 'metrics', path: '/metrics?project=IT', heading: /^Speed metrics$/, content: /Idea → Pilot lead time/, appInfo: true },
  { name: 'gadget', path: '/gadget', heading: /^SquadFlow portfolio$/, content: /Figures cover the issues you may see/, appInfo: true, width: 520 },
  { name: 'gadget-edit', path: '/gadget/edit', heading: /^Configure SquadFlow portfolio$/, content: /Refresh every \(minutes\)/, appInfo: true, width: 520 },
  { name: 'issue', path: '/issue/MKT-1', heading: /^SquadFlow$/, content: /MKT-1/, appInfo: true, width: 420 },
  { name: 'admin', path: '/admin', heading: /\S/, content: /Growth squad/, appInfo: false },
];

describe('Custom UI pages in headless Chromium', () => {
  let harness: Harness;
  let browser: Browser;

  beforeAll(async () => {
    requireLocalUiBuild();
    [harness, browser] = await Promise.all([startTestHarness(), launchBrowser()]);
    await harness.idle(); // the demo squad's backfill, so pages show synced data
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  async function open(path: string, width?: number): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, width === undefined ? {} : { width, height: 600 });
    await watched.page.goto(harness.url + path);
    return watched;
  }

  for (const theme of ['light', 'dark'] as const) {
    for (const p of PAGES) {
      it(`renders ${p.name} (${theme}) with a heading and resolver data, without console errors`, async () => {
        const w = await open(`${p.path}${p.path.includes('?') ? '&' : '?'}theme=${theme}`, p.width);
        try {
          const h1 = w.page.locator('h1').first();
          await h1.waitFor({ timeout: 15_000 });
          expect(await h1.innerText()).toMatch(p.heading);
          await w.page.getByText(p.content).first().waitFor({ timeout: 15_000 });
          if (p.appInfo) {
            const status = w.page.getByTestId('app-status');
            await status.waitFor({ timeout: 15_000 });
            expect(await status.innerText()).toMatch(/Connected\s+SquadFlow 0\.1\.0 · Local Jira emulator/);
          }
          expect(await appliedColorMode(w.page)).toBe(theme);
          const background = await bodyBackground(w.page);
          if (theme === 'dark') expect(luminance(background)).toBeLessThan(0.05);
          else expect(luminance(background)).toBeGreaterThan(0.9);
          await screenshot(w.page, `${p.name}-${theme}`);
          expect(w.problems).toEqual([]);
        } finally {
          await w.close();
        }
      });
    }
  }

  it('shows the demo squad’s headline lead time as metrics.get computes it', async () => {
    const payload = { squadId: 'growth', includeItems: false, window: { lastDays: 90 } };
    const answer = await postInvoke(harness.url, JSON.stringify({ functionKey: 'metrics.get', payload, context: { accountId: USERS.alice, moduleKey: 'squadflow-project', projectKey: 'MKT' } }));
    const lead = (answer.json as { data: { metrics: { leadTime: { p50: number; count: number } } } }).data.metrics.leadTime;
    expect(lead.count).toBeGreaterThan(5);
    const w = await open('/metrics?project=MKT&squad=growth');
    try {
      const p50 = w.page.getByTestId('tile-lead-time-value');
      await p50.waitFor({ timeout: 15_000 });
      expect(await p50.innerText()).toBe(lead.p50 < 10 ? `${lead.p50.toFixed(1)} d` : `${Math.round(lead.p50)} d`);
      expect(await w.page.getByTestId('tile-lead-time').innerText()).toContain(`n = ${lead.count}`);
      await screenshot(w.page, 'metrics-headline');
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('shows field errors in the gadget form instead of submitting', async () => {
    const w = await open('/gadget/edit');
    try {
      await w.page.getByTestId('gadget-refresh').fill('2');
      await w.page.getByTestId('gadget-save').click();
      await w.page.getByText('Refresh every 5 to 1440 minutes.').waitFor({ timeout: 15_000 });
      expect(w.page.url()).toMatch(/\/gadget\/edit$/);
      await screenshot(w.page, 'gadget-edit-invalid');
    } finally {
      await w.close();
    }
  });

  it('shows a resolver error as an Atlaskit error banner with its fields, and retries', async () => {
    const w = await open('/board');
    try {
      // The first load's own calls must be over before the failure is armed: goto returns at the
      // load event, before the page's resolver calls, and one of those could take the failure
      // meant for the reloaded page (then no banner shows: this failed about one run in three).
      await w.page.waitForLoadState('networkidle');
      let calls = 0;
      await w.page.route('**/api/invoke', async (route) => {
        calls += 1;
        if (calls > 1) return route.continue();
        await route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'BAD_REQUEST', message: 'Invalid payload for app.info', details: { fields: [{ path: 'squadId', message: 'must not be empty' }] } } }),
        });
      });
      await w.page.reload();
      const banner = w.page.getByTestId('error-banner');
      await banner.waitFor({ timeout: 15_000 });
      const text = await banner.innerText();
      expect(text).toContain('Some settings need a change');
      expect(text).toContain('Squad: must not be empty');
      expect(text).not.toContain('Code BAD_REQUEST');
      await screenshot(w.page, 'board-error-banner');
      await w.page.getByRole('button', { name: 'Try again' }).click();
      await w.page.getByTestId('app-status').waitFor({ timeout: 15_000 });
      // The retry asks again (the board then reads its squad and cards too) and the banner is gone.
      expect(calls).toBeGreaterThanOrEqual(2);
      expect(await banner.count()).toBe(0);
    } finally {
      await w.close();
    }
  });
});

/**
 * The Forge build (static/dist/app, what manifest.yml's `main` resource uploads) under a stand-in
 * for Jira's side of @forge/bridge: one resource, routed by moduleKey, sub-page route and entry point.
 */
describe('Forge build routed by module context', () => {
  let browser: Browser;
  let resource: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    [resource, browser] = await Promise.all([serveForgeResource(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await resource?.close();
  });

  const appInfo = (moduleKey: string, projectKey: string | null) => ({ ok: true, data: { app: 'SquadFlow', version: '0.1.0', moduleKey, projectKey, mode: 'forge' } });

  async function openModule(context: FakeForgeContext, pathname?: string, width?: number): Promise<WatchedPage> {
    const w = await openWatchedPage(browser, width === undefined ? {} : { width, height: 600 });
    const project = context.extension['project'] as { key?: string } | undefined;
    const answers = {
      'app.info': appInfo(context.moduleKey, project?.key ?? null),
      'squads.list': { ok: true, data: { squads: [], access: { isJiraAdmin: false, administersSomeProject: false } } },
      // The speed-metrics page's first view in one call (metrics.page): no squad covers the project.
      'metrics.page': { ok: true, data: { squads: [], choice: { kind: 'none' } } },
      // The board's first view in one call (board.page): no squad covers the project.
      'board.page': { ok: true, data: { squads: [], choice: { kind: 'none' } } },
    };
    await installFakeForgeHost(w.page, { context, ...(pathname === undefined ? {} : { pathname }), answers });
    await w.page.goto(resource.url);
    return w;
  }

  it('opens the project page on its metrics route in Jira’s dark theme', async () => {
    const w = await openModule({ moduleKey: 'squadflow-project', accountId: 'acc-1', extension: { type: 'jira:projectPage', project: { key: 'MKT' } }, theme: { colorMode: 'dark' } }, '/metrics');
    try {
      await w.page.getByRole('heading', { name: 'Speed metrics' }).waitFor({ timeout: 15_000 });
      await w.page.getByTestId('metrics-empty').waitFor({ timeout: 15_000 });
      expect(await w.page.getByTestId('error-banner').count()).toBe(0);
      const status = w.page.getByTestId('app-status');
      await status.waitFor({ timeout: 15_000 });
      expect(await status.innerText()).toMatch(/SquadFlow 0\.1\.0 · Jira Cloud · project MKT · module squadflow-project/);
      expect(await appliedColorMode(w.page)).toBe('dark');
      const cmds = (await forgeCalls(w.page)).map((c) => c.cmd);
      expect(cmds).toEqual(expect.arrayContaining(['getContext', 'createHistory', 'enableTheming', 'invoke']));
      await screenshot(w.page, 'forge-metrics-dark');
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('opens the board when Jira opens the project page without a sub-page route', async () => {
    const w = await openModule({ moduleKey: 'squadflow-project', extension: { project: { key: 'IT' } }, theme: { colorMode: 'light' } }, '/');
    try {
      await w.page.getByRole('heading', { name: 'Squad board' }).waitFor({ timeout: 15_000 });
      await w.page.getByText('Project IT', { exact: true }).waitFor();
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('opens the gadget edit view with the saved configuration and submits it with view.submit', async () => {
    const saved = { title: 'CIO view', refresh: 60, period: 'last-month', layout: 'compact' };
    const w = await openModule({ moduleKey: 'squadflow-gadget', extension: { entryPoint: 'edit', gadgetConfiguration: saved } }, undefined, 520);
    try {
      const title = w.page.getByTestId('gadget-title');
      await title.waitFor({ timeout: 15_000 });
      expect(await title.inputValue()).toBe('CIO view');
      await w.page.getByTestId('gadget-save').click();
      await w.page.waitForFunction('window.__forgeCalls.some((c) => c.cmd === "submit")', undefined, { timeout: 10_000 });
      // Every setting comes back as Jira handed it over: the gadget context round-trips through view.submit.
      expect((await forgeCalls(w.page)).filter((c) => c.cmd === 'submit').map((c) => c.payload)).toEqual([saved]);
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('opens the issue panel on the issue Jira names', async () => {
    const w = await openModule({ moduleKey: 'squadflow-issue-panel', extension: { issue: { key: 'IT-9', id: '10009' }, project: { key: 'IT' } } }, undefined, 420);
    try {
      await w.page.getByText('IT-9').first().waitFor({ timeout: 15_000 });
      await w.page.getByTestId('app-status').waitFor({ timeout: 15_000 });
      await screenshot(w.page, 'forge-issue-panel');
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('says so when opened for a module key the app does not declare', async () => {
    const w = await openModule({ moduleKey: 'squadflow-unknown', extension: {} });
    try {
      await w.page.getByTestId('unknown-module').waitFor({ timeout: 15_000 });
      expect(await w.page.getByTestId('unknown-module').innerText()).toContain('squadflow-unknown');
    } finally {
      await w.close();
    }
  });
});
