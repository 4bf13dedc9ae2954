import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { JiraHttp, JiraRequest, JiraResponse } from '../ports/jira-http';
import type { BasicAuthSite } from './fetch-transport';

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * JiraHttp over `node:http` with a keep-alive agent, for a Jira on plain http — the local Jira
 * emulator. It answers exactly what {@link createFetchJiraHttp} answers (status, lower-case headers,
 * the body as text) and sends the same request: the same URL (parsed with WHATWG `URL`, as fetch
 * does, so a `jiraRoute` path reaches the server byte for byte), basic auth, `accept`, and a JSON
 * body with its content type. Global fetch costs several times more CPU per request (a Request and
 * a Response object, web streams, an AbortSignal with its timer): on the harness's one thread, at
 * three Jira requests a page view, that was about a sixth of a burst call's CPU. Network failures
 * and time-outs are thrown, HTTP errors answered, as with fetch. https sites keep using fetch.
 *
 * `agent`: the connection pool (one per harness, shared by its users' transports); it holds
 * sockets, nothing about who asked.
 */
export function createNodeJiraHttp(site: BasicAuthSite, agent: Agent = new Agent({ keepAlive: true })): JiraHttp {
  const base = site.baseUrl.replace(/\/+$/, '');
  if (!base.startsWith('http://')) throw new Error(`createNodeJiraHttp talks plain http only, not ${base.slice(0, 40)}; use createFetchJiraHttp`);
  const authorization = `Basic ${Buffer.from(`${site.email}:${site.apiToken}`).toString('base64')}`;
  return {
    request(req: JiraRequest): Promise<JiraResponse> {
      const url = new URL(base + req.path);
      const body = req.body === undefined ? null : Buffer.from(JSON.stringify(req.body), 'utf8');
      const headers: Record<string, string> = { authorization, accept: 'application/json' };
      if (body !== null) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(body.length);
      }
      const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      return new Promise<JiraResponse>((resolve, reject) => {
        const outgoing = httpRequest({ agent, protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: req.method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', fail);
          // A socket closed mid-answer: no 'end' comes (and an 'error' may not either).
          res.on('close', () => {
            if (!res.complete) fail(new Error('the connection closed before the answer ended'));
          });
          res.on('end', () => {
            clearTimeout(timer);
            resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), text: textOf(chunks) });
          });
        });
        const timer = setTimeout(() => outgoing.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        function fail(err: Error): void {
          clearTimeout(timer);
          reject(err);
        }
        outgoing.on('error', fail);
        outgoing.end(body ?? undefined);
      });
    },
  };
}

/** Header values as fetch's `Headers` gives them: repeated ones joined with ", ". */
function flatHeaders(raw: IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** UTF-8 text as `Response.text()` decodes it: a leading byte-order mark dropped. */
function textOf(chunks: Buffer[]): string {
  const text = (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
