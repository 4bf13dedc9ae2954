/**
 * The one way the app talks to Jira. The Forge transport wraps `api.asUser()/asApp().requestJira`;
 * the local transport is fetch with basic auth to the emulator or a real site.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A path already escaped by `jiraRoute` (src/jira/route.ts); the brand stops raw strings. */
export type JiraPath = string & { readonly __jiraPath: unique symbol };

export interface JiraRequest {
  method: HttpMethod;
  path: JiraPath;
  body?: unknown;
  /** Abort after this long; transports enforce it. */
  timeoutMs?: number;
}

export interface JiraResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Raw body text; the client parses and zod-checks it. */
  text: string;
}

export interface JiraHttp {
  request(req: JiraRequest): Promise<JiraResponse>;
}

/** Who a request runs as: the user viewing a page, or the app for background work. */
export interface JiraHttpFactory {
  asUser(accountId: string): JiraHttp;
  asApp(): JiraHttp;
}
