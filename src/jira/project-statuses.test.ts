import type { JiraHttp } from '../ports/jira-http';
import { JiraClient } from './jira-client';
import { getProjectStatuses } from './project-statuses';

const status = (id: string, name: string, key: string) => ({ id, name, self: `https://x/status/${id}`, statusCategory: { id: 1, key, name: key } });

describe('getProjectStatuses', () => {
  it('lists each status once with the issue types that use it and its category key', async () => {
    const body = [
      { id: '10001', name: 'Story', self: 'x', subtask: false, statuses: [status('1', 'Idea', 'new'), status('3', 'Pilot', 'indeterminate')] },
      { id: '10002', name: 'Task', self: 'x', subtask: false, statuses: [status('3', 'Pilot', 'indeterminate'), status('9', 'Odd', 'weird')] },
    ];
    const paths: string[] = [];
    const http: JiraHttp = { request: async (req) => (paths.push(req.path), { status: 200, headers: {}, text: JSON.stringify(body) }) };
    expect(await getProjectStatuses(client(http), 'MKT')).toEqual([
      { id: '1', name: 'Idea', category: 'new', issueTypes: ['Story'] },
      { id: '3', name: 'Pilot', category: 'indeterminate', issueTypes: ['Story', 'Task'] },
      { id: '9', name: 'Odd', category: 'undefined', issueTypes: ['Task'] },
    ]);
    expect(paths).toEqual(['/rest/api/3/project/MKT/statuses']);
  });

  it('answers null for a project that does not exist or cannot be seen', async () => {
    const http: JiraHttp = { request: async () => ({ status: 404, headers: {}, text: '{}' }) };
    expect(await getProjectStatuses(client(http), 'NOPE')).toBeNull();
  });

  it('refuses an answer of the wrong shape, naming the request', async () => {
    const http: JiraHttp = { request: async () => ({ status: 200, headers: {}, text: '{"values":[]}' }) };
    await expect(getProjectStatuses(client(http), 'MKT')).rejects.toThrow('GET /rest/api/3/project/MKT/statuses answered an unexpected body: (root): ');
  });
});

/** The real client over a scripted transport, without retries so each answer is final. */
function client(http: JiraHttp): JiraClient {
  return new JiraClient(http, { maxAttempts: 1 });
}
