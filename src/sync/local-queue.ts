import type { Job, JobQueue } from '../ports/job-queue';
import { silentLogger, type Logger } from '../ports/logger';
import type { JobOutcome } from './sync-deps';

export interface LocalQueueOptions {
  /** Runs one job; `retry` outcomes come back after `retryAfterMs`, thrown errors with backoff. */
  handler: (job: Job) => Promise<JobOutcome>;
  /** Multiplies every delay (tests run hours of Retry-After in milliseconds). Default 1. */
  timeScale?: number;
  /** Jobs run at once. Default 1, like one Forge consumer. */
  concurrency?: number;
  /** Attempts for a job that throws, before it is dropped (Forge retries a few times too). */
  maxAttempts?: number;
  log?: Logger;
}

interface Entry {
  job: Job;
  attempt: number;
}

/**
 * In-process JobQueue for the local harness and tests: jobs run asynchronously (never inside
 * `push`), `delaySeconds` and retry-after are honoured with timers, and `idle()` resolves when
 * nothing is left. `stop()` drops everything, like a crashed worker.
 */
export class LocalQueue implements JobQueue {
  readonly counts = { pushed: 0, ran: 0, retried: 0, failed: 0 };
  private readonly ready: Entry[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = 0;
  private stopped = false;
  private waiters: Array<() => void> = [];
  private readonly opts: Required<LocalQueueOptions>;

  constructor(options: LocalQueueOptions) {
    this.opts = { timeScale: 1, concurrency: 1, maxAttempts: 5, log: silentLogger, ...options };
  }

  async push(jobs: Job[], options?: { delaySeconds?: number }): Promise<void> {
    if (jobs.length > 50) throw new RangeError(`A push holds at most 50 jobs, got ${jobs.length}`);
    if (this.stopped) return;
    this.counts.pushed += jobs.length;
    for (const job of jobs) this.later({ job: structuredClone(job), attempt: 0 }, (options?.delaySeconds ?? 0) * 1000);
  }

  /** Resolves once no job is ready, running or waiting on a timer. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Forgets every pending job and timer: a worker killed mid-sync. Running jobs finish their current await chain. */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.ready.length = 0;
    this.settle();
  }

  private isIdle(): boolean {
    return this.ready.length === 0 && this.running === 0 && this.timers.size === 0;
  }

  private later(entry: Entry, delayMs: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (this.stopped) return this.settle();
      this.ready.push(entry);
      this.pump();
    }, Math.max(0, delayMs * this.opts.timeScale));
    this.timers.add(t);
  }

  private pump(): void {
    while (!this.stopped && this.running < this.opts.concurrency && this.ready.length > 0) {
      const entry = this.ready.shift() as Entry;
      this.running++;
      void this.run(entry).finally(() => {
        this.running--;
        this.pump();
        this.settle();
      });
    }
  }

  private async run(entry: Entry): Promise<void> {
    this.counts.ran++;
    try {
      const outcome = await this.opts.handler(entry.job);
      if (outcome.status === 'retry' && !this.stopped) {
        this.counts.retried++;
        this.later({ job: entry.job, attempt: entry.attempt }, outcome.retryAfterMs);
      }
    } catch (err) {
      if (this.stopped) return;
      const attempt = entry.attempt + 1;
      if (attempt >= this.opts.maxAttempts) {
        this.counts.failed++;
        this.opts.log.error('local queue dropped a job after repeated failures', { kind: entry.job.kind, errorType: err instanceof Error ? err.name : 'unknown' });
        return;
      }
      this.counts.retried++;
      this.later({ job: entry.job, attempt }, 1000 * 2 ** attempt);
    }
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
