import { toResolverContext } from './forge-context';

describe('toResolverContext', () => {
  it('maps the Forge context of a project page', () => {
    expect(
      toResolverContext({
        accountId: 'acc-1',
        cloudId: 'cloud-9',
        moduleKey: 'squadflow-project',
        localId: 'x',
        extension: { type: 'jira:projectPage', project: { id: '10000', key: 'MKT', type: 'software' } },
      }),
    ).toEqual({ accountId: 'acc-1', cloudId: 'cloud-9', moduleKey: 'squadflow-project', projectKey: 'MKT' });
  });

  it('maps an issue panel and a gadget configuration', () => {
    expect(toResolverContext({ accountId: 'a', extension: { issue: { key: 'IT-7', id: '1' } } })).toEqual({ accountId: 'a', issueKey: 'IT-7' });
    expect(toResolverContext({ accountId: 'a', moduleKey: 'g', extension: { gadgetConfiguration: { squadId: 'growth' } } })).toEqual({
      accountId: 'a',
      moduleKey: 'g',
      gadgetConfig: { squadId: 'growth' },
    });
  });

  it('answers null without a signed-in user', () => {
    expect(toResolverContext({ moduleKey: 'squadflow-admin' })).toBeNull();
    expect(toResolverContext(undefined)).toBeNull();
    expect(toResolverContext({ accountId: 42 })).toBeNull();
  });
});
