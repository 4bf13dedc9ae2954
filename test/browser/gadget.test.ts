import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../local/harness/start-harness';
import { bodyBackground, launchBrowser, luminance, openWatchedPage, screenshot, type WatchedPage } from './helpers/browser';
import { requireLocalUiBuild, startTestHarness } from '../helpers/harness';
import { USERS } from '../helpers/demo-users';

jest.setTimeout(90_000);

/** The portfolio gadget in headless Chromium, as Jira's dashboard hosts it (the harness plays Jira). */
describe('portfolio gadget in the browser', () => {
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

  async function open(path: string, width: number): Promise<WatchedPage> {
    const w = await openWatchedPage(browser, { width, height: 700 });
    await w.page.goto(harness.url + path);
    return w;
  }
  /** Picks a select's option by typing: Enter only once the menu offers it, or Enter would submit the form instead. */
  async function choose(page: Page, input: string, option: string): Promise<void> {
    await page.locator(input).fill(option);
    await page.getByRole('option', { name: option }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }
  const horizontalOverflow = (w: WatchedPage): Promise<number> => w.page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [420, 1200]) {
      it(`fits ${width} px in the ${theme} theme without a horizontal scrollbar, dark from the first paint`, async () => {
        const w = await openWatchedPage(browser, { width, height: 700 });
        try {
          await w.page.goto(`${harness.url}/gadget?theme=${theme}`, { waitUntil: 'domcontentloaded' });
          // Before React renders anything: the page must already have the theme's background.
          const first = await w.page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
          // A transparent page paints the browser's white canvas.
          if (theme === 'dark') expect(/^rgba\(.*,\s*0\)$/.test(first) || first === 'transparent' ? 1 : luminance(first)).toBeLessThan(0.05);
          await w.page.getByTestId(width < 500 ? 'portfolio-cards' : 'portfolio-table').waitFor({ timeout: 20_000 });
          expect(await horizontalOverflow(w)).toBeLessThanOrEqual(0);
          const background = await bodyBackground(w.page);
          if (theme === 'dark') expect(luminance(background)).toBeLessThan(0.05);
          else expect(luminance(background)).toBeGreaterThan(0.9);
          expect(await w.page.getByTestId('portfolio-caption').innerText()).toBe('Figures cover the issues you may see.');
          await screenshot(w.page, `gadget-portfolio-${width}-${theme}`);
          expect(w.problems).toEqual([]);
        } finally {
          await w.close();
        }
      });
    }
  }

  it('shows a new gadget every squad the viewer may see, a total row, and sorts by any column', async () => {
    const w = await open('/gadget?gadget=fresh', 1200);
    try {
      await w.page.getByTestId('portfolio-table').waitFor({ timeout: 20_000 });
      const names = () => w.page.locator('tbody th').allInnerTexts();
      expect(await names()).toEqual(['Brand experiments squad', 'Growth squad', 'Platform squad']);
      expect(await w.page.getByTestId('portfolio-total').innerText()).toMatch(/^Total, 3 squads/);
      expect(await w.page.getByTestId('portfolio-updated').innerText()).toMatch(/^Updated \d{1,2}:\d{2}/);
      await w.page.getByTestId('sort-squad').click();
      expect(await names()).toEqual(['Platform squad', 'Growth squad', 'Brand experiments squad']);
      const pilots = async (): Promise<number[]> => (await w.page.locator('tbody tr td:nth-child(4)').allInnerTexts()).map(Number);
      await w.page.getByTestId('sort-pilots').click();
      const sorted = await pilots();
      expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
      // From the keyboard too: the sort buttons take focus and Enter; the header says how it is sorted.
      await w.page.getByTestId('sort-p85').focus();
      await w.page.keyboard.press('Enter');
      expect(await w.page.locator('thead th[aria-sort]').count()).toBe(1);
      expect(await w.page.locator('thead th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
      expect(await w.page.locator('thead th[aria-sort]').innerText()).toContain('Idea → Pilot');
      await w.page.keyboard.press('Enter');
      expect(await w.page.locator('thead th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      await w.page.getByTestId('portfolio-refresh').click();
      await w.page.getByTestId('portfolio-table').waitFor({ timeout: 20_000 });
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  for (const width of [420, 1200]) {
    it(`holds placeholders of the final height at ${width} px while the figures load (nothing below moves)`, async () => {
      const w = await openWatchedPage(browser, { width, height: 700 });
      try {
        let release = (): void => undefined;
        const gate = new Promise<void>((resolve) => (release = resolve));
        await w.page.route('**/api/invoke', async (route) => {
          if ((route.request().postData() ?? '').includes('portfolio.get')) await gate;
          await route.continue();
        });
        await w.page.goto(`${harness.url}/gadget?gadget=heights`);
        await w.page.getByTestId('portfolio-skeleton').waitFor({ timeout: 20_000 });
        const captionTop = (): Promise<number> => w.page.evaluate<number>("document.querySelector('[data-testid=portfolio-caption]').getBoundingClientRect().top");
        const before = await captionTop();
        release();
        await w.page.getByTestId(width < 500 ? 'portfolio-cards' : 'portfolio-table').waitFor({ timeout: 20_000 });
        expect(await captionTop()).toBe(before);
        // A refresh keeps the figures on screen (no placeholders again) and says it is updating.
        let releaseAgain = (): void => undefined;
        const again = new Promise<void>((resolve) => (releaseAgain = resolve));
        await w.page.unroute('**/api/invoke');
        await w.page.route('**/api/invoke', async (route) => {
          if ((route.request().postData() ?? '').includes('portfolio.get')) await again;
          await route.continue();
        });
        await w.page.getByTestId('portfolio-refresh').click();
        await w.page.getByText('Updating…').waitFor({ timeout: 10_000 });
        expect(await w.page.getByTestId('portfolio-skeleton').count()).toBe(0);
        expect(await w.page.getByTestId(width < 500 ? 'portfolio-cards' : 'portfolio-table').count()).toBe(1);
        releaseAgain();
        await w.page.getByText(/^Updated \d/).waitFor({ timeout: 20_000 });
        expect(w.problems).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  it('as mark (CMO, no IT) shows only the squads and issues he may see', async () => {
    const w = await open(`/gadget?as=${USERS.mark}`, 1200);
    try {
      await w.page.getByTestId('portfolio-table').waitFor({ timeout: 20_000 });
      expect(await w.page.locator('tbody th').allInnerTexts()).toEqual(['Brand experiments squad', 'Growth squad']);
      expect(await w.page.content()).not.toContain('Platform squad');
      await screenshot(w.page, 'gadget-portfolio-mark');
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('round-trips its settings through view.submit and the gadget context', async () => {
    const w = await open('/gadget/edit?gadget=g2', 520);
    try {
      await w.page.getByTestId('gadget-edit-form').waitFor({ timeout: 20_000 });
      await w.page.getByTestId('gadget-title').fill('IT portfolio');
      await choose(w.page, '#gadget-squads', 'Platform');
      await choose(w.page, '#gadget-period', 'Last month');
      await choose(w.page, '#gadget-headline', 'Idea → Live');
      await choose(w.page, '#gadget-layout', 'Compact');
      await screenshot(w.page, 'gadget-edit-filled');
      await w.page.getByTestId('gadget-save').click();
      await w.page.waitForURL(/\/gadget\?gadget=g2$/);
      await w.page.getByRole('heading', { name: 'IT portfolio' }).waitFor({ timeout: 20_000 });
      await w.page.getByTestId('portfolio-table').waitFor({ timeout: 20_000 });
      expect(await w.page.locator('tbody th').allInnerTexts()).toEqual(['Platform squad']);
      expect(await w.page.getByTestId('portfolio-period').innerText()).toMatch(/^Last month \(/);
      // Compact: squad, lead time, pilots, demand; the headers name the chosen pair.
      expect(await w.page.locator('thead th').allInnerTexts()).toEqual([expect.stringContaining('Squad'), expect.stringContaining('Idea → Live'), expect.stringContaining('Into Live'), expect.stringContaining('Demand vs capacity')]);
      // The dashboard keeps it, not the browser: the CIO opening the same gadget sees the same settings.
      const cio = await openWatchedPage(browser, { width: 1200, height: 700 });
      try {
        await cio.page.goto(`${harness.url}/gadget?gadget=g2&as=${USERS.carol}`);
        await cio.page.getByRole('heading', { name: 'IT portfolio' }).waitFor({ timeout: 20_000 });
        await cio.page.getByTestId('portfolio-table').waitFor({ timeout: 20_000 });
        expect(await cio.page.locator('tbody th').allInnerTexts()).toEqual(['Platform squad']);
        expect(cio.problems).toEqual([]);
      } finally {
        await cio.close();
      }
      await w.page.goto(`${harness.url}/gadget/edit?gadget=g2`);
      await w.page.getByTestId('gadget-edit-form').waitFor({ timeout: 20_000 });
      expect(await w.page.getByTestId('gadget-title').inputValue()).toBe('IT portfolio');
      const form = await w.page.getByTestId('gadget-edit-form').innerText();
      expect(form).toContain('Platform squad');
      expect(form).toContain('Last month');
      expect(form).toContain('Compact');
      expect(form).toContain('Idea → Live');
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('puts errors under their fields, never in browser bubbles', async () => {
    const w = await open('/gadget/edit?gadget=g3', 520);
    try {
      await w.page.getByTestId('gadget-edit-form').waitFor({ timeout: 20_000 });
      expect(await w.page.getByTestId('gadget-edit-form').getAttribute('novalidate')).not.toBeNull();
      // Required fields say so in their label and to screen readers, with no attribute a browser would bubble about.
      expect(await w.page.locator('form [required]').count()).toBe(0);
      expect(await w.page.locator('form [aria-required="true"]').count()).toBe(2);
      await choose(w.page, '#gadget-headline', 'Prototype → Pilot');
      await choose(w.page, '#gadget-squads', 'Platform');
      await w.page.getByTestId('gadget-title').fill('');
      await w.page.getByTestId('gadget-save').click();
      await w.page.getByText('Give the gadget a title.').waitFor({ timeout: 10_000 });
      await w.page.getByTestId('gadget-headline-error').waitFor({ timeout: 10_000 });
      expect(await w.page.getByTestId('gadget-headline-error').innerText()).toContain('None of the chosen squads has the stages Prototype → Pilot');
      expect(w.page.url()).toMatch(/\/gadget\/edit\?gadget=g3$/);
      await screenshot(w.page, 'gadget-edit-errors');
    } finally {
      await w.close();
    }
  });

  it('opens a squad’s speed metrics from its row', async () => {
    const w = await open('/gadget?theme=dark', 1200);
    try {
      await w.page.getByTestId('portfolio-table').waitFor({ timeout: 20_000 });
      await w.page.getByRole('button', { name: 'Platform squad' }).click();
      await w.page.waitForURL(/\/metrics\?project=IT&squad=platform&theme=dark$/);
      await w.page.getByRole('heading', { name: 'Speed metrics' }).waitFor({ timeout: 20_000 });
    } finally {
      await w.close();
    }
  });
});
