import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { useAdminSession } from './helpers/admin-session';
import { postInvoke } from '../helpers/harness';
import { USERS } from '../helpers/demo-users';

jest.setTimeout(120_000);

const ALICE = USERS.alice;
const MIA = USERS.mia;

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
  const session = useAdminSession();
  const open = (path: string): Promise<Page> => session.open(path);

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
    await page.getByText('Up to date', { exact: true }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'admin-saved-light');

    await page.getByTestId('back-to-list').click();
    await page.getByTestId('squad-row-launch-squad').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-list-after-light');
    expect(session.problems()).toEqual([]);

    const created = await session.getSquad('launch-squad');
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
    const before = await session.getSquad('growth');
    const page = await open(`/admin?as=${ALICE}`);
    await page.getByTestId('edit-growth').click();
    await page.getByTestId('editor-step-basics').waitFor({ timeout: 15_000 });
    await page.getByTestId('step-review').click();
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    await page.getByTestId('save-squad').click();
    await page.getByTestId('saved-message').waitFor({ timeout: 15_000 });
    const after = await session.getSquad('growth');
    expect(after.revision).toBe(before.revision + 1);
    expect(after.config).toEqual(before.config);
    expect(session.problems()).toEqual([]);
  });

  it('mia (not an admin) finds Create and Import off, with the reason (the server refuses her saves too)', async () => {
    const page = await open(`/admin?as=${MIA}`);
    await page.getByTestId('not-admin-note').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('edit-growth').isDisabled()).toBe(true);
    expect(await page.getByTestId('create-squad').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-squad').isDisabled()).toBe(true);
    expect(await page.getByTestId('not-admin-note').innerText()).toContain('Create and Import are off for you');
    await screenshot(page, 'admin-mia-not-admin-light');
    const refused = await postInvoke(session.harness().url, JSON.stringify({ functionKey: 'squads.save', payload: { config: { ...(await session.getSquad('growth')).config, id: 'mia-squad' }, expectedRevision: null }, context: { accountId: MIA } }));
    expect(refused.status).toBe(403);
    const list = await postInvoke(session.harness().url, JSON.stringify({ functionKey: 'squads.list', payload: {}, context: { accountId: ALICE } }));
    expect((list.json as { data: { squads: Array<{ id: string }> } }).data.squads.map((s) => s.id)).not.toContain('mia-squad');
    expect(session.problems()).toEqual([]);
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
    expect(session.problems()).toEqual([]);
  });
});
