import { fromForgeContext, routeFromPath } from './from-forge-context';

describe('routeFromPath', () => {
  it('takes the first path segment', () => {
    expect(routeFromPath('/metrics')).toBe('metrics');
    expect(routeFromPath('/metrics/flow')).toBe('metrics');
    expect(routeFromPath('board')).toBe('board');
  });
  it('answers null for the root or no path', () => {
    expect(routeFromPath('/')).toBeNull();
    expect(routeFromPath('')).toBeNull();
    expect(routeFromPath(null)).toBeNull();
  });
});

describe('fromForgeContext', () => {
  it('reads a project page context', () => {
    const ctx = fromForgeContext(
      { moduleKey: 'squadflow-project', accountId: 'acc-1', extension: { type: 'jira:projectPage', project: { id: '10000', key: 'MKT', type: 'software' } }, theme: { colorMode: 'dark' } },
      '/metrics',
    );
    expect(ctx).toEqual({
      moduleKey: 'squadflow-project',
      route: 'metrics',
      entryPoint: 'view',
      accountId: 'acc-1',
      projectKey: 'MKT',
      issueKey: null,
      squadId: null,
      gadgetConfig: null,
      colorMode: 'dark',
      host: 'forge',
    });
  });

  it('reads a gadget edit view with its saved configuration', () => {
    const ctx = fromForgeContext(
      { moduleKey: 'squadflow-gadget', extension: { entryPoint: 'edit', gadgetConfiguration: { title: 'Portfolio', squadId: 'growth' } }, theme: null },
      null,
    );
    expect(ctx.entryPoint).toBe('edit');
    expect(ctx.gadgetConfig).toEqual({ title: 'Portfolio', squadId: 'growth' });
    expect(ctx.squadId).toBe('growth');
    expect(ctx.colorMode).toBe('auto');
    expect(ctx.accountId).toBeNull();
  });

  it('reads the squad the gadget asked for from the project page location (?squad=)', () => {
    const ctx = fromForgeContext({ moduleKey: 'squadflow-project', extension: { project: { key: 'IT' } } }, '/metrics', '?squad=platform');
    expect([ctx.route, ctx.squadId, ctx.projectKey]).toEqual(['metrics', 'platform', 'IT']);
  });

  it('reads the issue and project of an issue panel', () => {
    const ctx = fromForgeContext({ moduleKey: 'squadflow-issue-panel', extension: { issue: { key: 'IT-42', id: '10042' }, project: { key: 'IT' } } }, null);
    expect([ctx.issueKey, ctx.projectKey, ctx.route]).toEqual(['IT-42', 'IT', null]);
  });
});
