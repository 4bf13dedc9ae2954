import api, { assumeTrustedRoute, type RequestProductMethod } from '@forge/api';
import type { JiraHttp, JiraHttpFactory, JiraRequest, JiraResponse } from '../ports/jira-http';

/**
 * JiraHttp over Forge's product fetch: the only file importing `@forge/api`. Paths arrive already
 * escaped by `jiraRoute` (the JiraPath brand guarantees it), so `assumeTrustedRoute` only wraps
 * them in Forge's Route type. Never the bare `requestJira` export, which is unauthenticated.
 */
function transport(requestJira: RequestProductMethod): JiraHttp {
  return {
    async request(req: JiraRequest): Promise<JiraResponse> {
      const res = await requestJira(assumeTrustedRoute(req.path), {
        method: req.method,
        headers: {
          Accept: 'application/json',
          ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
        ...(req.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(req.timeoutMs) }),
      });
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      return { status: res.status, headers, text: await res.text() };
    },
  };
}

/**
 * `asUser` acts as the user who invoked the resolver (Forge knows them from the invocation; the
 * account ID from the trusted context is the same person, so it is not passed on: passing one would
 * ask Forge to impersonate). `asApp` is the app's own account, for background sync.
 */
export const forgeJiraHttp: JiraHttpFactory = {
  asUser: () => transport((route, init) => api.asUser().requestJira(route, init)),
  asApp: () => transport((route, init) => api.asApp().requestJira(route, init)),
};
