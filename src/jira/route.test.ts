import { jiraRoute } from './route';

describe('jiraRoute', () => {
  it('encodes interpolated values so they stay one segment', () => {
    expect(jiraRoute`/rest/api/3/issue/${'MKT-1'}`).toBe('/rest/api/3/issue/MKT-1');
    expect(jiraRoute`/rest/api/3/issue/${'../../admin?x=1'}`).toBe('/rest/api/3/issue/..%2F..%2Fadmin%3Fx%3D1');
  });

  it('refuses dot segments', () => {
    expect(() => jiraRoute`/rest/api/3/project/${'..'}/statuses`).toThrow('Refusing path segment ".."');
  });

  it('passes query parameters through URLSearchParams encoding', () => {
    const q = new URLSearchParams({ projectKey: 'IT', permissions: 'BROWSE_PROJECTS,EDIT_ISSUES' });
    expect(jiraRoute`/rest/api/3/mypermissions?${q}`).toBe('/rest/api/3/mypermissions?projectKey=IT&permissions=BROWSE_PROJECTS%2CEDIT_ISSUES');
  });

  it('only builds REST paths', () => {
    expect(() => jiraRoute`https://evil.example/${'x'}`).toThrow('Jira paths start with /rest/');
  });
});
