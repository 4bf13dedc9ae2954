import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { squadConfigSchema, type SquadConfig } from '../../src/contract/squad-config';
import type { IssueHistory } from '../../src/domain/model/issue-history';
import { createFetchJiraHttp } from '../../src/jira/fetch-transport';
import { systemClock } from '../../src/ports/clock';
import type { JiraHttp, JiraHttpFactory } from '../../src/ports/jira-http';
import { silentLogger } from '../../src/ports/logger';
import type { ResolverDeps } from '../../src/resolvers/deps';
import { readPublishedIssues } from '../../src/store/issue-segments';
import { MemoryStore } from '../../src/store/memory-store';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { decodeIssue } from '../../src/store/stored-issue';
import { handleJob } from '../../src/sync/handle-job';
import { requestBackfill } from '../../src/sync/request-backfill';
import { LocalQueue } from '../../src/sync/local-queue';
import type { SyncDeps, SyncLimits } from '../../src/sync/sync-deps';
import { createJiraEmulator, DEMO_USERS, type DemoUser, type JiraEmulator, type RunningEmulator } from '../../local/jira-emulator';
import type { IssueRecord } from '../../local/demo-data';

export const DEMO_SQUAD: SquadConfig = squadConfigSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../local/demo-data/demo-squad.json'), 'utf8')));

export interface SyncEnv {
  emulator: JiraEmulator;
  server: RunningEmulator;
  deps: ResolverDeps & SyncDeps;
  queue: LocalQueue;
  store: MemoryStore;
  /** Requests the emulator counted, by endpoint. */
  requests(): Record<string, number>;
  resetRequests(): void;
  /** Moves Jira's clock forward (time passing without changes, as far as Jira's relative JQL sees it). */
  advanceJiraClock(ms: number): void;
  /** A fresh queue on the same store: the worker restarted after a crash. */
  restartQueue(): LocalQueue;
  close(): Promise<void>;
}

export interface SyncEnvOptions {
  issueCount: number;
  seed?: number;
  limits?: Partial<SyncLimits>;
  /** Scales the client's retry waits and the queue's delays (0.01 = a hundred times faster). */
  timeScale?: number;
}

/** The emulator on port 0, a memory store, an in-process queue running the real job handler, and the demo squad saved. */
export async function startSyncEnv(options: SyncEnvOptions): Promise<SyncEnv> {
  const startedMs = Date.now();
  let jiraAheadMs = 0;
  const emulator = createJiraEmulator({ issueCount: options.issueCount, seed: options.seed ?? 7, nowMs: startedMs, clock: () => Date.now() + jiraAheadMs });
  const server = await emulator.listen(0);
  const clients = new Map<string, JiraHttp>();
  const jira: JiraHttpFactory = {
    asUser(accountId) {
      const user = emulator.users.find((u) => u.accountId === accountId);
      if (user === undefined) throw new Error(`no demo user ${accountId}`);
      const client = clients.get(accountId) ?? createFetchJiraHttp({ baseUrl: server.url, email: user.email, apiToken: user.apiToken });
      clients.set(accountId, client);
      return client;
    },
    asApp: () => createFetchJiraHttp({ baseUrl: server.url, email: emulator.appUser.email, apiToken: emulator.appUser.apiToken }),
  };
  const scale = options.timeScale ?? 0.01;
  const store = new MemoryStore(systemClock);
  const deps = {
    jira,
    store,
    queue: undefined as unknown as LocalQueue,
    clock: systemClock,
    log: silentLogger,
    mode: 'emulator' as const,
    version: 'test',
    jiraClientOptions: { sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms * scale)) },
    syncLimits: { cleanupDelaySeconds: 0, ...options.limits },
  };
  const newQueue = (): LocalQueue => new LocalQueue({ handler: (job) => handleJob(deps, job), timeScale: scale });
  deps.queue = newQueue();
  await new SquadConfigRepo(store).save(DEMO_SQUAD, { nowMs: Date.now() });
  return {
    emulator,
    server,
    deps,
    get queue() {
      return deps.queue;
    },
    store,
    requests: () => emulator.state.stats().byEndpoint,
    resetRequests: () => emulator.state.resetStats(),
    advanceJiraClock: (ms) => {
      jiraAheadMs += ms;
    },
    restartQueue: () => {
      deps.queue.stop();
      deps.queue = newQueue();
      return deps.queue;
    },
    close: async () => {
      deps.queue.stop();
      await server.close();
    },
  };
}

/** What the stored copy of an issue must say, straight from the emulator's records (seconds). */
export function expectedTimeline(r: IssueRecord): { id: string; key: string; project: string; status: string; createdSec: number; moves: Array<[number, string]> } {
  const moves: Array<[number, string]> = [];
  for (const h of r.histories) for (const item of h.items) if (item.fieldId === 'status' && item.to !== null) moves.push([Math.floor(h.createdMs / 1000), item.to]);
  return { id: r.id, key: r.key, project: r.projectKey, status: r.statusId, createdSec: Math.floor(r.createdMs / 1000), moves };
}

export function storedTimeline(h: IssueHistory): ReturnType<typeof expectedTimeline> {
  return { id: h.id, key: h.key, project: h.projectKey, status: h.statusId, createdSec: h.createdMs / 1000, moves: h.changes.map((c) => [c.atMs / 1000, c.toStatusId]) };
}

/** Stored issues of the squad, decoded, by ID. */
export async function storedById(env: SyncEnv, squadId = DEMO_SQUAD.id): Promise<Map<string, IssueHistory>> {
  const published = await readPublishedIssues(env.store, squadId);
  return new Map((published?.issues ?? []).map((s) => [s[0], decodeIssue(s)]));
}

/** The emulator's issues the squad should hold. */
export function expectedById(env: SyncEnv, projects: readonly string[] = DEMO_SQUAD.projects): Map<string, ReturnType<typeof expectedTimeline>> {
  return new Map(env.emulator.state.listIssues().filter((r) => projects.includes(r.projectKey)).map((r) => [r.id, expectedTimeline(r)]));
}

/** For `?? never()` where a value was checked just before. */
export function never(): never {
  throw new Error('unreachable');
}

/** A demo user by handle (alice, carol, mark, …). */
export function demoUser(handle: string): DemoUser {
  return DEMO_USERS.find((u) => u.handle === handle) ?? never();
}

/**
 * {@link startSyncEnv} with the demo squad's backfill published and its background work done.
 * `frozenClock`: the app's clock stands still from then on, for tests that compare calls which must
 * answer for the same instant (ages are days from now; cached answers move per quarter hour).
 */
export async function startPublishedEnv(options: SyncEnvOptions & { frozenClock?: boolean }): Promise<SyncEnv> {
  const env = await startSyncEnv(options);
  if (options.frozenClock === true) {
    const nowMs = Date.now();
    env.deps.clock = { nowMs: () => nowMs };
  }
  await requestBackfill(env.deps, DEMO_SQUAD.id);
  await env.queue.idle();
  return env;
}
