import type { Job } from '../ports/job-queue';
import { LocalQueue } from './local-queue';
import type { JobOutcome } from './sync-deps';

const job = (n: number): Job => ({ kind: 'test', payload: { n } });

describe('LocalQueue', () => {
  it('runs jobs after push returns, in order, one at a time', async () => {
    const log: number[] = [];
    const q = new LocalQueue({ handler: async (j) => (log.push(j.payload['n'] as number), { status: 'done' }) });
    await q.push([job(1), job(2)]);
    expect(log).toEqual([]);
    await q.idle();
    expect(log).toEqual([1, 2]);
    expect(q.counts).toEqual({ pushed: 2, ran: 2, retried: 0, failed: 0 });
  });

  it('runs a retry outcome again after its retry-after, and honours push delays', async () => {
    const times: number[] = [];
    const start = Date.now();
    let attempts = 0;
    const q = new LocalQueue({
      timeScale: 0.01,
      handler: async (): Promise<JobOutcome> => {
        times.push(Date.now() - start);
        return ++attempts < 3 ? { status: 'retry', retryAfterMs: 5_000, reason: 'rate-limited' } : { status: 'done' };
      },
    });
    await q.push([job(1)], { delaySeconds: 3 });
    await q.idle();
    expect(attempts).toBe(3);
    // 3 s delay and two 5 s retry-afters, at a hundredth of real time: ≥ 30, 80, 130 ms.
    expect(times[0]).toBeGreaterThanOrEqual(29);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(49);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(49);
  });

  it('retries a throwing job with backoff and drops it after maxAttempts', async () => {
    let runs = 0;
    const q = new LocalQueue({ timeScale: 0.001, maxAttempts: 3, handler: async () => {
      runs++;
      throw new Error('boom');
    } });
    await q.push([job(1)]);
    await q.idle();
    expect(runs).toBe(3);
    expect(q.counts.failed).toBe(1);
  });

  it('forgets pending work when stopped, like a killed worker', async () => {
    const seen: number[] = [];
    const q = new LocalQueue({ handler: async (j) => (seen.push(j.payload['n'] as number), { status: 'done' }) });
    await q.push([job(1)], { delaySeconds: 60 });
    q.stop();
    await q.idle();
    await q.push([job(2)]);
    expect(seen).toEqual([]);
  });

  it('refuses more than 50 jobs in one push, as Forge does', async () => {
    const q = new LocalQueue({ handler: async () => ({ status: 'done' }) });
    await expect(q.push(Array.from({ length: 51 }, (_, i) => job(i)))).rejects.toThrow('at most 50 jobs');
  });
});
