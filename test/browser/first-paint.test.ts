import type { Browser } from 'playwright-core';
import type { Harness } from '../../local/harness/start-harness';
import { launchBrowser, luminance } from './helpers/browser';
import { frameBackgrounds, lightPixelShare, recordFrameBackgrounds, screenshotsUntilThemed, type FrameBackground } from './helpers/first-paint';
import { installFakeForgeHost, serveForgeResource } from './helpers/forge-host';
import { requireLocalUiBuild, startTestHarness } from '../helpers/harness';
import { USERS } from '../helpers/demo-users';

jest.setTimeout(60_000);

/** A painted colour's luminance; the bare canvas is white unless the page declared a dark scheme. */
function paintedLuminance(f: FrameBackground): number {
  if (f.painted === 'canvas-light') return 1;
  if (f.painted === 'canvas-dark') return 0;
  return luminance(f.painted);
}

const PAGES = ['/metrics?project=MKT', '/board?project=MKT', '/admin', '/gadget', '/issue/MKT-1'];

describe('first paint follows the theme (issue 13.8) and pages log nothing (13.10)', () => {
  let harness: Harness;
  let browser: Browser;
  beforeAll(async () => {
    requireLocalUiBuild();
    [harness, browser] = await Promise.all([startTestHarness(), launchBrowser()]);
    await harness.idle();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  for (const theme of ['dark', 'light'] as const) {
    // Every page in the dark theme (where a flash shows); two in the light theme.
    for (const path of theme === 'dark' ? PAGES : PAGES.slice(0, 3)) {
      it(`${path} in the ${theme} theme: every frame before and after the theme applies is ${theme}, and the console stays empty`, async () => {
        const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
        const page = await context.newPage();
        const consoleLines: string[] = [];
        page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => consoleLines.push(`uncaught: ${e.message}`));
        try {
          await recordFrameBackgrounds(page);
          await page.goto(`${harness.url}${path}${path.includes('?') ? '&' : '?'}theme=${theme}`, { waitUntil: 'commit' });
          // Screenshots from the first byte until the theme is applied: no light pixel in the dark theme.
          const shots = await screenshotsUntilThemed(page);
          await page.locator('h1').first().waitFor({ timeout: 15_000 });
          await page.waitForFunction('window.__frameBackgrounds.filter((f) => f.themed).length >= 3');
          const frames = await frameBackgrounds(page);
          expect(frames.length).toBeGreaterThan(1);
          expect(frames.some((f) => !f.themed)).toBe(true); // the recorder saw the page before the theme applied
          for (const f of frames) {
            if (theme === 'dark') expect(paintedLuminance(f)).toBeLessThan(0.05);
            else expect(paintedLuminance(f)).toBeGreaterThan(0.9);
          }
          if (theme === 'dark') {
            const shares = await Promise.all(shots.slice(0, -1).map((png) => lightPixelShare(browser, png)));
            expect(shares.every((s) => s === 0)).toBe(true);
          }
          await page.waitForLoadState('networkidle');
          expect(consoleLines).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('the Forge build stays transparent until Jira hands over the colour mode, then paints the dark surface', async () => {
    const resource = await serveForgeResource();
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    try {
      await installFakeForgeHost(page, {
        context: { moduleKey: 'squadflow-admin', accountId: USERS.alice, extension: { type: 'jira:adminPage' }, theme: { colorMode: 'dark' } },
        answers: {
          'app.info': { ok: true, data: { app: 'SquadFlow', version: '0.1.0', moduleKey: 'squadflow-admin', projectKey: null, mode: 'forge' } },
          'squads.list': { ok: true, data: { squads: [], access: { isJiraAdmin: true, administersSomeProject: true } } },
        },
      });
      await recordFrameBackgrounds(page);
      await page.goto(resource.url);
      await page.waitForFunction('window.__frameBackgrounds.filter((f) => f.themed).length >= 3');
      const frames = await frameBackgrounds(page);
      const before = frames.filter((f) => !f.themed);
      expect(before.length).toBeGreaterThan(0);
      for (const f of before) expect({ html: f.html, body: f.body }).toEqual({ html: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)' });
      const after = frames.filter((f) => f.themed).at(-1) as FrameBackground;
      expect(luminance(after.body)).toBeLessThan(0.05);
      expect(consoleLines.filter((l) => !l.includes('squads.list'))).toEqual([]);
    } finally {
      await context.close();
      await resource.close();
    }
  });
});
