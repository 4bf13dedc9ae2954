import type { Page } from 'playwright-core';
import { screenshot } from './helpers/browser';
import { useAdminSession } from './helpers/admin-session';
import { USERS } from '../helpers/demo-users';

jest.setTimeout(120_000);

/** Issue 13.2–13.7 on the admin page, in both themes: what a new admin meets first. */
describe.each(['light', 'dark'] as const)('admin page, first use (%s theme)', (theme) => {
  const session = useAdminSession();

  async function open(): Promise<Page> {
    const page = await session.open(`/admin?as=${USERS.alice}&theme=${theme}`);
    await page.getByTestId('squad-row-growth').waitFor({ timeout: 15_000 });
    return page;
  }

  it('says on the first step, in words, that a squad ID is taken', async () => {
    const page = await open();
    await page.getByTestId('create-squad').click();
    await page.locator('#squad-name').fill('Growth again');
    await page.locator('#squad-id').fill('growth');
    await page.locator('#squad-projects').fill('MKT');
    await page.getByText('Marketing (MKT)', { exact: true }).last().click();
    await page.getByTestId('editor-next').click();
    const error = page.getByTestId('squad-id-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.innerText()).toContain('The squad “Growth squad” already uses the ID growth: pick another ID');
    expect(await page.getByTestId('editor-step-basics').count()).toBe(1);
    await screenshot(page, `admin-id-taken-${theme}`);
    expect(session.problems()).toEqual([]);
  });

  it('import of an existing ID says it replaces that squad, and offers a copy', async () => {
    const page = await open();
    const { config, revision } = await session.getSquad('growth');
    await page.getByTestId('import-squad').click();
    await page.getByTestId('import-text').fill(JSON.stringify(config));
    await page.getByTestId('import-check').click();
    const replaces = page.getByTestId('import-replaces');
    await replaces.waitFor({ timeout: 15_000 });
    expect(await replaces.innerText()).toContain(`This replaces the squad “Growth squad” (revision ${revision})`);
    expect(await page.getByTestId('import-continue').innerText()).toBe('Replace “Growth squad”');
    await screenshot(page, `admin-import-replaces-${theme}`);
    await page.getByTestId('import-copy').click();
    await page.getByTestId('editor-step-basics').waitFor({ timeout: 15_000 });
    expect(await page.locator('#squad-id').inputValue()).toBe('growth-copy');
    expect(await page.locator('#squad-name').inputValue()).toBe('Growth squad (copy)');
    expect(session.problems()).toEqual([]);
  });

  it('says an unknown key in an import once, in words, without codes', async () => {
    const page = await open();
    const { config } = await session.getSquad('growth');
    await page.getByTestId('import-squad').click();
    await page.getByTestId('import-text').fill(JSON.stringify({ ...config, id: 'typo', backwardMoves: 'reset' }));
    await page.getByTestId('import-check').click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: 15_000 });
    const text = await banner.innerText();
    expect(text).toContain('Some settings need a change');
    expect(text.match(/unknown key backwardMoves — did you mean backwardPolicy\?/g)).toHaveLength(1);
    expect(text).not.toMatch(/Code |BAD_REQUEST|squads\.validate/);
    await screenshot(page, `admin-import-unknown-key-${theme}`);
  });

  it('export shows the CLI command as code, without backticks', async () => {
    const page = await open();
    await page.getByTestId('export-growth').click();
    const usage = page.getByTestId('export-usage');
    await usage.waitFor({ timeout: 15_000 });
    expect(await usage.innerText()).toContain('npx squadflow metrics --config growth.squadflow.json');
    expect(await usage.innerText()).not.toContain('`');
    await screenshot(page, `admin-export-${theme}`);
  });

  it('edits the version 2 settings, flags a WIP limit today’s work exceeds, and goes back from the last step', async () => {
    const page = await open();
    await page.getByTestId('edit-growth').click();
    await page.getByTestId('editor-step-basics').waitFor({ timeout: 15_000 });
    await page.getByTestId('step-stages').click();
    await page.locator('#stage-1-wip').fill('1');
    await page.locator('#stage-1-wip-min').fill('0');
    await page.locator('#stage-1-lanes').fill('Marketing: 1, IT: 1');
    await screenshot(page, `admin-stages-v2-${theme}`);
    await page.getByTestId('step-rules').click();
    await page.locator('#done-window').fill('30');
    await page.locator('#link-types').fill('Blocks, Relates');
    await screenshot(page, `admin-rules-v2-${theme}`);
    await page.getByTestId('step-review').click();
    const over = page.getByTestId('review-over-limit');
    await over.waitFor({ timeout: 15_000 });
    expect(await over.innerText()).toMatch(/Prototype holds \d+ items today, above its WIP limit of 1/);
    await screenshot(page, `admin-review-over-limit-${theme}`);
    await page.getByTestId('editor-back').click();
    await page.getByTestId('editor-step-rules').waitFor();
    await page.getByTestId('step-review').click();
    await page.getByTestId('stage-preview').waitFor({ timeout: 15_000 });
    await page.getByTestId('save-squad').click();
    await page.getByTestId('saved-message').waitFor({ timeout: 15_000 });
    const saved = await session.getSquad('growth');
    expect(saved.config.stages[1]).toMatchObject({ name: 'Prototype', wipLimit: 1, wipMin: 0, laneWipLimits: { Marketing: 1, IT: 1 } });
    expect(saved.config.board.doneWindowDays).toBe(30);
    expect(saved.config.handoff.linkTypes).toEqual(['Blocks', 'Relates']);
    expect(session.problems()).toEqual([]);
  });
});
