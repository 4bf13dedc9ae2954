import { Agent } from 'node:http';
import { z } from 'zod';
import { createFetchJiraHttp, type BasicAuthSite } from '../../src/jira/fetch-transport';
import { createNodeJiraHttp } from '../../src/jira/node-http-transport';
import { jiraRoute } from '../../src/jira/route';
import type { JiraHttp, JiraHttpFactory } from '../../src/ports/jira-http';
import { AppError } from '../../src/resolvers/app-error';

/** Someone the local pages may act as (`?as=`), with the basic-auth credentials they use. */
export interface LocalAccount {
  accountId: string;
  handle: string;
  displayName: string;
  role: string;
  email: string;
  /** Shown on the index page for the emulator's demo users; never for a real site. */
  apiToken: string | null;
}

/** Which Jira the harness talks to, as whom, and who may use the pages. */
export interface LocalJira {
  mode: 'emulator' | 'site';
  jira: JiraHttpFactory;
  accounts: LocalAccount[];
  defaultAccountId: string;
  /** Site root the resolvers call (the harness itself for the emulator). */
  baseUrl: string;
  /** Closes the connections kept open to Jira (the harness's close). */
  close(): void;
}

interface EmulatorUserLike {
  accountId: string;
  handle: string;
  displayName: string;
  role: string;
  email: string;
  apiToken: string;
}

/**
 * The emulator's demo users, each with their own basic-auth credentials (so per-project permissions
 * apply as in Jira), and the app account for `asApp()`. Pages act as `defaultHandle` by default.
 * Requests go over `node:http` with one keep-alive connection pool (src/jira/node-http-transport.ts:
 * the same requests and answers as fetch, for a fraction of its CPU on the harness's one thread).
 */
export function emulatorJira(baseUrl: string, users: readonly EmulatorUserLike[], appUser: EmulatorUserLike, defaultHandle = 'alice'): LocalJira {
  const byAccount = new Map(users.map((u) => [u.accountId, u]));
  const clients = new Map<string, JiraHttp>();
  const agent = new Agent({ keepAlive: true });
  const clientFor = (u: EmulatorUserLike): JiraHttp => {
    let client = clients.get(u.accountId);
    if (!client) {
      client = createNodeJiraHttp({ baseUrl, email: u.email, apiToken: u.apiToken }, agent);
      clients.set(u.accountId, client);
    }
    return client;
  };
  const fallback = users.find((u) => u.handle === defaultHandle) ?? users[0];
  if (!fallback) throw new Error('The Jira emulator has no demo users to act as.');
  return {
    mode: 'emulator',
    baseUrl,
    defaultAccountId: fallback.accountId,
    accounts: users.map((u) => ({ accountId: u.accountId, handle: u.handle, displayName: u.displayName, role: u.role, email: u.email, apiToken: u.apiToken })),
    jira: {
      asUser(accountId) {
        const u = byAccount.get(accountId);
        if (!u) throw new AppError('UNAUTHENTICATED', `No demo user with account ID "${accountId}".`);
        return clientFor(u);
      },
      asApp: () => clientFor(appUser),
    },
    close: () => agent.destroy(),
  };
}

const myselfSchema = z.object({ accountId: z.string().min(1), displayName: z.string().optional() });

/**
 * A real Jira site through one API token: `asUser()` and `asApp()` both use those credentials, so
 * the pages act as the token's owner (looked up with GET /myself) and see what that person sees.
 */
export async function siteJira(site: BasicAuthSite): Promise<LocalJira> {
  const http = createFetchJiraHttp(site);
  const res = await http.request({ method: 'GET', path: jiraRoute`/rest/api/3/myself` });
  if (res.status !== 200) {
    throw new Error(`${site.baseUrl} answered ${res.status} to GET /rest/api/3/myself: check JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN.`);
  }
  const me = myselfSchema.parse(JSON.parse(res.text));
  return {
    mode: 'site',
    baseUrl: site.baseUrl,
    defaultAccountId: me.accountId,
    accounts: [{ accountId: me.accountId, handle: 'me', displayName: me.displayName ?? site.email, role: 'The API token owner (asUser and asApp)', email: site.email, apiToken: null }],
    jira: { asUser: () => http, asApp: () => http },
    close: () => undefined,
  };
}
