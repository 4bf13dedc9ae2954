import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import type { BasicAuthSite } from '../../src/jira/fetch-transport';
import type { ResolverDeps } from '../../src/resolvers/deps';
import { allResolvers } from '../../src/resolvers/registry';
import { FileStore } from '../../src/store/file-store';
import { MemoryStore } from '../../src/store/memory-store';
import { systemClock, type Clock } from '../../src/ports/clock';
import { consoleLogger, type Logger } from '../../src/ports/logger';
import { createJiraEmulator, type JiraEmulator } from '../jira-emulator';
import type { LocalQueue } from '../../src/sync/local-queue';
import { GadgetConfigs } from './gadget-configs';
import { createInvokeHandler, sendError } from './invoke-handler';
import { INVOKE_BODY_LIMIT, invokeGate, parseInvokeBody } from './invoke-guard';
import { emulatorJira, siteJira, type LocalJira } from './local-jira';
import { servePages } from './serve-pages';
import { renderIndexPage } from './index-page';
import { discoverSamples, type Samples } from './discover-samples';
import { createBackground } from './background';
import { errorHandler, notFound } from './fallback-routes';
import { seedAndResume } from './seed-demo-squad';
import { yieldingStore } from './yielding-store';
import { warmSquadAnswers } from '../../src/squad-view';
import { DEFAULT_DATA_DIR, DEFAULT_STATIC_DIR, DEMO_SQUAD_FILES, packageVersion } from './repo-paths';

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
  /**
   * Emulator mode with Jira's answers from an emulator in another process at this URL (built with
   * the same seed and size, so its users and data are these): the burst bench keeps Jira's work off
   * the app's process, as Jira is off a Forge app's.
   */
  jiraUrl?: string;
  /** Real-site mode: no emulator; asUser and asApp both use these credentials. */
  site?: BasicAuthSite | null;
  /** Seed the demo squads on first start (emulator mode only). Default true; `'growth'` seeds only the joint growth squad. */
  seedDemoSquad?: boolean | 'growth';
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
    const jira = emulator ? emulatorJira(options.jiraUrl ?? url, emulator.users, emulator.appUser) : await siteJira(site as BasicAuthSite);
    stops.push(() => jira.close());
    // One store per data source: stored histories must match the Jira they were read from.
    const storeName = emulator ? `store-emulator-s${emulator.seed}-n${emulator.issueCount}.json` : `store-site-${new URL(jira.baseUrl).hostname}.json`;
    const background = createBackground({ log, timeScale: options.queueTimeScale ?? 1, reconcileEveryMs: options.reconcileEveryMs ?? 60 * 60_000, warmAheadEveryMs: 5 * 60_000 });
    stops.push(() => background.stop());
    const deps: ResolverDeps = {
      jira: jira.jira,
      store: storeFor(options, clock, storeName),
      queue: background.queue,
      clock,
      log,
      mode: jira.mode,
      version: packageVersion(),
    };
    // Background jobs give the event loop a turn at every store operation, so pages answer during a big publish.
    // Background work warms the answer cache after data changes, as the Forge wiring does (src/index.ts).
    const backgroundDeps = { ...deps, store: yieldingStore(deps.store) };
    background.start({ ...backgroundDeps, warmAnswers: (squadId, o) => warmSquadAnswers(backgroundDeps, squadId, o) }, emulator);
    const isKnownAccount = (id: string): boolean => jira.accounts.some((a) => a.accountId === id);
    const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;

    // The dashboard's saved gadget configurations (what `view.submit` saves; Jira hands them back).
    const gadgets = new GadgetConfigs(options.dataDir === null ? null : join(options.dataDir ?? DEFAULT_DATA_DIR, 'gadgets.json'));
    const gadgetConfig = (id: string): Record<string, unknown> | null => gadgets.get(id);
    app.post('/api/gadget/:gadgetId/configuration', invokeGate(() => url), express.json({ limit: '64kb' }), (req, res) => {
      const saved = gadgets.save(String(req.params['gadgetId']), req.body);
      if (!saved.ok) return sendError(res, { code: 'BAD_REQUEST', message: saved.message });
      res.status(204).end();
    });
    app.post(
      '/api/invoke',
      invokeGate(() => url),
      express.text({ limit: INVOKE_BODY_LIMIT, type: () => true }),
      parseInvokeBody,
      createInvokeHandler({ resolvers: allResolvers(), deps, isKnownAccount, gadgetConfig }),
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
    app.use(servePages({ staticDir, defaultAccountId: jira.defaultAccountId, defaultProjectKey: emulator ? 'MKT' : null, isKnownAccount, gadgetConfig }));
    if (emulator) app.use(emulator.router);

    app.use(notFound);
    app.use(errorHandler(log));

    const demoFiles = !emulator || options.seedDemoSquad === false ? [] : options.seedDemoSquad === 'growth' ? DEMO_SQUAD_FILES.slice(0, 1) : DEMO_SQUAD_FILES;
    await seedAndResume(deps, demoFiles);

    return { url, mode: jira.mode, emulator, deps, jira, queue: background.queue, idle: () => background.idle(), close: closeServer };
  } catch (err) {
    await closeServer();
    throw err;
  }
}
