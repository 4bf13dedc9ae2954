import { SECURITY_RESTRICTED } from '../../local/demo-data';
import { useTestEmulator } from '../helpers/emulator';

type SearchPage = { issues: Array<{ key: string }> };
const NOT_FOUND = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

describe('emulator permissions', () => {
  const env = useTestEmulator();

  const itIssue = (): { id: string; key: string } => {
    const issue = env().emulator.state.listIssues().find((i) => i.projectKey === 'IT' && i.securityLevelId === null && i.histories.length > 0);
    if (issue === undefined) throw new Error('no open IT issue in the test data');
    return issue;
  };
  const restricted = (): Array<{ id: string; key: string }> =>
    env().emulator.state.listIssues().filter((i) => i.securityLevelId === SECURITY_RESTRICTED);

  it('answers 401 without credentials, with a wrong token, or an unknown e-mail', async () => {
    for (const call of [env().anonymous, env().withCredentials('mark@example.com', 'wrong'), env().withCredentials('nobody@example.com', 'x')]) {
      const res = await call('GET', '/rest/api/3/myself');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ errorMessages: [expect.stringContaining('authenticat')], errors: {} });
    }
  });

  describe('mark (CMO, browses MKT only) sees no IT issue through any endpoint', () => {
    it('search, issue, changelogs and transitions', async () => {
      const mark = env().as('mark');
      const it = itIssue();
      const all = (await mark('POST', '/rest/api/3/search/jql', { jql: 'project = MKT', maxResults: 5000 })).body as SearchPage;
      expect(all.issues.length).toBe(env().emulator.state.listIssues().filter((i) => i.projectKey === 'MKT').length);
      expect(all.issues.every((i) => i.key.startsWith('MKT-'))).toBe(true);
      expect((await mark('POST', '/rest/api/3/search/jql', { jql: 'project = IT' })).body).toEqual({
        errorMessages: ["The value 'IT' does not exist for the field 'project'."],
        errors: {},
      });
      expect((await mark('POST', '/rest/api/3/search/jql', { jql: `key = ${it.key}` })).status).toBe(400);
      for (const path of [`/rest/api/3/issue/${it.key}`, `/rest/api/3/issue/${it.id}/changelog`, `/rest/api/3/issue/${it.key}/transitions`]) {
        const res = await mark('GET', path);
        expect([path, res.status, res.body]).toEqual([path, 404, NOT_FOUND]);
      }
      const bulk = await mark('POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: [it.key, it.id] });
      expect(bulk.body).toEqual({ issueChangeLogs: [] });
    });

    it('projects, statuses and permissions', async () => {
      const mark = env().as('mark');
      const projects = (await mark('GET', '/rest/api/3/project/search')).body as { values: Array<{ key: string }>; total: number };
      expect(projects.values.map((p) => p.key)).toEqual(['MKT']);
      expect((await mark('GET', '/rest/api/3/project/IT')).status).toBe(404);
      expect((await mark('GET', '/rest/api/3/project/IT/statuses')).body).toEqual({ errorMessages: ["No project could be found with key 'IT'."], errors: {} });
      expect((await mark('GET', '/rest/api/3/mypermissions?projectKey=IT&permissions=BROWSE_PROJECTS')).status).toBe(404);
      const statuses = (await mark('GET', '/rest/api/3/status')).body as Array<{ id: string }>;
      expect(statuses.map((s) => s.id)).toEqual(['10000', '10001', '10002', '10003', '10004', '10005']);
      const perms = (await mark('GET', '/rest/api/3/mypermissions?projectKey=MKT&permissions=BROWSE_PROJECTS,EDIT_ISSUES')).body;
      expect(perms).toMatchObject({ permissions: { BROWSE_PROJECTS: { havePermission: true }, EDIT_ISSUES: { havePermission: false } } });
    });
  });

  describe('issue security: restricted IT issues', () => {
    it('are hidden from mia (browses IT) but not from ivan, carol, alice or the app', async () => {
      const hidden = restricted();
      expect(hidden.length).toBeGreaterThan(3);
      const itTotal = env().emulator.state.listIssues().filter((i) => i.projectKey === 'IT').length;
      const count = async (handle: string): Promise<number> =>
        ((await env().as(handle)('POST', '/rest/api/3/search/jql', { jql: 'project = IT', maxResults: 5000 })).body as SearchPage).issues.length;
      expect(await count('mia')).toBe(itTotal - hidden.length);
      for (const handle of ['ivan', 'carol', 'alice', 'app']) expect(await count(handle)).toBe(itTotal);

      const sample = hidden[0] ?? { id: '', key: '' };
      expect((await env().as('mia')('GET', `/rest/api/3/issue/${sample.key}`)).body).toEqual(NOT_FOUND);
      expect((await env().as('ivan')('GET', `/rest/api/3/issue/${sample.key}?fields=security`)).body).toMatchObject({ fields: { security: { name: 'Restricted' } } });
      const bulk = (await env().as('mia')('POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: hidden.map((i) => i.id) })).body as { issueChangeLogs: unknown[] };
      expect(bulk.issueChangeLogs).toEqual([]);
      expect((await env().as('mia')('POST', '/rest/api/3/search/jql', { jql: `key = ${sample.key}` })).body).toEqual({
        errorMessages: [`An issue with key '${sample.key}' does not exist for field 'key'.`],
        errors: {},
      });
    });
  });

  describe('edit and transition permissions', () => {
    it('carol (CIO) browses but cannot edit or transition', async () => {
      const carol = env().as('carol');
      const it = itIssue();
      expect((await carol('PUT', `/rest/api/3/issue/${it.key}`, { update: { labels: [{ add: 'quick-win' }] } })).body).toEqual({
        errorMessages: ['You do not have permission to edit issues in this project.'],
        errors: {},
      });
      expect((await carol('GET', `/rest/api/3/issue/${it.key}/transitions`)).body).toEqual({ expand: 'transitions', transitions: [] });
      expect((await carol('POST', `/rest/api/3/issue/${it.key}/transitions`, { transition: { id: '31' } })).status).toBe(400);
      const perms = (await carol('GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER')).body;
      expect(perms).toMatchObject({
        permissions: { BROWSE_PROJECTS: { havePermission: true }, EDIT_ISSUES: { havePermission: false }, ADMINISTER: { havePermission: false, type: 'GLOBAL' } },
      });
    });

    it('mia edits MKT but not IT; alice is a Jira admin', async () => {
      const mkt = env().emulator.state.listIssues().find((i) => i.projectKey === 'MKT');
      expect((await env().as('mia')('PUT', `/rest/api/3/issue/${mkt?.key ?? ''}`, { update: { labels: [{ add: 'mia-was-here' }] } })).status).toBe(204);
      expect((await env().as('mia')('PUT', `/rest/api/3/issue/${itIssue().key}`, { update: { labels: [{ add: 'x' }] } })).status).toBe(400);
      const mine = (await env().as('mia')('GET', '/rest/api/3/mypermissions?projectKey=IT&permissions=BROWSE_PROJECTS,EDIT_ISSUES')).body;
      expect(mine).toMatchObject({ permissions: { BROWSE_PROJECTS: { havePermission: true }, EDIT_ISSUES: { havePermission: false } } });
      const admin = (await env().as('alice')('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER,ADMINISTER_PROJECTS')).body;
      expect(admin).toMatchObject({ permissions: { ADMINISTER: { havePermission: true }, ADMINISTER_PROJECTS: { havePermission: true } } });
      expect((await env().as('mia')('GET', '/rest/api/3/statuses/search')).status).toBe(401);
    });

    it('refuses missing or unknown permission keys', async () => {
      expect((await env().as('alice')('GET', '/rest/api/3/mypermissions')).status).toBe(400);
      expect((await env().as('alice')('GET', '/rest/api/3/mypermissions?permissions=FLY')).body).toEqual({
        errorMessages: ["Unrecognized permission key: 'FLY'."],
        errors: {},
      });
    });
  });
});
