import { pageContextFor, type PageRequest } from './page-context';

const ALICE = '5b10ac8d82e05b22cc7d4ef5';
const req = (path: string, query: Record<string, unknown> = {}): PageRequest => ({ path, query, defaultAccountId: ALICE, defaultProjectKey: 'MKT' });

describe('pageContextFor', () => {
  it('opens the project page on the board route in the default project as the default user', () => {
    expect(pageContextFor(req('/board'))).toEqual({
      ok: true,
      context: {
        moduleKey: 'squadflow-project',
        route: 'board',
        entryPoint: 'view',
        accountId: ALICE,
        projectKey: 'MKT',
        issueKey: null,
        squadId: null,
        colorMode: 'light',
        gadgetId: null,
        gadgetConfig: null,
      },
    });
  });

  it('takes project, squad, user and theme from the query', () => {
    const result = pageContextFor(req('/metrics/', { project: 'IT', squad: 'growth', as: 'acc-2', theme: 'dark' }));
    expect(result.ok && result.context).toMatchObject({ moduleKey: 'squadflow-project', route: 'metrics', projectKey: 'IT', squadId: 'growth', accountId: 'acc-2', colorMode: 'dark' });
  });

  it('opens the gadget view and edit entry points with an instance id', () => {
    const view = pageContextFor(req('/gadget'));
    const edit = pageContextFor(req('/gadget/edit', { gadget: 'g2' }));
    expect(view.ok && [view.context.moduleKey, view.context.entryPoint, view.context.gadgetId]).toEqual(['squadflow-gadget', 'view', 'default']);
    expect(edit.ok && [edit.context.moduleKey, edit.context.entryPoint, edit.context.gadgetId]).toEqual(['squadflow-gadget', 'edit', 'g2']);
  });

  it('opens the issue panel with the issue and its project', () => {
    const result = pageContextFor(req('/issue/IT-42'));
    expect(result.ok && [result.context.moduleKey, result.context.issueKey, result.context.projectKey]).toEqual(['squadflow-issue-panel', 'IT-42', 'IT']);
  });

  it("opens a project's settings page with that project (the default one without ?project=)", () => {
    const mkt = pageContextFor(req('/project-settings', { project: 'MKT' }));
    expect(mkt.ok && [mkt.context.moduleKey, mkt.context.projectKey]).toEqual(['squadflow-project-settings', 'MKT']);
    const fallback = pageContextFor(req('/project-settings'));
    expect(fallback.ok && fallback.context.projectKey).toBe('MKT');
  });

  it('opens the admin page', () => {
    const result = pageContextFor(req('/admin'));
    expect(result.ok && result.context.moduleKey).toBe('squadflow-admin');
  });

  it('refuses malformed parameters, naming them', () => {
    expect(pageContextFor(req('/board', { project: 'mkt' }))).toEqual({ ok: false, status: 400, message: '?project=mkt is not a Jira project key (e.g. MKT).' });
    expect(pageContextFor(req('/issue/MKT-0'))).toEqual({ ok: false, status: 400, message: '"MKT-0" is not an issue key (e.g. MKT-12).' });
    expect(pageContextFor(req('/board', { theme: 'blue' }))).toEqual({ ok: false, status: 400, message: '?theme=blue must be light, dark or auto.' });
    expect(pageContextFor(req('/board', { squad: 'Growth Squad' })).ok).toBe(false);
  });

  it('answers 404 for other paths', () => {
    const result = pageContextFor(req('/settings'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.status).toBe(404);
  });
});
