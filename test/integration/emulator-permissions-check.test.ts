import { useTestEmulator } from '../helpers/emulator';

type Grants = { globalPermissions: string[]; projectPermissions: Array<{ permission: string; projects: number[]; issues: number[] }> };
const MKT = 10000;
const IT = 10001;
const browse = { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [MKT, IT] }] };

describe('emulator POST /rest/api/3/permissions/check', () => {
  const env = useTestEmulator();

  it('answers every project the caller may browse in one request, leaving out the others', async () => {
    const projectsOf = async (handle: 'alice' | 'mark' | 'lena'): Promise<number[]> => {
      const res = await env().as(handle)('POST', '/rest/api/3/permissions/check', browse);
      expect(res.status).toBe(200);
      return (res.body as Grants).projectPermissions.find((g) => g.permission === 'BROWSE_PROJECTS')?.projects ?? [];
    };
    expect(await projectsOf('alice')).toEqual([MKT, IT]);
    expect(await projectsOf('mark')).toEqual([MKT]);
    // Browse granted to reporters shows as the project permission, as in Jira.
    expect(await projectsOf('lena')).toEqual([MKT]);
  });

  it('reports global permissions the caller holds, and only those', async () => {
    const ask = { globalPermissions: ['ADMINISTER'] };
    expect(((await env().as('alice')('POST', '/rest/api/3/permissions/check', ask)).body as Grants).globalPermissions).toEqual(['ADMINISTER']);
    expect(((await env().as('mia')('POST', '/rest/api/3/permissions/check', ask)).body as Grants).globalPermissions).toEqual([]);
  });

  it('lists of the issues asked about only those the caller may browse (a reporter sees their own)', async () => {
    const issues = env().emulator.state.listIssues().filter((i) => i.projectKey === 'MKT').slice(0, 60);
    const lena = env().emulator.users.find((u) => u.handle === 'lena');
    const own = issues.filter((i) => i.reporterAccountId === lena?.accountId).map((i) => Number(i.id));
    expect(own.length).toBeGreaterThan(0);
    const res = await env().as('lena')('POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues: issues.map((i) => Number(i.id)) }] });
    expect((res.body as Grants).projectPermissions[0]?.issues).toEqual(own.sort((a, b) => a - b));
  });

  it('refuses unknown permission keys and checking another user without Administer Jira', async () => {
    expect((await env().as('mia')('POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['FLY'] }] })).status).toBe(400);
    const alice = env().emulator.users.find((u) => u.handle === 'alice')?.accountId;
    expect((await env().as('mia')('POST', '/rest/api/3/permissions/check', { accountId: alice, globalPermissions: ['ADMINISTER'] })).status).toBe(403);
  });

  it('shows lena (browse as reporter) only the MKT issues she reported, in search and count', async () => {
    const lena = env().emulator.users.find((u) => u.handle === 'lena');
    const reported = env().emulator.state.listIssues().filter((i) => i.projectKey === 'MKT' && i.reporterAccountId === lena?.accountId);
    const found = (await env().as('lena')('POST', '/rest/api/3/search/jql', { jql: 'project = MKT', fields: ['id'], maxResults: 5000 })).body as { issues: Array<{ id: string }> };
    expect(found.issues.map((i) => i.id).sort()).toEqual(reported.map((i) => i.id).sort());
    expect((await env().as('lena')('POST', '/rest/api/3/search/approximate-count', { jql: 'project = MKT' })).body).toEqual({ count: reported.length });
  });
});
