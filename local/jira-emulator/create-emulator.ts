import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { DEFAULT_DEMO_SEED, demoIssueCountFromEnv, generateDemoData } from '../demo-data';
import type { IssueEventListener, LinkEventListener } from './events';
import { FaultInjector } from './faults';
import { sendError } from './http/errors';
import { IssueStore } from './issue-store';
import { registerAdmin } from './routes/admin';
import { registerChangelog } from './routes/changelog';
import { registerIssue } from './routes/issue';
import { registerIssueLink } from './routes/issue-link';
import { registerMeta } from './routes/meta';
import { registerPermissionsCheck } from './routes/permissions-check';
import { registerProjects } from './routes/projects';
import { registerSearch } from './routes/search';
import { registerTransitions } from './routes/transitions';
import type { EmulatorRuntime } from './runtime';
import { createStateApi, type EmulatorState } from './state-api';
import { RequestStats } from './stats';
import { APP_USER, DEMO_USERS, type DemoUser } from './users';

export interface JiraEmulatorOptions {
  /** Demo data and fault seed (default 20240305). */
  seed?: number;
  /** Default: SQUADFLOW_DEMO_ISSUES or 1,500. */
  issueCount?: number;
  /** Where the generated history ends (default: now). */
  nowMs?: number;
  /**
   * The emulator's clock for changes and relative JQL dates. Default: starts at `nowMs` and runs
   * with real time, so changes always come after the generated history.
   */
  clock?: () => number;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface JiraEmulator {
  /** Serves `/rest/api/3/**` and `/__emulator/**`; mount it at the root of an express app. */
  router: Router;
  /** The people who can log in (not the app account). */
  users: DemoUser[];
  /** Credentials for `asApp()`: browses everything, every security level. */
  appUser: DemoUser;
  state: EmulatorState;
  /** Called synchronously for every created, updated or deleted issue (REST or state API). */
  onIssueEvent(listener: IssueEventListener): () => void;
  /** Called synchronously for every issue link made or removed (REST or state API). */
  onLinkEvent(listener: LinkEventListener): () => void;
  /** Serves the router alone on 127.0.0.1 (port 0 picks a free one). */
  listen(port?: number): Promise<RunningEmulator>;
  seed: number;
  issueCount: number;
  nowMs: number;
}

/**
 * A Jira Cloud stand-in with the demo joint squad: REST v3 subset with Jira's shapes, basic-auth
 * users with per-project and issue-security permissions, injected faults, and request counts.
 */
export function createJiraEmulator(options: JiraEmulatorOptions = {}): JiraEmulator {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const issueCount = options.issueCount ?? demoIssueCountFromEnv();
  const nowMs = options.nowMs ?? Date.now();
  const startedMs = Date.now();
  const now = options.clock ?? ((): number => nowMs + (Date.now() - startedMs));
  const store = new IssueStore(generateDemoData({ nowMs, seed, issueCount }));
  const rt: EmulatorRuntime = {
    store,
    loginUsers: [...DEMO_USERS, APP_USER],
    appUser: APP_USER,
    now,
    faults: new FaultInjector(seed),
    stats: new RequestStats(),
  };

  const router = express.Router();
  const json = express.json({ limit: '10mb', type: () => true });
  router.use('/rest', json);
  router.use('/__emulator', json);
  registerSearch(router, rt);
  registerChangelog(router, rt);
  registerIssue(router, rt);
  registerIssueLink(router, rt);
  registerTransitions(router, rt);
  registerProjects(router, rt);
  registerMeta(router, rt);
  registerPermissionsCheck(router, rt);
  registerAdmin(router, rt);
  router.use('/rest', (req, res) => sendError(res, 404, [`The Jira emulator does not serve ${req.method} ${req.originalUrl.split('?')[0] ?? ''}.`]));
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/rest') && !req.path.startsWith('/__emulator')) return next(err);
    const e = err as { type?: string; message?: string };
    if (e.type === 'entity.parse.failed') return sendError(res, 400, [`Unexpected character in the JSON body: ${e.message ?? 'cannot parse'}`]);
    if (e.type === 'entity.too.large') return sendError(res, 413, ['The request body is too large.']);
    console.error('Jira emulator: unexpected error', err);
    sendError(res, 500, ['Internal server error.']);
  });

  return {
    router,
    users: [...DEMO_USERS],
    appUser: APP_USER,
    state: createStateApi(rt),
    onIssueEvent: (listener) => store.events.subscribe(listener),
    onLinkEvent: (listener) => store.linkEvents.subscribe(listener),
    listen: (port = 0) =>
      new Promise((resolve, reject) => {
        const app = express();
        app.disable('x-powered-by');
        app.use(router);
        const server = app.listen(port, '127.0.0.1', (err?: Error) => {
          if (err) return reject(err);
          const actual = (server.address() as AddressInfo).port;
          resolve({
            url: `http://127.0.0.1:${actual}`,
            port: actual,
            close: () =>
              new Promise<void>((done) => {
                server.closeAllConnections();
                server.close(() => done());
              }),
          });
        });
      }),
    seed,
    issueCount,
    nowMs,
  };
}
