import { hasProjectPermission } from '../../local/jira-emulator/permissions';
import type { IssueJourneyDto } from '../../src/contract/journey';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { DEMO_SQUAD, demoUser, startPublishedEnv, type SyncEnv } from './sync-env';


jest.setTimeout(60_000);

/**
 * Permission requests per page view where one call makes the view. The issue panel
 * (`issue.journey`): one bulk permission check for editing the issue's project and browsing every
 * project of the squads holding it (it was a `mypermissions` call plus one check per squad). The
 * admin page's `squads.list`: one for an admin of a squad's project (the Jira admins Jira lets in).
 */
describe('one permission request per page view', () => {
  let env: SyncEnv;
  beforeAll(async () => {
    env = await startPublishedEnv({ issueCount: 300 });
  }, 60_000);
  afterAll(async () => env.close());

  it.each(['alice', 'carol', 'mia', 'mark', 'lena'])('%s: one permission check, edit right as Jira grants it, squads only from what they may see', async (handle) => {
    const u = demoUser(handle);
    // An MKT issue this viewer reported, so lena (browse granted to reporters only) sees it too.
    const issue = env.emulator.state.createIssue({ projectKey: 'MKT', summary: `Panel of ${handle}`, statusId: '10000', reporterAccountId: u.accountId });
    const ask = () => invokeResolver(allResolvers(), 'issue.journey', {}, { accountId: u.accountId, moduleKey: 'squadflow-issue-panel', issueKey: issue.key }, env.deps);
    await ask();
    env.resetRequests();
    const result = await ask();
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
    expect(env.requests()['permissions-check']).toBe(1);
    expect(env.requests()['mypermissions']).toBeUndefined();
    const journey = result.data as IssueJourneyDto;
    expect(journey.canEdit).toBe(hasProjectPermission(u, 'MKT', 'EDIT_ISSUES'));
    expect(journey.squads.map((s) => s.squadId)).toEqual([DEMO_SQUAD.id]);
    if (!hasProjectPermission(u, 'IT', 'BROWSE_PROJECTS')) expect(JSON.stringify(journey)).not.toMatch(/"IT"|\bIT-\d+/);
  });

  it.each([
    ['alice', { isJiraAdmin: true, administersSomeProject: true }, { 'permissions-check': 1 }],
    ['paul', { isJiraAdmin: false, administersSomeProject: true }, { 'permissions-check': 1 }],
    // Administers no squad's project: Jira's global view says whether they administer any (the Forge admin page does not let them in).
    ['mark', { isJiraAdmin: false, administersSomeProject: false }, { 'permissions-check': 1, mypermissions: 1 }],
  ])('admin page, %s: squads.list answers the create rights %j, asking Jira as listed', async (handle, access, requests) => {
    const ask = () => invokeResolver(allResolvers(), 'squads.list', {}, { accountId: demoUser(handle).accountId, moduleKey: 'squadflow-admin' }, env.deps);
    await ask();
    env.resetRequests();
    const result = await ask();
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
    expect(result.data).toMatchObject({ access });
    const asked = env.requests();
    expect({ 'permissions-check': asked['permissions-check'], mypermissions: asked['mypermissions'] }).toEqual({ mypermissions: undefined, ...requests });
  });
});
