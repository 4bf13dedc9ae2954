import type { Browser, Page } from 'playwright-core';

/**
 * Records, on every animation frame from the moment the document exists until two frames after
 * the theme applied (`data-color-mode` on <html>), what the page paints behind everything: the
 * body's background if it has one, else the html element's, else the canvas (white unless the page
 * declares a dark colour scheme). Installed before any page script runs.
 */
export async function recordFrameBackgrounds(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const frames = [];
    window.__frameBackgrounds = frames;
    let after = 0;
    const transparent = (c) => c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
    const sample = () => {
      const html = document.documentElement;
      if (html) {
        const hs = getComputedStyle(html);
        const bodyBg = document.body ? getComputedStyle(document.body).backgroundColor : 'rgba(0, 0, 0, 0)';
        const canvas = hs.colorScheme.includes('dark') ? 'canvas-dark' : 'canvas-light';
        const painted = !transparent(bodyBg) ? bodyBg : !transparent(hs.backgroundColor) ? hs.backgroundColor : canvas;
        frames.push({ painted, html: hs.backgroundColor, body: bodyBg, themed: html.hasAttribute('data-color-mode') });
        if (html.hasAttribute('data-color-mode')) after++;
      }
      if (after < 3 && frames.length < 2000) requestAnimationFrame(sample);
    };
    sample();
  })();`);
}

export interface FrameBackground {
  painted: string;
  html: string;
  body: string;
  themed: boolean;
}

export async function frameBackgrounds(page: Page): Promise<FrameBackground[]> {
  return page.evaluate<FrameBackground[]>('window.__frameBackgrounds');
}

/**
 * Share of light pixels (relative luminance > 0.5) in a PNG screenshot, decoded by the browser
 * itself (no image library needed): a canvas in a blank page of the same browser.
 */
export async function lightPixelShare(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    // A string, as the tests compile without the DOM library.
    return await page.evaluate<number>(`(async () => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(png.toString('base64'))}), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const lin = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      let light = 0, total = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        total++;
        if (0.2126 * lin(data[i]) + 0.7152 * lin(data[i + 1]) + 0.0722 * lin(data[i + 2]) > 0.5) light++;
      }
      return total === 0 ? 0 : light / total;
    })()`);
  } finally {
    await page.close();
  }
}

/**
 * Screenshots from the first byte until the theme applies (at most `max`). Chromium refuses a
 * capture while the compositor has no frame yet ("Unable to capture screenshot"), which on a cold
 * machine happens in the first moments after commit: such a moment has painted nothing, so it is
 * skipped rather than failed. The recorder above still sees every frame that did paint.
 */
export async function screenshotsUntilThemed(page: Page, max = 12): Promise<Buffer[]> {
  const shots: Buffer[] = [];
  for (let i = 0; i < max * 3 && shots.length < max; i++) {
    try {
      shots.push(await page.screenshot({ type: 'png', timeout: 5_000 }));
    } catch (e) {
      if (!String(e).includes('Unable to capture screenshot')) throw e;
      await page.waitForTimeout(50);
      continue;
    }
    const themed = await page
      .evaluate<boolean>('document.documentElement.hasAttribute("data-color-mode")')
      .catch(() => false);
    if (themed && shots.length > 1) break;
  }
  return shots;
}
