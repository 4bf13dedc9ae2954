import { PROJECT_SETTINGS_MODULE } from '../../../src/contract/modules';
import type { HostContext } from '../bridge/host-bridge';

/** Module keys as declared in manifest.yml; every module points at the same `main` resource. */
export const MODULE_KEYS = {
  project: 'squadflow-project',
  gadget: 'squadflow-gadget',
  issuePanel: 'squadflow-issue-panel',
  admin: 'squadflow-admin',
  projectSettings: PROJECT_SETTINGS_MODULE,
} as const;

/** Routes of the project page's sub-pages (`pages[].route` in manifest.yml). */
export const PROJECT_ROUTES = { board: 'board', metrics: 'metrics' } as const;

export type PageId = 'board' | 'metrics' | 'gadget' | 'gadget-edit' | 'issue' | 'admin' | 'project-settings';

/**
 * Which page to render for a module context: the project page by its sub-page route (the board
 * when Jira opens it without one), the gadget by its entry point. Null for a module key this app
 * does not declare.
 */
export function pageForContext(ctx: Pick<HostContext, 'moduleKey' | 'route' | 'entryPoint'>): PageId | null {
  switch (ctx.moduleKey) {
    case MODULE_KEYS.project:
      return ctx.route === PROJECT_ROUTES.metrics ? 'metrics' : 'board';
    case MODULE_KEYS.gadget:
      return ctx.entryPoint === 'edit' ? 'gadget-edit' : 'gadget';
    case MODULE_KEYS.issuePanel:
      return 'issue';
    case MODULE_KEYS.admin:
      return 'admin';
    case MODULE_KEYS.projectSettings:
      return 'project-settings';
    default:
      return null;
  }
}
