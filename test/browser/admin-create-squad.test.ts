import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../local/harness/start-harness';
import { launchBrowser, openWatchedPage, screenshot, type WatchedPage } from './helpers/browser';
import { postInvoke, requireLocalUiBuild, startTestHarness } from '../helpers/harness';

jest.setTimeout(120_000);

const ALICE = '5b10ac8d82e05b22cc7d4ef5';
const MIA = '5c4f2e1b9a7d3c0012e8a6b4';

async function getSquad(harness: Harness, squadId: string): Promise<{ config: unknown; revision: number }> {
  const res = await postInvoke(harness.url, JSON.stringify({ functionKey: 'squads.get', payload: { squadId }, context: { accountId: ALICE } }));
  return (res.json as { data: { config: unknown; revision: number } }).data;
}

/** Picks a project in the Atlaskit async select by typing its key and choosing the option. */
async function pickProject(page: Page, key: string, optionLabel: string): Promise<void> {
  await page.locator('#squad-projects').fill(key);
  await page.getByText(optionLabel, { exact: true }).last().click();
}

async function next(page: Page, expectStep: string): Promise<void> {
  await page.getByTestId('editor-next').click();
  await page.getByTestId(`editor-step-${expectStep}`).waitFor({ timeout: 10_000 });
}

describe('admin page: create a squad in the browser', () => {
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

  async function open(path: string): Promise<Page> {
    w = await openWatchedPage(browser, { width: 1280, height: 900 });
    await w.page.goto(harness.url + path);
    return w.page;
  }

  it('alice creates a squad: MKT + IT, suggested mapping accepted, preview, save, progress, listed', async () => {
    const page = await open(`/admin?as=${ALICE}`);
    await page.getByTestId('squad-row-growth').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-list-light');

    await page.getByTestId('create-squad').click();
    await page.getByTestId('editor-step-basics').waitFor();
    // Leaving the step with nothing filled in shows the schema's messages beside the fields.
    await page.getByTestId('editor-next').click();
    await page.getByTestId('squad-name-error').waitFor();
    expect(await page.getByTestId('squad-name-error').innerText()).toContain('must not be empty');
    expect(await page.getByTestId('squad-projects-error').innerText()).toContain('needs at least one project');
    await screenshot(page, 'admin-basics-errors-light');

    await page.locator('#squad-name').fill('Launch squad');
    expect(await page.locator('#squad-id').inputValue()).toBe('launch-squad');
    await pickProject(page, 'MKT', 'Marketing (MKT)');
    await pickProject(page, 'IT', 'IT Delivery (IT)');
    expect(await page.getByTestId('squad-name-error').count()).toBe(0);
    await screenshot(page, 'admin-basics-light');

    await next(page, 'stages');
    // A duplicate stage name is refused beside the field, and fixing it clears the message.
    await page.locator('#stage-1-name').fill('Idea');
    await page.getByTestId('editor-next').click();
    await page.getByText('duplicate stage name "Idea"').waitFor();
    await screenshot(page, 'admin-stages-error-light');
    await page.locator('#stage-1-name').fill('Prototype');
    await screenshot(page, 'admin-stages-light');

    await next(page, 'mapping');
    await page.getByTestId('all-mapped').waitFor({ timeout: 15_000 });
    // Names that repeat across the projects show their IDs.
    await page.getByText('Pilot (10003)').waitFor();
    await page.getByText('Pilot (10104)').waitFor();
    await screenshot(page, 'admin-mapping-light');

    await next(page, 'rules');
    await screenshot(page, 'admin-rules-light');
    await next(page, 'review');
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    const counts = await Promise.all(['Idea', 'Prototype', 'Pilot', 'Live', 'dropped', 'unmapped'].map(async (s) => Number(await page.getByTestId(`preview-count-${s}`).innerText())));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
    expect(counts[5]).toBe(0);
    await screenshot(page, 'admin-review-light');

    await page.getByTestId('save-squad').click();
    await page.getByTestId('saved-message').waitFor({ timeout: 15_000 });
    await page.getByTestId('sync-progress').waitFor();
    await screenshot(page, 'admin-saving-light');
    await page.getByText('Up to date').waitFor({ timeout: 30_000 });
    await screenshot(page, 'admin-saved-light');

    await page.getByTestId('back-to-list').click();
    await page.getByTestId('squad-row-launch-squad').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-list-after-light');
    expect(w?.problems).toEqual([]);

    const created = await getSquad(harness, 'launch-squad');
    expect(created.revision).toBe(1);
    expect(created.config).toMatchObject({
      id: 'launch-squad',
      name: 'Launch squad',
      projects: ['MKT', 'IT'],
      leadTime: { from: 'Idea', to: 'Pilot' },
      statusMap: {
        MKT: { '10000': 'Idea', '10001': 'Idea', '10002': 'Prototype', '10003': 'Pilot', '10004': 'Live', '10005': 'Dropped' },
        IT: { '10100': 'Idea', '10101': 'Idea', '10102': 'Prototype', '10103': 'Prototype', '10104': 'Pilot', '10105': 'Live', '10106': 'Dropped' },
      },
      discipline: { by: 'project', values: { MKT: 'Marketing', IT: 'IT Delivery' } },
    });
  });

  it('round-trips a squad through the editor unchanged (edit, save without changes)', async () => {
    const before = await getSquad(harness, 'growth');
    const page = await open(`/admin?as=${ALICE}`);
    await page.getByTestId('edit-growth').click();
    await page.getByTestId('editor-step-basics').waitFor({ timeout: 15_000 });
    await page.getByTestId('step-review').click();
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    await page.getByTestId('save-squad').click();
    await page.getByTestId('saved-message').waitFor({ timeout: 15_000 });
    const after = await getSquad(harness, 'growth');
    expect(after.revision).toBe(before.revision + 1);
    expect(after.config).toEqual(before.config);
    expect(w?.problems).toEqual([]);
  });

  it('mia (not an admin) is told so, and her save is refused by the server', async () => {
    const page = await open(`/admin?as=${MIA}`);
    await page.getByTestId('not-admin-note').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('edit-growth').isDisabled()).toBe(true);
    await page.getByTestId('create-squad').click();
    await page.locator('#squad-name').fill('Mia squad');
    await pickProject(page, 'MKT', 'Marketing (MKT)');
    await next(page, 'stages');
    await next(page, 'mapping');
    await page.getByTestId('all-mapped').waitFor({ timeout: 15_000 });
    await next(page, 'rules');
    await next(page, 'review');
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    await page.getByTestId('save-squad').click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.innerText()).toContain('You do not have permission');
    expect(await banner.innerText()).toContain('you do not administer MKT');
    await screenshot(page, 'admin-mia-refused-light');
    const list = await postInvoke(harness.url, JSON.stringify({ functionKey: 'squads.list', payload: {}, context: { accountId: ALICE } }));
    expect((list.json as { data: { squads: Array<{ id: string }> } }).data.squads.map((s) => s.id)).not.toContain('mia-squad');
  });

  it('renders the list and the mapping step in the dark theme', async () => {
    const page = await open(`/admin?as=${ALICE}&theme=dark`);
    await page.getByTestId('squad-row-growth').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-list-dark');
    await page.getByTestId('edit-growth').click();
    await page.getByTestId('step-mapping').click();
    await page.getByTestId('all-mapped').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-mapping-dark');
    await page.getByTestId('step-review').click();
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-review-dark');
    expect(w?.problems).toEqual([]);
  });
});
