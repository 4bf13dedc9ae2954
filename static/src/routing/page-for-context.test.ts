import { pageForContext } from './page-for-context';

const ctx = (moduleKey: string, route: string | null = null, entryPoint: 'view' | 'edit' = 'view') => ({ moduleKey, route, entryPoint });

describe('pageForContext', () => {
  it('routes the project page by its sub-page route, board first', () => {
    expect(pageForContext(ctx('squadflow-project', 'board'))).toBe('board');
    expect(pageForContext(ctx('squadflow-project', 'metrics'))).toBe('metrics');
    expect(pageForContext(ctx('squadflow-project', null))).toBe('board');
    expect(pageForContext(ctx('squadflow-project', 'no-such-route'))).toBe('board');
  });

  it('routes the gadget by entry point', () => {
    expect(pageForContext(ctx('squadflow-gadget'))).toBe('gadget');
    expect(pageForContext(ctx('squadflow-gadget', null, 'edit'))).toBe('gadget-edit');
  });

  it('routes the issue panel, the admin page and the project settings page', () => {
    expect(pageForContext(ctx('squadflow-issue-panel'))).toBe('issue');
    expect(pageForContext(ctx('squadflow-admin'))).toBe('admin');
    expect(pageForContext(ctx('squadflow-project-settings'))).toBe('project-settings');
  });

  it('answers null for a module key the manifest does not declare', () => {
    expect(pageForContext(ctx('squadflow-board'))).toBeNull();
    expect(pageForContext(ctx(''))).toBeNull();
  });
});
