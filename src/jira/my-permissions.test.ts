import type { JiraHttp, JiraRequest } from '../ports/jira-http';
import { JiraClient } from './jira-client';
import { getMyPermissions, getMyProjectPermissions } from './my-permissions';

/** Answers mypermissions like Jira: alice is a Jira admin, MKT is browsable, SEC is invisible. */
function fakeJira(seen: string[]): JiraHttp {
  return {
    request: async (req: JiraRequest) => {
      seen.push(req.path);
      const url = new URL(req.path, 'http://jira');
      const project = url.searchParams.get('projectKey');
      if (project === 'SEC') return { status: 404, headers: {}, text: '{"errorMessages":["No project could be found with key \'SEC\'."]}' };
      const perms = (url.searchParams.get('permissions') ?? '').split(',');
      const have: Record<string, boolean> = { ADMINISTER: false, ADMINISTER_PROJECTS: project === 'MKT', BROWSE_PROJECTS: true };
      const permissions = Object.fromEntries(perms.map((p) => [p, { key: p, havePermission: have[p] ?? false }]));
      return { status: 200, headers: {}, text: JSON.stringify({ permissions }) };
    },
  };
}

describe('getMyPermissions', () => {
  it('asks for the listed permissions in a project and answers each as a boolean', async () => {
    const seen: string[] = [];
    expect(await getMyPermissions(client(fakeJira(seen)), { projectKey: 'MKT' }, ['ADMINISTER', 'ADMINISTER_PROJECTS'])).toEqual({
      ADMINISTER: false,
      ADMINISTER_PROJECTS: true,
    });
    expect(seen).toEqual(['/rest/api/3/mypermissions?permissions=ADMINISTER%2CADMINISTER_PROJECTS&projectKey=MKT']);
  });

  it('answers false for everything in a project the caller cannot see', async () => {
    expect(await getMyPermissions(client(fakeJira([])), { projectKey: 'SEC' }, ['BROWSE_PROJECTS'])).toEqual({ BROWSE_PROJECTS: false });
  });

  it('throws on other errors, naming the status', async () => {
    const broken: JiraHttp = { request: async () => ({ status: 503, headers: { 'retry-after': '7' }, text: '' }) };
    await expect(getMyPermissions(client(broken), {}, ['ADMINISTER'])).rejects.toMatchObject({ status: 503, message: 'GET /rest/api/3/mypermissions answered HTTP 503' });
  });
});

describe('getMyProjectPermissions', () => {
  it('answers per project, asking once per distinct key', async () => {
    const seen: string[] = [];
    expect(await getMyProjectPermissions(client(fakeJira(seen)), ['MKT', 'SEC', 'MKT'], ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'])).toEqual({
      MKT: { BROWSE_PROJECTS: true, ADMINISTER_PROJECTS: true },
      SEC: { BROWSE_PROJECTS: false, ADMINISTER_PROJECTS: false },
    });
    expect(seen).toHaveLength(2);
  });
});

/** The real client over a scripted transport, without retries so each answer is final. */
function client(http: JiraHttp): JiraClient {
  return new JiraClient(http, { maxAttempts: 1 });
}
