import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { BasicAuthSite } from '../../src/jira/fetch-transport';
import type { ResolverDeps } from '../../src/resolvers/deps';
import { allResolvers } from '../../src/resolvers/registry';
import { FileStore } from '../../src/store/file-store';
import { MemoryStore } from '../../src/store/memory-store';
import { systemClock, type Clock } from '../../src/ports/clock';
import { consoleLogger, type Logger } from '../../src/ports/logger';
import { createJiraEmulator, type JiraEmulator } from '../jira-emulator';
import { LocalQueue } from '../../src/sync/local-queue';
import { handleIssueEvent, handleJob, runReconcile } from '../../src/sync/handle-job';
import { createInvokeHandler, INVOKE_LIMITS, sendError } from './invoke-handler';
import { emulatorJira, siteJira, type LocalJira } from './local-jira';
import { servePages } from './serve-pages';
import { renderIndexPage } from './index-page';
import { discoverSamples, type Samples } from './discover-samples';
import { SerialRunner, toForgeIssueEvent } from './issue-events';
import { seedAndResume } from './seed-demo-squad';
import { DEFAULT_DATA_DIR, DEFAULT_STATIC_DIR, DEMO_SQUAD_FILE, packageVersion } from './repo-paths';
import { escapeHtml, harnessPage } from './html';

export interface HarnessOptions {
  /** 0 picks a free port (tests); `npm start` uses PORT or 4000. */
  port?: number;
  /** Emulator size (default: the emulator's, about 1,500). */
  demoIssues?: number;
  seed?: number;
  /** Where the file-backed store lives (default .squadflow-data/); null keeps it in memory. */
  dataDir?: string | null;
  /** Freezes "now" for the emulator's history and the resolvers' clock (tests). */
  nowMs?: number;
  /** The local UI build (default static/dist/local). */
  staticDir?: string;
  /** Real-site mode: no emulator; asUser and asApp both use these credentials. */
  site?: BasicAuthSite | null;
  /** Seed the demo squad on first start (emulator mode only). Default true. */
  seedDemoSquad?: boolean;
  /** Multiplies every queue delay (`delaySeconds`, retry-after); tests pass 0 to run them at once. */
  queueTimeScale?: number;
  /** How often the scheduled reconcile runs (Forge: hourly). */
  reconcileEveryMs?: number;
  log?: Logger;
}

