import { Queue } from '@forge/events';
import type { Job, JobQueue } from '../ports/job-queue';

/** The queue key in manifest.yml (`consumer.queue`). */
export const SYNC_QUEUE_KEY = 'squadflow-sync';
const MAX_PER_PUSH = 50;
const MAX_DELAY_SECONDS = 900;

/** JobQueue over a Forge async events queue: the only file importing `@forge/events`. */
export class ForgeQueue implements JobQueue {
  private readonly queue = new Queue({ key: SYNC_QUEUE_KEY });

  async push(jobs: Job[], options?: { delaySeconds?: number }): Promise<void> {
    const delay = options?.delaySeconds === undefined ? undefined : Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.round(options.delaySeconds)));
    for (let i = 0; i < jobs.length; i += MAX_PER_PUSH) {
      await this.queue.push(
        jobs.slice(i, i + MAX_PER_PUSH).map((job) => ({ body: { kind: job.kind, payload: job.payload }, ...(delay ? { delayInSeconds: delay } : {}) })),
      );
    }
  }
}
