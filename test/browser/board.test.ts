import type { Browser, Page } from 'playwright-core';
import { DEMO_USERS } from '../../local/jira-emulator';
import type { JiraEmulator } from '../../local/jira-emulator';
import type { Harness } from '../../local/harness/start-harness';
import { squadConfigSchema } from '../../src/contract/squad-config';
import { expectedColumnCounts } from '../helpers/board-expected';
import { requireLocalUiBuild, startTestHarness, TEST_NOW_MS } from '../helpers/harness';
import { launchBrowser, openWatchedPage, type WatchedPage } from './helpers/browser';
import demoSquad from '../../local/demo-data/demo-squad.json';

jest.setTimeout(90_000);

const SQUAD = squadConfigSchema.parse(demoSquad);
const id = (handle: string): string => DEMO_USERS.find((u) => u.handle === handle)?.accountId ?? '';
const MIA = id('mia');

describe('the squad board and the issue journey panel in headless Chromium', () => {
  let harness: Harness;
  let browser: Browser;
  let emulator: JiraEmulator;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    requireLocalUiBuild();
    [harness, browser] = await Promise.all([startTestHarness({ seedDemoSquad: 'growth' }), launchBrowser()]);
    await harness.idle();
    if (harness.emulator === null) throw new Error('the board tests need the emulator');
    emulator = harness.emulator;
  });
  afterAll(async () => {
    for (const p of pages) await p.close();
    await browser?.close();
    await harness?.close();
  });

  async function openBoard(as: string, query = ''): Promise<Page> {
    const w = await openWatchedPage(browser, { width: 1400, height: 1000 });
    pages.push(w);
    await w.page.goto(`${harness.url}/board?project=MKT&squad=growth&as=${as}${query}`);
    await w.page.locator('[data-stage]').first().waitFor({ timeout: 20_000 });
    await w.page.getByText(/^\d+ (of \d+ )?items$/).waitFor({ timeout: 20_000 });
    return w.page;
  }

  // DOM code as strings: the test project has no DOM types.
  const columnCounts = (page: Page): Promise<Record<string, number>> =>
    page.evaluate<Record<string, number>>(`Object.fromEntries([...document.querySelectorAll('[data-stage]')].map((c) => [c.getAttribute('data-stage'), Number(c.querySelector('[data-count]').getAttribute('data-count'))]))`);

  const stageOfCard = (page: Page, key: string): Promise<string | null> =>
    page.evaluate<string | null>(`document.querySelector('[data-issue-key="${key}"]')?.closest('[data-stage]')?.getAttribute('data-stage') ?? null`);

  /**
   * A drag and drop as the browser reports it (what pragmatic-drag-and-drop listens to): dragstart
   * on the card, dragenter/dragover over the column, drop, dragend, sharing one DataTransfer.
   */
  async function dragCard(page: Page, key: string, stage: string): Promise<void> {
    await page.locator(`[data-issue-key="${key}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(`(async () => {
      const source = document.querySelector('[data-issue-key="${key}"]');
      const target = document.querySelector('[data-stage="${stage}"] [role="list"]');
      const dt = new DataTransfer();
      const at = (el, type) => {
        const r = el.getBoundingClientRect();
        el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: dt, clientX: r.left + 20, clientY: r.top + 20 }));
      };
      const pause = () => new Promise((r) => setTimeout(r, 50));
      at(source, 'dragstart');
      await pause();
      at(target, 'dragenter');
      at(target, 'dragover');
      await pause();
      at(target, 'dragover');
      at(target, 'drop');
      at(source, 'dragend');
    })()`);
  }

  async function waitFor(check: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('shows per column the counts the emulator\'s data gives (computed independently), as alice', async () => {
    const page = await openBoard(id('alice'));
    expect(await columnCounts(page)).toEqual(expectedColumnCounts(SQUAD, emulator.state.listIssues(), TEST_NOW_MS));
    expect(await page.getByText('Growth squad').count()).toBeGreaterThan(0);
  });

  it('opens with one call (board.page, asked at boot and taken by the page) and one permission request', async () => {
    const w = await openWatchedPage(browser, { width: 1280, height: 900 });
    pages.push(w);
    const asked: Array<{ functionKey: string; payload: Record<string, unknown> }> = [];
    w.page.on('request', (req) => {
      if (req.url().endsWith('/api/invoke')) asked.push(req.postDataJSON() as { functionKey: string; payload: Record<string, unknown> });
    });
    emulator.state.resetStats();
    await w.page.goto(`${harness.url}/board?project=MKT&squad=growth&as=${id('carol')}`);
    await w.page.locator('[data-stage]').first().waitFor({ timeout: 20_000 });
    await w.page.getByText(/^\d+ items$/).waitFor({ timeout: 30_000 });
    await w.page.waitForLoadState('networkidle');
    // The first view is one call; what follows are the board's further pages (with a cursor), never
    // its first page again. The page frame's status line asks app.info.
    const functions = asked.map((a) => a.functionKey).filter((f) => f !== 'app.info');
    expect(functions[0]).toBe('board.page');
    expect(functions.filter((f) => f === 'board.page')).toHaveLength(1);
    expect(functions.filter((f) => f !== 'board.page' && f !== 'board.get')).toEqual([]);
    expect(asked.filter((a) => a.functionKey === 'board.get' && a.payload['cursor'] === undefined)).toEqual([]);
    const stats = emulator.state.stats().byEndpoint;
    expect(stats['permissions-check']).toBe(1);
    expect(stats['mypermissions']).toBeUndefined();
    expect(w.problems).toEqual([]);
  });

  it('says a squad the viewer cannot see is not there, and offers the project’s squads', async () => {
    const w = await openWatchedPage(browser, { width: 1280, height: 900 });
    pages.push(w);
    await w.page.goto(`${harness.url}/board?project=MKT&squad=no-such-squad&as=${id('alice')}`);
    const missing = w.page.getByTestId('board-squad-missing');
    await missing.waitFor({ timeout: 20_000 });
    expect(await missing.innerText()).toContain('There is no squad “no-such-squad” that you can see');
    expect(await w.page.locator('[data-stage]').count()).toBe(0);
    await missing.getByLabel('Show another squad').selectOption('growth');
    await w.page.locator('[data-stage]').first().waitFor({ timeout: 20_000 });
    expect(await w.page.getByTestId('board-squad-missing').count()).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('shows the CMO no IT card, and counts only what he may see', async () => {
    const page = await openBoard(id('mark'));
    expect(await page.locator('[data-issue-key^="IT-"]').count()).toBe(0);
    const mkt = emulator.state.listIssues().filter((r) => r.projectKey === 'MKT');
    expect(await columnCounts(page)).toEqual(expectedColumnCounts(SQUAD, mkt, TEST_NOW_MS));
    expect(await page.content()).not.toMatch(/\bIT-\d+/);
  });

  it('moves a card by drag and drop: the issue changes status in the emulator', async () => {
    const issue = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Drag me to the pilot', statusId: '10002', assigneeAccountId: MIA });
    const page = await openBoard(MIA);
    await dragCard(page, issue.key, 'Pilot');
    await waitFor(() => emulator.state.getIssue(issue.key)?.statusId === '10003', `the move to Pilot (${await page.getByTestId('board-notice').allInnerTexts().then((t) => t.join(' '))})`);
    await page.locator(`[data-stage="Pilot"] [data-issue-key="${issue.key}"]`).waitFor();
  });

  it('snaps a refused move back with Jira\'s own message', async () => {
    const issue = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Nobody owns this pilot', statusId: '10002' });
    const page = await openBoard(MIA);
    await dragCard(page, issue.key, 'Pilot');
    await page.getByTestId('board-notice').getByText('A pilot needs an owner: assign the issue before starting the pilot.').waitFor();
    expect(await stageOfCard(page, issue.key)).toBe('Prototype');
    expect(emulator.state.getIssue(issue.key)?.statusId).toBe('10002');
  });

  it('moves by keyboard through More actions → Move to stage, and returns focus to the card', async () => {
    const issue = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Keyboard mover', statusId: '10002', assigneeAccountId: MIA });
    const page = await openBoard(MIA);
    await page.locator(`[data-issue-key="${issue.key}"]`).focus();
    await page.keyboard.press('m');
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Move to stage' }).waitFor();
    await page.keyboard.press('Enter');
    await menu.getByRole('menuitem', { name: 'Pilot' }).waitFor();
    expect(await menu.getByRole('menuitem', { name: 'Live' }).count()).toBe(0);
    await menu.getByRole('menuitem', { name: 'Pilot' }).focus();
    await page.keyboard.press('Enter');
    await waitFor(() => emulator.state.getIssue(issue.key)?.statusId === '10003', 'the keyboard move');
    await page.getByTestId('board-live').getByText(`${issue.key} moved to Pilot`).waitFor();
    await page.waitForFunction(`document.activeElement?.getAttribute('data-issue-key') === ${JSON.stringify(issue.key)}`);
  });

  it('marks a quick win from the card menu, and tags several cards at once', async () => {
    const one = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Tag me', statusId: '10000' });
    const a = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Bulk one', statusId: '10000' });
    const b = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Bulk two', statusId: '10000' });
    const page = await openBoard(MIA, '&q=' + encodeURIComponent('Tag me'));
    await page.getByRole('button', { name: `More actions for ${one.key}` }).click();
    await page.getByRole('menuitem', { name: 'Mark as quick win' }).click();
    await waitFor(() => emulator.state.getIssue(one.key)?.labels.includes('quick-win') === true, 'the quick-win label');
    await page.locator(`[data-issue-key="${one.key}"]`).getByText('Quick win', { exact: true }).waitFor();

    await page.getByLabel('Filter cards by text').fill('Bulk');
    await page.getByLabel(`Select ${a.key}`).check();
    await page.getByLabel(`Select ${b.key}`).check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Mark as quick win' }).click();
    await waitFor(() => [a, b].every((x) => emulator.state.getIssue(x.key)?.labels.includes('quick-win') === true), 'bulk tagging');
    // The page writes its filters into the URL a moment after they change.
    await page.waitForFunction(`new URLSearchParams(location.search).get('q') === 'Bulk'`);
  });

  it('past 5,000 items says about how many, and asks Jira again for what a quick filter keeps', async () => {
    const w = await openWatchedPage(browser, { width: 1400, height: 1000 });
    pages.push(w);
    const asked: unknown[] = [];
    // The whole board answers as a site past the cap would (Jira's count says 12,345): its first
    // page comes in the first view's one call (board.page), a reload's in board.get; the
    // narrowed questions go to the harness and the emulator unchanged.
    type FirstPage = { ok: boolean; data: { overview: Record<string, unknown> | null } };
    const pastTheCap = (page: FirstPage | undefined): void => {
      if (page?.ok === true && page.data.overview !== null) page.data.overview = { ...page.data.overview, approximateTotal: 12_345, tooMany: true };
    };
    await w.page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { functionKey?: string; payload?: { narrow?: unknown; cursor?: string } };
      if (body.functionKey !== 'board.get' && body.functionKey !== 'board.page') return route.continue();
      if (body.payload?.narrow !== undefined) {
        asked.push(body.payload.narrow);
        return route.continue();
      }
      const real = await route.fetch();
      const answer = (await real.json()) as FirstPage & { data: { choice?: { answer?: FirstPage } } };
      if (body.functionKey === 'board.page') pastTheCap(answer.data.choice?.answer);
      else pastTheCap(answer);
      return route.fulfill({ response: real, body: JSON.stringify(answer) });
    });
    await w.page.goto(`${harness.url}/board?project=MKT&squad=growth&as=${id('alice')}`);
    await w.page.getByText('About 12,345 items are in flight; the board shows the first 5,000.', { exact: false }).waitFor({ timeout: 20_000 });
    await w.page.getByRole('toolbar', { name: 'Quick filters' }).getByRole('button', { name: 'Quick wins' }).click();
    await w.page.getByText(/^Filtered in Jira: all \d+ matching items are on the board\.$/).waitFor({ timeout: 20_000 });
    expect(asked).toContainEqual({ quickWins: true });
    const quickWins = emulator.state.listIssues().filter((r) => r.labels.includes(SQUAD.quickWin.label));
    const expected = expectedColumnCounts(SQUAD, quickWins, TEST_NOW_MS);
    expect(await columnCounts(w.page)).toEqual(expected);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(await w.page.getByText(`Filtered in Jira: all ${total} matching items are on the board.`).count()).toBe(1);
    expect(w.problems).toEqual([]);
  });

  it('shows the journey of an issue with a reopen and a skipped stage in the panel', async () => {
    const start = TEST_NOW_MS - 40 * 86_400_000;
    const issue = emulator.state.createIssue({ projectKey: 'MKT', summary: 'Reworked and skipped', statusId: '10000', atMs: start, assigneeAccountId: MIA });
    for (const [status, day] of [['10002', 3], ['10000', 8], ['10002', 10], ['10004', 20], ['10002', 25]] as const) {
      emulator.state.transitionIssue(issue.key, status, { atMs: start + day * 86_400_000 });
    }
    const w = await openWatchedPage(browser, { width: 420, height: 900 });
    pages.push(w);
    await w.page.goto(`${harness.url}/issue/${issue.key}?as=${MIA}`);
    await w.page.getByTestId('journey-now').waitFor({ timeout: 20_000 });
    expect(await w.page.getByTestId('journey-now').innerText()).toMatch(/Now: Prototype · \d+ d · total 40 d/);
    const rows = await w.page.evaluate<string[][]>(`[...document.querySelectorAll('[data-stage-row]')].map((tr) => [tr.getAttribute('data-stage-row'), tr.querySelector('td').textContent, tr.querySelector('[data-days]').textContent])`);
    expect(rows).toEqual([
      ['Idea', 'Idea ×2', '5 d'],
      ['Prototype', 'Prototype ×3 · so far', '30 d'],
      ['Pilot', 'Pilot', '–'],
      ['Live', 'Live', '5 d'],
    ]);
    const visits = await w.page.evaluate<string[]>(`[...document.querySelectorAll('[data-visit]')].map((li) => li.querySelector('strong').textContent)`);
    expect(visits).toEqual(['Idea', 'Prototype', 'Idea ×2', 'Prototype ×2', 'Live', 'Prototype ×3']);
    await w.page.getByRole('button', { name: 'Business days' }).click();
    expect(await w.page.getByRole('columnheader', { name: 'Business days' }).count()).toBe(1);
    expect(w.problems).toEqual([]);
  });
});
