import { appliedColorMode, screenshot } from './helpers/browser';
import { useAdminSession } from './helpers/admin-session';
import { USERS } from '../helpers/demo-users';

jest.setTimeout(120_000);

/**
 * Issue 13.4: project admins manage their squads from their project's settings
 * (`jira:projectSettingsPage`, harness `/project-settings?project=MKT`). Demo squads: brand (MKT),
 * growth (MKT and IT), platform (IT). tom administers MKT and only browses IT; alice is a Jira admin.
 */
describe.each(['light', 'dark'] as const)('project settings page of MKT (%s theme)', (theme) => {
  const session = useAdminSession();

  it('shows a project admin of MKT only the squads whose projects they all administer, editable', async () => {
    const page = await session.open(`/project-settings?project=MKT&as=${USERS.tom}&theme=${theme}`);
    await page.getByTestId('squad-row-brand').waitFor({ timeout: 30_000 });
    expect(await appliedColorMode(page)).toBe(theme);
    expect(await page.getByTestId('project-scope-note').innerText()).toContain('The squads of MKT whose projects you all administer');
    // growth spans IT, which tom does not administer: not shown, not named.
    expect(await page.getByTestId('squad-row-growth').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(/Growth squad|Platform squad/);
    expect(await page.getByTestId('edit-brand').isEnabled()).toBe(true);
    expect(await page.getByTestId('create-squad').isEnabled()).toBe(true);
    await screenshot(page, `project-settings-tom-${theme}`);
    await page.getByTestId('edit-brand').click();
    await page.getByTestId('editor-step-basics').waitFor({ timeout: 30_000 });
    expect(await page.locator('#squad-name').inputValue()).toBe('Brand experiments squad');
    expect(session.problems()).toEqual([]);
  });

  it('shows a Jira admin every squad holding MKT, and none of IT alone', async () => {
    const page = await session.open(`/project-settings?project=MKT&as=${USERS.alice}&theme=${theme}`);
    await page.getByTestId('squad-row-growth').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('squad-row-brand').count()).toBe(1);
    expect(await page.getByTestId('squad-row-platform').count()).toBe(0);
    expect(await page.getByTestId('edit-growth').isEnabled()).toBe(true);
    await screenshot(page, `project-settings-alice-${theme}`);
    expect(session.problems()).toEqual([]);
  });

  it('starts a new squad from MKT with MKT already in it', async () => {
    const page = await session.open(`/project-settings?project=MKT&as=${USERS.tom}&theme=${theme}`);
    await page.getByTestId('create-squad').click();
    await page.getByTestId('editor-step-basics').waitFor({ timeout: 30_000 });
    await page.getByText('Marketing (MKT)').first().waitFor({ timeout: 15_000 });
    expect(session.problems()).toEqual([]);
  });
});
