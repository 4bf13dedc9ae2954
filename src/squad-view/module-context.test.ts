import { projectOfIssueKey, squadFitsModule } from './module-context';

const squad = { projects: ['MKT', 'IT'] };

describe('squadFitsModule', () => {
  it('lets a project page ask only about squads holding its project', () => {
    expect(squadFitsModule({ accountId: 'a', projectKey: 'MKT' }, squad)).toBe(true);
    expect(squadFitsModule({ accountId: 'a', projectKey: 'OPS' }, squad)).toBe(false);
  });

  it("lets an issue panel ask only about the issue's squads", () => {
    expect(squadFitsModule({ accountId: 'a', issueKey: 'IT-42' }, squad)).toBe(true);
    expect(squadFitsModule({ accountId: 'a', issueKey: 'OPS-42' }, squad)).toBe(false);
    expect(squadFitsModule({ accountId: 'a', issueKey: 'nonsense' }, squad)).toBe(false);
  });

  it('leaves other modules (admin page, gadget) to the read permission alone', () => {
    expect(squadFitsModule({ accountId: 'a', moduleKey: 'squadflow-admin' }, squad)).toBe(true);
  });
});

describe('projectOfIssueKey', () => {
  it('takes the key before the last dash', () => {
    expect(projectOfIssueKey('MKT_2-7')).toBe('MKT_2');
    expect(projectOfIssueKey('-7')).toBeNull();
  });
});