export interface Harness {
  url: string;
  mode: 'emulator' | 'site';
  emulator: JiraEmulator | null;
  deps: ResolverDeps;
  jira: LocalJira;
  /** The in-process sync queue (counts of pushed, ran, retried, failed jobs). */
  queue: LocalQueue;
  /** Resolves when no background work is left: queued jobs and issue events (tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(server)));
  });
}

function storeFor(options: HarnessOptions, clock: Clock, name: string): MemoryStore {
  if (options.dataDir === null) return new MemoryStore(clock);
  return new FileStore(join(options.dataDir ?? DEFAULT_DATA_DIR, name), clock);
}

/**
 * The local stand-in for Jira + Forge: the built Custom UI pages with their module context, the
 * real resolvers behind `POST /api/invoke`, and the Jira emulator (or a real site) they call.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const log = options.log ?? consoleLogger;
  const clock: Clock = options.nowMs === undefined ? systemClock : { nowMs: () => options.nowMs as number };
  const site = options.site ?? null;
  const emulator =
    site === null
      ? createJiraEmulator({ ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.demoIssues === undefined ? {} : { issueCount: options.demoIssues }), ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }) })
      : null;

  const app = express();
  app.disable('x-powered-by');
  // Routes need the URL (emulator credentials point back at this server), so bind first.
  const server = await listen(app, options.port ?? 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stops: Array<() => void> = [];
  const closeServer = (): Promise<void> =>
    new Promise((resolve) => {
      for (const stop of stops.splice(0)) stop();
      server.closeAllConnections();
      server.close(() => resolve());
    });

  try {
    const jira = emulator ? emulatorJira(url, emulator.users, emulator.appUser) : await siteJira(site as BasicAuthSite);
    // One store per data source: stored histories must match the Jira they were read from.
    const storeName = emulator ? `store-emulator-s${emulator.seed}-n${emulator.issueCount}.json` : `store-site-${new URL(jira.baseUrl).hostname}.json`;
    // The queue's consumer needs the deps and the deps hold the queue: Forge's wiring, in one process.
    const queue: LocalQueue = new LocalQueue({ handler: (job) => handleJob(deps, job), log, timeScale: options.queueTimeScale ?? 1 });
    const deps: ResolverDeps = {
      jira: jira.jira,
      store: storeFor(options, clock, storeName),
      queue,
      clock,
      log,
      mode: jira.mode,
      version: packageVersion(),
    };
    stops.push(() => queue.stop());
    // Forge-like issue triggers: each emulator change reaches the sync's trigger handler, in order.
    const triggers = new SerialRunner((err) => log.error('issue trigger failed', { errorType: err instanceof Error ? err.name : typeof err }));
    if (emulator) stops.push(emulator.onIssueEvent((event) => triggers.add(() => handleIssueEvent(deps, toForgeIssueEvent(event)))));
    // The hourly scheduled trigger.
    const reconcile = setInterval(() => {
      runReconcile(deps).catch((err: unknown) => log.error('scheduled reconcile failed', { errorType: err instanceof Error ? err.name : typeof err }));
    }, options.reconcileEveryMs ?? 60 * 60_000);
    reconcile.unref();
    stops.push(() => clearInterval(reconcile));
    const idle = async (): Promise<void> => {
      // Events push jobs and jobs make changes that emit events: settle until both are quiet.
      for (let round = 0; round < 100; round++) {
        await triggers.idle();
        await queue.idle();
        const before = queue.counts.pushed;
        await triggers.idle();
        if (queue.counts.pushed === before) return;
      }
    };
    const isKnownAccount = (id: string): boolean => jira.accounts.some((a) => a.accountId === id);
    const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;

    app.post(
      '/api/invoke',
      express.json({ limit: INVOKE_LIMITS.requestBytes, type: () => true }),
      createInvokeHandler({ resolvers: allResolvers(), deps, defaultAccountId: jira.defaultAccountId, isKnownAccount }),
    );
    app.all('/api/invoke', (_req, res) => sendError(res, { code: 'BAD_REQUEST', message: 'Use POST /api/invoke with a JSON body {functionKey, payload, context?}.' }, 405));

    let samples: Promise<Samples> | null = null;
    app.get('/', async (_req, res) => {
      samples ??= discoverSamples(jira.jira.asApp());
      const found = await samples;
      res.type('html').send(
        renderIndexPage({
          baseUrl: url,
          mode: jira.mode,
          accounts: jira.accounts,
          defaultAccountId: jira.defaultAccountId,
          sampleIssueKey: found.sampleIssueKey,
          projectKeys: found.projectKeys,
          issueCount: emulator?.issueCount ?? null,
        }),
      );
    });
    app.use(servePages({ staticDir, defaultAccountId: jira.defaultAccountId, defaultProjectKey: emulator ? 'MKT' : null, isKnownAccount }));
    if (emulator) app.use(emulator.router);

    app.use('/api', (req, res) => sendError(res, { code: 'NOT_FOUND', message: `No harness API at ${req.method} ${req.originalUrl}; use POST /api/invoke.` }));
    app.use((req, res) => {
      res.status(404).type('html').send(harnessPage('Not found', `<p class="error">Nothing at ${escapeHtml(req.path)}.</p><p><a href="/">All pages</a></p>`));
    });
    // Body-parser failures (malformed JSON, too large) and anything thrown by a route.
    app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
      const e = err as { type?: string; status?: number; message?: string };
      if (e.type === 'entity.parse.failed') return sendError(res, { code: 'BAD_REQUEST', message: `Malformed JSON body: ${e.message ?? 'cannot parse'}` });
      if (e.type === 'entity.too.large') {
        return sendError(res, { code: 'BAD_REQUEST', message: `Request body larger than ${INVOKE_LIMITS.requestBytes / 1024} KB, Forge's invoke limit.` }, 413);
      }
      if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
        return sendError(res, { code: e.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: `${req.method} ${req.path}: ${e.message ?? 'bad request'}` }, e.status);
      }
      log.error('harness route failed', { path: req.path, errorType: err instanceof Error ? err.name : typeof err });
      sendError(res, { code: 'INTERNAL', message: 'The harness failed to answer; see its log.' });
    });

    await seedAndResume(deps, emulator && options.seedDemoSquad !== false ? DEMO_SQUAD_FILE : null);

    return { url, mode: jira.mode, emulator, deps, jira, queue, idle, close: closeServer };
  } catch (err) {
    await closeServer();
    throw err;
  }
}
