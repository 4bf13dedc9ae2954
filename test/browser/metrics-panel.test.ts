import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../local/harness/start-harness';
import { USERS } from '../helpers/demo-users';
import { requireLocalUiBuild, startTestHarness } from '../helpers/harness';
import { launchBrowser, openWatchedPage, screenshot, type WatchedPage } from './helpers/browser';

jest.setTimeout(240_000);

/** Charts that draw whenever the squad has finished and in-progress items in the range. */
const CHARTS = ['scatter', 'histogram', 'throughput', 'cfd', 'wip', 'aging', 'time-in-stage', 'efficiency'];
const IT_KEY = /\bIT-\d+\b/;

/** RFC 4180 parsing (quoted cells with commas, quotes and line breaks), to check the CSV opens cleanly. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('speed-metrics panel in headless Chromium', () => {
  let harness: Harness;
  let browser: Browser;
  let w: WatchedPage | undefined;

  beforeAll(async () => {
    requireLocalUiBuild();
    [harness, browser] = await Promise.all([startTestHarness(), launchBrowser()]);
    await harness.idle();
  });
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    w = await openWatchedPage(browser, { width, height: 900 });
    await w.page.goto(harness.url + path);
    await w.page.getByTestId('headline-tiles').waitFor({ timeout: 60_000 });
    return w.page;
  }

  async function waitForCharts(page: Page): Promise<void> {
    for (const id of CHARTS) {
      await page.locator(`[data-testid="echart-${id}"] [data-drawn="true"]`).waitFor({ timeout: 60_000 });
    }
  }

  async function download(page: Page, testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = await file.path();
    return readFileSync(path, 'utf8');
  }

  it('draws every chart for the demo squad, names the squad and says what the figures cover', async () => {
    const page = await open('/metrics?project=MKT&squad=growth&range=365');
    await waitForCharts(page);
    const handoffs = page.getByTestId('chart-handoffs');
    expect(await handoffs.locator('[data-drawn="true"], [data-testid="chart-handoffs-empty"]').count()).toBe(1);
    expect(await page.getByTestId('metrics-squad-heading').innerText()).toBe('Growth squad');
    expect(await page.getByTestId('metrics-caption').innerText()).toMatch(/issues you may see/);
    expect(await page.getByTestId('tile-lead-time-value').innerText()).toMatch(/^\d+(\.\d)? d$/);
    expect(await page.getByTestId('forecast-how-many').innerText()).toMatch(/^85% chance of \d+ or more items reaching Pilot by \d+ \w{3} \d{4}\.$/);
    const confidences = await page.locator('[data-testid="forecast-table--body"] [data-testid="forecast-table--cell-0"]').allInnerTexts();
    expect(confidences).toEqual(['50%', '70%', '85%', '95%']);
    await screenshot(page, 'metrics-panel-light');
    expect(w?.problems).toEqual([]);
  });

  it('makes one call for the first view, asked at boot and taken by the page, never twice', async () => {
    w = await openWatchedPage(browser, { width: 1280, height: 900 });
    const asked: string[] = [];
    w.page.on('request', (req) => {
      if (req.url().endsWith('/api/invoke')) {
        const body = req.postDataJSON() as { functionKey: string; payload: unknown };
        asked.push(JSON.stringify([body.functionKey, body.payload]));
      }
    });
    await w.page.goto(`${harness.url}/metrics?project=MKT&squad=growth&range=365`);
    await waitForCharts(w.page);
    // One call for the whole first view (asked by the boot code, taken by the page); the page
    // frame's status line asks app.info.
    const functions = asked.map((q) => (JSON.parse(q) as [string])[0]);
    expect(functions.filter((f) => f !== 'app.info')).toEqual(['metrics.page']);
    expect(asked.filter((q, i) => asked.indexOf(q) !== i)).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  it('updates the charts without a reload when a control changes, and keeps it in the URL', async () => {
    const page = await open('/metrics?project=MKT&squad=growth&range=365');
    await waitForCharts(page);
    // A marker on the window survives only if the page is not reloaded.
    await page.evaluate('window.sameDocument = true');
    const subtitle = page.getByTestId('chart-scatter-subtitle');
    const before = await subtitle.innerText();
    await page.locator('#metrics-range').click();
    await page.getByText('Last 180 days', { exact: true }).click();
    await page.waitForFunction(`document.querySelector('[data-testid="chart-scatter-subtitle"]')?.textContent !== ${JSON.stringify(before)}`);
    expect(await subtitle.innerText()).not.toBe(before);
    expect(page.url()).toContain('range=180');
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    await page.getByLabel('Quick wins only').check();
    await page.waitForFunction('/quickwins=1/.test(window.location.search)');
    await page.locator('[data-testid="metrics-updating"]').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    expect(w?.problems).toEqual([]);
  });

  it("reads a large squad's further scatterplot rows after the first paint, says when they fail and reads them again", async () => {
    // The first answer is made to carry only a first page of 20 rows (as a squad with more finished
    // items than the first page holds gets); the rest come from the real resolver, after one failure.
    const FIRST = 20;
    let total = 0;
    let further = 0;
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    w = await openWatchedPage(browser, { width: 1280, height: 900 });
    const page = w.page;
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { functionKey?: string; payload?: { rows?: string; page?: { offset: number } } };
      if (body.functionKey === 'metrics.page') {
        type Answer = { metrics: { items: unknown[] }; data: { rowsTotal: { items: number } } };
        const real = (await (await route.fetch()).json()) as { ok: true; data: { choice: { answer: { data: Answer } } } };
        const answer = real.data.choice.answer.data;
        total = answer.data.rowsTotal.items;
        answer.metrics.items = answer.metrics.items.slice(0, FIRST);
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(real) });
      }
      if (body.functionKey !== 'metrics.get' || body.payload?.rows !== 'finished') return route.continue();
      expect(body.payload.page?.offset).toBe(FIRST);
      further++;
      if (further === 1) {
        await gate;
        return route.fulfill({ status: 504, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'TIMEOUT', message: 'SquadFlow took longer than 25 s to answer, the most Jira allows an app for one request.' } }) });
      }
      return route.continue();
    });
    await page.goto(`${harness.url}/metrics?project=MKT&squad=growth&range=365`);
    await page.getByTestId('headline-tiles').waitFor({ timeout: 60_000 });
    // Every other chart draws while the scatterplot holds its place and says how far along it is.
    const loading = page.getByTestId('metrics-items-loading');
    await loading.waitFor({ timeout: 60_000 });
    expect(total).toBeGreaterThan(FIRST);
    expect(await loading.innerText()).toBe(`Reading the items for this scatterplot: ${FIRST} of ${total}. Every other figure already covers all items.`);
    await page.locator('[data-testid="echart-histogram"] [data-drawn="true"]').waitFor({ timeout: 60_000 });
    release();
    await page.getByTestId('chart-scatter-failed').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('chart-scatter-failed').innerText()).toMatch(/^The items for this scatterplot could not be read: SquadFlow took longer than 25 s to answer, the most Jira allows an app for one request\. Every other figure on this page is complete\./);
    await page.getByTestId('chart-scatter-retry').click();
    await page.locator('[data-testid="echart-scatter"] [data-drawn="true"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('chart-scatter-subtitle').innerText()).toMatch(new RegExp(`n = ${total}$`));
    expect(further).toBe(2);
    // The one failure made up above is all the page complained about.
    expect(w.problems.filter((p) => !/HTTP 504: POST .*\/api\/invoke|status of 504/.test(p))).toEqual([]);
  });

  it('exports per-item and chart CSV files that open cleanly', async () => {
    const page = await open('/metrics?project=MKT&squad=growth&range=365');
    await waitForCharts(page);
    const items = parseCsv((await download(page, 'metrics-items-csv')).replace(/^\uFEFF/, ''));
    const header = items[0] ?? [];
    expect(header.slice(0, 5)).toEqual(['Key', 'Project', 'Issue type', 'Discipline', 'Quick win']);
    expect(items.length).toBeGreaterThan(10);
    for (const row of items) {
      expect(row).toHaveLength(header.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
    const cfd = parseCsv((await download(page, 'chart-cfd-csv')).replace(/^\uFEFF/, ''));
    expect(cfd[0]?.[0]).toBe('Day');
    expect(cfd.slice(1).every((r) => r.slice(1).every((c) => /^\d+$/.test(c)))).toBe(true);
    expect(w?.problems).toEqual([]);
  });

  it('says so when ?squad= names no squad the viewer can see, instead of showing another', async () => {
    w = await openWatchedPage(browser, { width: 1280, height: 900 });
    await w.page.goto(`${harness.url}/metrics?project=MKT&squad=growth&as=${USERS.mark}`);
    await w.page.getByTestId('headline-tiles').waitFor({ timeout: 60_000 });
    const asked: string[] = [];
    w.page.on('request', (req) => {
      if (req.url().endsWith('/api/invoke')) asked.push((req.postDataJSON() as { functionKey: string }).functionKey);
    });
    await w.page.goto(`${harness.url}/metrics?project=MKT&squad=no-such-squad`);
    await w.page.getByTestId('metrics-squad-missing').waitFor({ timeout: 60_000 });
    expect(await w.page.getByTestId('headline-tiles').count()).toBe(0);
    // Nothing is asked about a squad the page does not show, not even at boot.
    expect(asked).not.toContain('metrics.get');
    expect(asked).not.toContain('squads.get');
  });

  it('shows the CMO (MKT only) no IT item anywhere: answers, tooltips, tables and CSV', async () => {
    w = await openWatchedPage(browser, { width: 1280, height: 900 });
    const bodies: string[] = [];
    w.page.on('response', (res) => {
      if (res.url().endsWith('/api/invoke')) void res.text().then((t) => bodies.push(t), () => undefined);
    });
    await w.page.goto(`${harness.url}/metrics?project=MKT&squad=growth&range=365&as=${USERS.mark}`);
    const page = w.page;
    await page.getByTestId('headline-tiles').waitFor({ timeout: 60_000 });
    await waitForCharts(page);
    expect(bodies.some((b) => b.includes('"MKT-'))).toBe(true);
    for (const b of bodies) expect(b).not.toMatch(IT_KEY);

    const seen: string[] = [];
    const hits: { id: string; x: number; y: number }[] = [];
    for (const id of ['scatter', 'aging']) {
      const box = await page.locator(`[data-testid="echart-${id}"] [data-drawn="true"]`).boundingBox();
      if (box === null) throw new Error(`no ${id} chart`);
      for (let x = 0.1; x < 0.9; x += 0.04) {
        for (const y of [0.3, 0.55, 0.75, 0.85]) {
          await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
          const text = await page.getByTestId(`echart-${id}`).innerText();
          seen.push(text);
          if (/MKT-\d+/.test(text)) hits.push({ id, x: box.x + box.width * x, y: box.y + box.height * y });
        }
      }
    }
    // Tooltips name items by summary, read live as mark: hover a dot again until its summary is in
    // (the scatter always has dots under the grid scanned; the few aging dots may fall between).
    if (!hits.some((h) => h.id === 'scatter')) throw new Error('no tooltip on the scatter chart');
    for (const id of ['scatter', 'aging']) {
      const hit = hits.find((h) => h.id === id);
      if (hit === undefined) continue;
      await page.mouse.move(1, 1);
      await page.mouse.move(hit.x, hit.y);
      await page.waitForFunction(`/“[^”]+”/.test(document.querySelector('[data-testid="echart-${id}"]')?.innerText ?? '')`, undefined, { timeout: 60_000 });
      seen.push(await page.getByTestId(`echart-${id}`).innerText());
    }
    const tooltips = seen.join('\n');
    expect(tooltips).toMatch(/MKT-\d+/); // the hovering did show tooltips
    expect(tooltips).toMatch(/“[^”]+”/); // with summaries
    expect(tooltips).not.toMatch(IT_KEY);
    expect(bodies.some((b) => b.includes('"summaries":[{'))).toBe(true);
    for (const b of bodies) expect(b).not.toMatch(IT_KEY);

    for (const id of [...CHARTS, 'handoffs']) await page.getByTestId(`chart-${id}-toggle`).click();
    expect(await page.locator('body').innerText()).not.toMatch(IT_KEY);
    expect(await page.getByTestId('chart-scatter-table').innerText()).toMatch(/MKT-\d+/);
    const csv = await download(page, 'metrics-items-csv');
    expect(csv).toMatch(/MKT-\d+/);
    expect(csv).not.toMatch(IT_KEY);
    await screenshot(page, 'metrics-panel-mark-tables');
    expect(w.problems).toEqual([]);
  });
});
