import { cpus } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Machine-wide CPU use (0–1 of all cores) over the next `ms`. */
async function machineBusy(ms: number): Promise<number> {
  const total = (): { busy: number; all: number } =>
    cpus().reduce(
      (sum, c) => {
        const all = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
        return { busy: sum.busy + all - c.times.idle, all: sum.all + all };
      },
      { busy: 0, all: 0 },
    );
  const a = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = total();
  return b.all === a.all ? 0 : (b.busy - a.busy) / (b.all - a.all);
}

/** Quiet enough to start a timed page load: under a third of the machine busy. */
const QUIET = 0.33;
const SETTLE_MAX_MS = 5_000;

/**
 * A browser window (tab) that is open and idle, for a timed navigation. Headless Chromium 156
 * builds each new window's own interface as it opens: its omnibox popup is two WebUI pages in a
 * renderer of their own, about 1.5 s of CPU over the next two seconds. Timed from a brand-new
 * window, a page load on the 2-core machine shared the CPU with that (the panel's first render
 * measured 2.5 s instead of 1.7 s, the page's own work the same). A Jira user opens a page in a
 * tab that is already open, so the window is opened on about:blank and the bench waits until the
 * machine is quiet (at most 5 s) before the caller navigates. Nothing else carries over: with a
 * `Browser` the page is in a fresh context (empty HTTP cache, nothing compiled).
 */
/** With a `BrowserContext`, the page takes the context's viewport. */
export async function openSettledWindow(where: Browser | BrowserContext, viewport: { width: number; height: number }): Promise<Page> {
  const page = 'contexts' in where ? await where.newPage({ viewport }) : await where.newPage();
  await page.goto('about:blank');
  const until = Date.now() + SETTLE_MAX_MS;
  while (Date.now() < until && (await machineBusy(250)) > QUIET);
  return page;
}
