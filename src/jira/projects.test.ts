import type { JiraHttp } from '../ports/jira-http';
import { JiraClient } from './jira-client';
import { searchProjects } from './projects';

describe('searchProjects', () => {
  it('asks project/search for browsable projects matching the query and answers id, key and name', async () => {
    const paths: string[] = [];
    const http: JiraHttp = {
      request: async (req) => {
        paths.push(req.path);
        const values = [{ id: '10000', key: 'MKT', name: 'Marketing', projectTypeKey: 'business', self: 'x' }];
        return { status: 200, headers: {}, text: JSON.stringify({ isLast: true, startAt: 0, maxResults: 20, total: 1, values }) };
      },
    };
    expect(await searchProjects(client(http), { query: ' mark ', keys: ['MKT', 'IT'], maxResults: 500 })).toEqual([{ id: '10000', key: 'MKT', name: 'Marketing' }]);
    expect(paths).toEqual(['/rest/api/3/project/search?orderBy=key&maxResults=100&action=view&query=mark&keys=MKT&keys=IT']);
  });
});

/** The real client over a scripted transport, without retries so each answer is final. */
function client(http: JiraHttp): JiraClient {
  return new JiraClient(http, { maxAttempts: 1 });
}
