import type { JiraHttp, JiraRequest, JiraResponse } from '../ports/jira-http';

export interface BasicAuthSite {
  /** Site root, e.g. https://your-site.atlassian.net or http://localhost:4000 for the emulator. */
  baseUrl: string;
  email: string;
  apiToken: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * JiraHttp over fetch with basic auth (email + API token), for the local harness, the CLI's `pull`
 * and tests. Network failures and time-outs surface as thrown errors; HTTP errors as responses.
 */
export function createFetchJiraHttp(site: BasicAuthSite, fetchImpl: typeof fetch = fetch): JiraHttp {
  const base = site.baseUrl.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${site.email}:${site.apiToken}`).toString('base64')}`;
  return {
    async request(req: JiraRequest): Promise<JiraResponse> {
      const res = await fetchImpl(base + req.path, {
        method: req.method,
        headers: {
          authorization,
          accept: 'application/json',
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal: AbortSignal.timeout(req.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      return { status: res.status, headers, text: await res.text() };
    },
  };
}
