import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { useAdminSession } from './helpers/admin-session';
import { USERS } from '../helpers/demo-users';

jest.setTimeout(120_000);

describe('admin page: export and import a squad configuration', () => {
  const session = useAdminSession();

  async function open(theme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await session.open(`/admin?as=${USERS.alice}&theme=${theme}`);
    await page.getByTestId('squad-row-growth').waitFor({ timeout: 15_000 });
    return page;
  }

  async function exportedJson(page: Page): Promise<string> {
    await page.getByTestId('export-growth').click();
    const json = page.getByTestId('export-json');
    await json.waitFor({ timeout: 15_000 });
    const text = await json.innerText();
    await screenshot(page, 'admin-export-light');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    return text;
  }

  it('exports the stored config unchanged, and imports an edited copy that is stored unchanged', async () => {
    const page = await open();
    const text = await exportedJson(page);
    expect(JSON.parse(text)).toEqual((await session.getSquad('growth')).config);

    const copy = { ...(JSON.parse(text) as Record<string, unknown>), id: 'growth-eu', name: 'Growth EU', calendar: { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], holidays: ['2025-12-25'] } };
    await page.getByTestId('import-squad').click();
    await page.getByTestId('import-text').fill(JSON.stringify(copy, null, 2));
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-ok').waitFor({ timeout: 15_000 });
    await screenshot(page, 'admin-import-ok-light');
    await page.getByTestId('import-continue').click();
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    await page.getByTestId('save-squad').click();
    await page.getByTestId('saved-message').waitFor({ timeout: 15_000 });
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('squad-row-growth-eu').waitFor({ timeout: 15_000 });
    expect((await session.getSquad('growth-eu')).config).toEqual(copy);
    expect(session.problems()).toEqual([]);
  });

  it('refuses an import with an unknown status ID, naming the field (dark theme)', async () => {
    const page = await open('dark');
    const config = JSON.parse(await exportedJson(page)) as { statusMap: Record<string, Record<string, string>> };
    const broken = { ...config, id: 'broken', statusMap: { ...config.statusMap, MKT: { ...config.statusMap['MKT'], '99999': 'Idea' } } };
    await page.getByTestId('import-squad').click();
    await page.getByTestId('import-text').fill(JSON.stringify(broken));
    await page.getByTestId('import-check').click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.innerText()).toContain('Status mapping, MKT, 99999: unknown status ID 99999: not a status of project MKT');
    expect(await page.getByTestId('import-continue').isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-refused-dark');
  });
});
