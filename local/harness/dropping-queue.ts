import type { Job, JobQueue } from '../../src/ports/job-queue';
import type { Logger } from '../../src/ports/logger';

/**
 * STAND-IN until the sync engineer's in-process queue (src/sync/local-queue.ts + handle-job.ts)
 * lands: logs each job's kind and drops it, so resolvers that enqueue work still answer.
 */
export function droppingQueue(log: Logger): JobQueue & { dropped: number } {
  const queue = {
    dropped: 0,
    async push(jobs: Job[]): Promise<void> {
      queue.dropped += jobs.length;
      for (const job of jobs) log.warn('local queue: job dropped (no consumer wired yet)', { kind: job.kind });
    },
  };
  return queue;
}
