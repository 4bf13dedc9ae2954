import type { LocalPageContext } from '../../static/src/bridge/local-page-context';
import { GADGET_ID } from './gadget-configs';

/**
 * The harness plays Jira: for each page path it decides which module is open and with what
 * context, as Jira does for Forge. Query: `?project=`, `?squad=`, `?as=`, `?theme=`, `?gadget=`.
 */
export const PAGE_PATHS = ['/board', '/metrics', '/gadget', '/gadget/edit', '/issue/:key', '/admin', '/project-settings'] as const;

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/;
const ISSUE_KEY = /^([A-Z][A-Z0-9_]{1,9})-[1-9]\d{0,9}$/;
const SQUAD_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export type PageContextResult = { ok: true; context: LocalPageContext } | { ok: false; status: 400 | 404; message: string };

export interface PageRequest {
  path: string;
  query: Record<string, unknown>;
  /** Account the page acts as when `?as=` is absent. */
  defaultAccountId: string;
  /** Project a project page opens when `?project=` is absent (Jira always has one). */
  defaultProjectKey: string | null;
}

function param(query: Record<string, unknown>, name: string): string | null {
  const value = query[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

const fail = (status: 400 | 404, message: string): PageContextResult => ({ ok: false, status, message });

/** Path and query → the module context of the page, or what is wrong with the request. */
export function pageContextFor(req: PageRequest): PageContextResult {
  const q = req.query;
  const project = param(q, 'project');
  if (project !== null && !PROJECT_KEY.test(project)) return fail(400, `?project=${project} is not a Jira project key (e.g. MKT).`);
  const squad = param(q, 'squad');
  if (squad !== null && !SQUAD_ID.test(squad)) return fail(400, `?squad=${squad} is not a squad ID (lower-case letters, digits, dashes).`);
  const theme = param(q, 'theme') ?? 'light';
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') return fail(400, `?theme=${theme} must be light, dark or auto.`);
  const gadget = param(q, 'gadget') ?? 'default';
  if (!GADGET_ID.test(gadget)) return fail(400, `?gadget=${gadget} must be 1-40 letters, digits, _ or -.`);

  const base: LocalPageContext = {
    moduleKey: '',
    route: null,
    entryPoint: 'view',
    accountId: param(q, 'as') ?? req.defaultAccountId,
    projectKey: project,
    issueKey: null,
    squadId: squad,
    colorMode: theme,
    gadgetId: null,
    // Filled by the page server from the dashboard's saved configurations (see gadget-configs.ts).
    gadgetConfig: null,
  };
  const path = req.path.replace(/\/+$/, '') || '/';
  const projectPage = (route: string): PageContextResult => ({
    ok: true,
    context: { ...base, moduleKey: 'squadflow-project', route, projectKey: project ?? req.defaultProjectKey },
  });
  switch (path) {
    case '/board':
      return projectPage('board');
    case '/metrics':
      return projectPage('metrics');
    case '/gadget':
      return { ok: true, context: { ...base, moduleKey: 'squadflow-gadget', gadgetId: gadget } };
    case '/gadget/edit':
      return { ok: true, context: { ...base, moduleKey: 'squadflow-gadget', entryPoint: 'edit', gadgetId: gadget } };
    case '/admin':
      return { ok: true, context: { ...base, moduleKey: 'squadflow-admin' } };
    case '/project-settings':
      // jira:projectSettingsPage: Jira opens it inside one project's settings.
      return { ok: true, context: { ...base, moduleKey: 'squadflow-project-settings', projectKey: project ?? req.defaultProjectKey } };
  }
  const issue = /^\/issue\/([^/]+)$/.exec(path);
  if (issue) {
    const key = decodeURIComponent(issue[1] ?? '');
    const match = ISSUE_KEY.exec(key);
    if (!match) return fail(400, `"${key}" is not an issue key (e.g. MKT-12).`);
    return { ok: true, context: { ...base, moduleKey: 'squadflow-issue-panel', issueKey: key, projectKey: match[1] ?? null } };
  }
  return fail(404, `No SquadFlow page at ${path}. Pages: ${PAGE_PATHS.join(', ')}.`);
}
