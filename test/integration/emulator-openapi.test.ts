import { FIELD_VALUE_SCHEMAS, SERVED_OPERATIONS, type ServedOperation } from '../../local/jira-emulator/openapi-endpoints';
import { type TestResponse } from '../../local/jira-emulator/testing/test-client';
import { useTestEmulator } from '../helpers/emulator';
import { byName, expectValid, fixture, validatorFor } from '../helpers/openapi-schemas';

function expectOperation(op: ServedOperation, res: TestResponse, request?: unknown): void {
  const endpoint = fixture.endpoints[op];
  if (endpoint === undefined) throw new Error(`The fixture lacks ${op}; regenerate it`);
  if (request !== undefined && endpoint.request !== undefined) expectValid(validatorFor(endpoint.request), request, `${op} request`);
  expect(res.status).toBeLessThan(300);
  const schema = endpoint.responses[String(res.status)];
  if (schema !== undefined) expectValid(validatorFor(schema), res.body, `${op} ${res.status} response`);
}

/** Every rendered field value that the document types, checked against its own schema. */
function expectFieldValues(issue: { fields?: Record<string, unknown> }): number {
  let checked = 0;
  for (const [field, schemaName] of Object.entries(FIELD_VALUE_SCHEMAS)) {
    const value = issue.fields?.[field];
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      expectValid(byName(schemaName), v, `fields.${field}`);
      checked++;
    }
  }
  return checked;
}

describe('emulator answers match the Jira OpenAPI shapes', () => {
  const env = useTestEmulator();

  const searchRequest = { jql: 'project in (MKT, IT) ORDER BY key', fields: ['*all'], maxResults: 20, expand: 'changelog' };
  const probes: Record<ServedOperation, () => Promise<{ res: TestResponse; request?: unknown }>> = {
    'POST /rest/api/3/search/jql': async () => ({ res: await env().as('alice')('POST', '/rest/api/3/search/jql', searchRequest), request: searchRequest }),
    'GET /rest/api/3/search/jql': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/search/jql?jql=project%3DIT&fields=summary,status,parent,security&maxResults=3') }),
    'POST /rest/api/3/search/approximate-count': async () => {
      const request = { jql: 'project = IT AND statusCategory != Done' };
      return { res: await env().as('alice')('POST', '/rest/api/3/search/approximate-count', request), request };
    },
    'POST /rest/api/3/changelog/bulkfetch': async () => {
      const request = { issueIdsOrKeys: ['MKT-1', 'IT-1', '10010'], fieldIds: ['status', 'labels'], maxResults: 5 };
      return { res: await env().as('alice')('POST', '/rest/api/3/changelog/bulkfetch', request), request };
    },
    'GET /rest/api/3/issue/{issueIdOrKey}/changelog': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/issue/10010/changelog?maxResults=2') }),
    'GET /rest/api/3/issue/{issueIdOrKey}': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/issue/MKT-2?expand=changelog') }),
    'PUT /rest/api/3/issue/{issueIdOrKey}': async () => {
      const request = { update: { labels: [{ add: 'quick-win' }, { remove: 'seo' }] }, fields: { summary: 'Renamed by the OpenAPI test' } };
      return { res: await env().as('alice')('PUT', '/rest/api/3/issue/MKT-3', request), request };
    },
    'GET /rest/api/3/issue/{issueIdOrKey}/transitions': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/issue/MKT-4/transitions?expand=transitions.fields') }),
    'POST /rest/api/3/issue/{issueIdOrKey}/transitions': async () => {
      const issue = env().emulator.state.getIssue('MKT-5');
      const list = (await env().as('alice')('GET', '/rest/api/3/issue/MKT-5/transitions')).body as { transitions: Array<{ id: string }> };
      const request = { transition: { id: list.transitions[0]?.id ?? '?' } };
      expect(issue).toBeDefined();
      return { res: await env().as('alice')('POST', '/rest/api/3/issue/MKT-5/transitions', request), request };
    },
    'GET /rest/api/3/project/search': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/project/search?maxResults=1') }),
    'GET /rest/api/3/project/{projectIdOrKey}': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/project/IT') }),
    'GET /rest/api/3/project/{projectIdOrKey}/statuses': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/project/MKT/statuses') }),
    'GET /rest/api/3/mypermissions': async () => ({ res: await env().as('mia')('GET', '/rest/api/3/mypermissions?projectKey=IT&permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER') }),
    'POST /rest/api/3/permissions/check': async () => {
      const request = { globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: [10000, 10001] }] };
      return { res: await env().as('mia')('POST', '/rest/api/3/permissions/check', request), request };
    },
    'GET /rest/api/3/myself': async () => ({ res: await env().as('ivan')('GET', '/rest/api/3/myself') }),
    'GET /rest/api/3/status': async () => ({ res: await env().as('carol')('GET', '/rest/api/3/status') }),
    'GET /rest/api/3/statuses/search': async () => ({ res: await env().as('alice')('GET', '/rest/api/3/statuses/search?statusCategory=DONE&maxResults=2') }),
    'GET /rest/api/3/field': async () => ({ res: await env().as('mark')('GET', '/rest/api/3/field') }),
  };

  it('has a probe for every operation the emulator serves, and the fixture has them all', () => {
    expect(Object.keys(probes).sort()).toEqual(Object.keys(SERVED_OPERATIONS).sort());
    expect(Object.keys(fixture.endpoints).sort()).toEqual(Object.keys(SERVED_OPERATIONS).sort());
  });

  it.each(Object.keys(SERVED_OPERATIONS) as ServedOperation[])('%s', async (op) => {
    const { res, request } = await probes[op]();
    expectOperation(op, res, request);
  });

  it('renders every typed field value in its own schema (status, project, users, priority, …)', async () => {
    const res = await env().as('alice')('POST', '/rest/api/3/search/jql', { jql: 'project in (MKT, IT) ORDER BY key', fields: ['*all'], maxResults: 100 });
    const issues = (res.body as { issues: Array<{ fields?: Record<string, unknown> }> }).issues;
    const checked = issues.reduce((sum, issue) => sum + expectFieldValues(issue), 0);
    expect(checked).toBeGreaterThan(100 * 4);
  });

  it('holds answers to the schemas strictly: unknown properties and non-Jira timestamps fail', () => {
    expect(byName('IssueBean')({ id: '1', key: 'MKT-1', bogus: true })).toBe(false);
    expect(byName('Changelog')({ id: '1', created: '2024-03-05T14:07:33.512+00:00', items: [] })).toBe(false);
    expect(byName('Changelog')({ id: '1', created: '2024-03-05T14:07:33.512+0000', items: [] })).toBe(true);
  });

  it('answers errors in the ErrorCollection shape', async () => {
    const errors = await Promise.all([
      env().as('alice')('POST', '/rest/api/3/search/jql', { jql: 'project = NOPE' }),
      env().anonymous('GET', '/rest/api/3/myself'),
      env().as('mark')('GET', '/rest/api/3/issue/IT-1'),
      env().as('alice')('POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: [] }),
      env().as('alice')('POST', '/rest/api/3/search/jql', '{"jql": '),
    ]);
    expect(errors.map((e) => e.status)).toEqual([400, 401, 404, 400, 400]);
    for (const e of errors) expectValid(byName('ErrorCollection'), e.body, `${e.status} error`);
  });
});
