import type { JiraEmulator } from '../jira-emulator';
import type { Logger } from '../../src/ports/logger';
import { LocalQueue } from '../../src/sync/local-queue';
import { handleIssueEvent, handleJob, runReconcile } from '../../src/sync/handle-job';
import type { SyncDeps } from '../../src/sync/sync-deps';
import { runWarmAhead } from '../../src/sync/warm-ahead';
import { SerialRunner, toForgeIssueEvent, toForgeLinkEvent } from './issue-events';

export interface BackgroundOptions {
  log: Logger;
  /** Multiplies queue delays; 0 runs them at once (tests). */
  timeScale: number;
  reconcileEveryMs: number;
  /** How often the warm-ahead trigger runs (Forge: every five minutes). */
  warmAheadEveryMs: number;
}

/** Forge's background machinery, in process: the queue consumer, issue triggers, the scheduled reconcile and warm ahead. */
export interface Background {
  queue: LocalQueue;
  /** Starts consuming, listening to the emulator's issue events and the reconcile timer. */
  start(deps: SyncDeps, emulator: JiraEmulator | null): void;
  /** Resolves when no job is queued, running or delayed and every issue event is handled. */
  idle(): Promise<void>;
  stop(): void;
}

const errorType = (err: unknown): string => (err instanceof Error ? err.name : typeof err);

export function createBackground(options: BackgroundOptions): Background {
  const { log } = options;
  // The consumer needs the deps and the deps hold the queue: bound in start(), as Forge wires them.
  let deps: SyncDeps | null = null;
  const queue = new LocalQueue({
    handler: (job) => {
      if (deps === null) throw new Error('background work before start()');
      return handleJob(deps, job);
    },
    log,
    timeScale: options.timeScale,
  });
  const triggers = new SerialRunner((err) => log.error('issue trigger failed', { errorType: errorType(err) }));
  const stops: Array<() => void> = [() => queue.stop()];

  return {
    queue,
    start(d, emulator) {
      deps = d;
      // Forge-like `avi:jira:*:issue` triggers: each emulator change reaches the handler, in order.
      if (emulator) {
        stops.push(emulator.onIssueEvent((event) => triggers.add(() => handleIssueEvent(d, toForgeIssueEvent(event)))));
        stops.push(emulator.onLinkEvent((event) => triggers.add(() => handleIssueEvent(d, toForgeLinkEvent(event)))));
      }
      const timer = setInterval(() => {
        runReconcile(d).catch((err: unknown) => log.error('scheduled reconcile failed', { errorType: errorType(err) }));
      }, options.reconcileEveryMs);
      timer.unref();
      stops.push(() => clearInterval(timer));
      const ahead = setInterval(() => {
        runWarmAhead(d).catch((err: unknown) => log.error('warm ahead failed', { errorType: errorType(err) }));
      }, options.warmAheadEveryMs);
      ahead.unref();
      stops.push(() => clearInterval(ahead));
    },
    async idle() {
      // Events push jobs and jobs make changes that emit events: settle until both are quiet.
      for (let round = 0; round < 100; round++) {
        await triggers.idle();
        await queue.idle();
        const pushed = queue.counts.pushed;
        await triggers.idle();
        if (queue.counts.pushed === pushed) return;
      }
    },
    stop() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}
