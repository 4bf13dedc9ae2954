import { Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { JiraHttp, JiraRequest } from '../ports/jira-http';
import { createFetchJiraHttp } from './fetch-transport';
import { createNodeJiraHttp } from './node-http-transport';
import { jiraRoute } from './route';

/** What the server saw of one request. */
interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  accept: string | undefined;
  contentType: string | undefined;
  body: string;
}

type Reply = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A server on a free port: records each request, answers with `reply`, counts connections. */
async function serve(reply: Reply): Promise<{ url: string; seen: Seen[]; connections: () => number; server: Server }> {
  const seen: Seen[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, accept: req.headers.accept, contentType: req.headers['content-type'], body });
      reply(req, res, body);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, connections: () => connections, server };
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

const site = (baseUrl: string): { baseUrl: string; email: string; apiToken: string } => ({ baseUrl, email: 'carol@example.com', apiToken: 'tök-en' });

const REQUESTS: JiraRequest[] = [
  { method: 'GET', path: jiraRoute`/rest/api/3/issue/${'MKT-1'}` },
  { method: 'GET', path: jiraRoute`/rest/api/3/issue/${'../a b?c=d#e'}/changelog?${new URLSearchParams({ startAt: '0', q: 'ä é "x" & y' })}` },
  { method: 'POST', path: jiraRoute`/rest/api/3/search/approximate-count`, body: { jql: 'project in ("MKT") AND summary ~ "naïve \\"quoted\\""' } },
  { method: 'PUT', path: jiraRoute`/rest/api/3/issue/${'IT-7'}`, body: { fields: { labels: ['quick-win', 'ünïcode'] } } },
  { method: 'DELETE', path: jiraRoute`/rest/api/3/issue/${'IT-8'}/watchers?${new URLSearchParams({ accountId: '5b10:a/b' })}` },
];

describe('createNodeJiraHttp', () => {
  let agent: Agent;
  beforeEach(() => {
    agent = new Agent({ keepAlive: true });
  });
  afterEach(() => agent.destroy());

  it('sends each request exactly as the fetch transport does: method, escaped URL, auth, accept, JSON body', async () => {
    const s = await serve((_req, res) => res.end('{}'));
    try {
      const viaFetch: JiraHttp = createFetchJiraHttp(site(s.url));
      const viaNode: JiraHttp = createNodeJiraHttp(site(`${s.url}/`), agent);
      for (const req of REQUESTS) {
        await viaFetch.request(req);
        await viaNode.request(req);
      }
      const [fromFetch, fromNode] = [s.seen.filter((_, i) => i % 2 === 0), s.seen.filter((_, i) => i % 2 === 1)];
      expect(fromNode).toEqual(fromFetch);
      expect(fromNode[1]?.url).toBe('/rest/api/3/issue/..%2Fa%20b%3Fc%3Dd%23e/changelog?startAt=0&q=%C3%A4+%C3%A9+%22x%22+%26+y');
      expect(fromNode[2]).toMatchObject({ method: 'POST', contentType: 'application/json', body: JSON.stringify(REQUESTS[2]?.body) });
      expect(fromNode[0]).toMatchObject({ authorization: `Basic ${Buffer.from('carol@example.com:tök-en').toString('base64')}`, accept: 'application/json', contentType: undefined, body: '' });
    } finally {
      await close(s.server);
    }
  });

  it('answers what the fetch transport answers: status, lower-case headers, UTF-8 text without a byte-order mark', async () => {
    const s = await serve((req, res) => {
      if (req.url?.endsWith('/limited')) {
        res.writeHead(429, { 'Retry-After': '7', 'RateLimit-Reason': 'jira-burst-based', 'Content-Type': 'application/json' });
        res.end('{"errorMessages":["slow down"]}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'X-Trace': 'a' });
      // Sent in two chunks, with a byte-order mark and characters cut across the chunk boundary.
      const bytes = Buffer.from('\ufeff{"name":"Zoë 🚀 Müller"}', 'utf8');
      res.write(bytes.subarray(0, 14));
      res.end(bytes.subarray(14));
    });
    try {
      const viaFetch = createFetchJiraHttp(site(s.url));
      const viaNode = createNodeJiraHttp(site(s.url), agent);
      for (const path of [jiraRoute`/rest/api/3/ok`, jiraRoute`/rest/api/3/limited`]) {
        const [a, b] = [await viaFetch.request({ method: 'GET', path }), await viaNode.request({ method: 'GET', path })];
        expect(b.status).toBe(a.status);
        expect(b.text).toBe(a.text);
        for (const name of ['content-type', 'retry-after', 'ratelimit-reason', 'x-trace']) expect(b.headers[name]).toBe(a.headers[name]);
      }
      const ok = await viaNode.request({ method: 'GET', path: jiraRoute`/rest/api/3/ok` });
      expect(JSON.parse(ok.text)).toEqual({ name: 'Zoë 🚀 Müller' });
      expect((await viaNode.request({ method: 'GET', path: jiraRoute`/rest/api/3/limited` })).headers['retry-after']).toBe('7');
    } finally {
      await close(s.server);
    }
  });

  it('keeps one connection open for requests one after another', async () => {
    const s = await serve((_req, res) => res.end('{"ok":true}'));
    try {
      const http = createNodeJiraHttp(site(s.url), agent);
      for (let i = 0; i < 5; i++) expect((await http.request({ method: 'POST', path: jiraRoute`/rest/api/3/search/approximate-count`, body: { jql: `project = "MKT"` } })).status).toBe(200);
      expect(s.seen).toHaveLength(5);
      expect(s.connections()).toBe(1);
    } finally {
      await close(s.server);
    }
  });

  it('throws on a time-out, a refused connection and a connection cut mid-answer', async () => {
    const sockets: Socket[] = [];
    const s = await serve((req, res) => {
      if (req.url?.endsWith('/cut')) {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('{"partial":');
        setImmediate(() => req.socket.destroy());
        return;
      }
      sockets.push(req.socket); // never answered
    });
    try {
      const http = createNodeJiraHttp(site(s.url), agent);
      await expect(http.request({ method: 'GET', path: jiraRoute`/rest/api/3/slow`, timeoutMs: 50 })).rejects.toThrow('timed out after 50 ms');
      await expect(http.request({ method: 'GET', path: jiraRoute`/rest/api/3/cut` })).rejects.toThrow();
    } finally {
      await close(s.server);
    }
    const refused = createNodeJiraHttp(site(s.url), agent);
    await expect(refused.request({ method: 'GET', path: jiraRoute`/rest/api/3/myself` })).rejects.toThrow();
  });

  it('talks plain http only: an https site goes through fetch', () => {
    expect(() => createNodeJiraHttp(site('https://example.atlassian.net'), agent)).toThrow('plain http only');
  });
});
