import type { JiraHttp, JiraRequest, JiraResponse } from '../../ports/jira-http';

export type Scripted = JiraResponse | Error | ((req: JiraRequest) => JiraResponse | Promise<JiraResponse>);

/** A JiraHttp that answers from a script, one entry per request, and records what was asked. */
export function scriptedHttp(script: Scripted[]): JiraHttp & { requests: JiraRequest[] } {
  const requests: JiraRequest[] = [];
  return {
    requests,
    async request(req) {
      requests.push(req);
      const next = script.shift();
      if (next === undefined) throw new Error(`unscripted request ${req.method} ${req.path}`);
      if (next instanceof Error) throw next;
      return typeof next === 'function' ? next(req) : next;
    },
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): JiraResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  text: JSON.stringify(body),
});
