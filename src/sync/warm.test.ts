import type { Job, JobQueue } from '../ports/job-queue';
import { silentLogger } from '../ports/logger';
import { keys } from '../store/keys';
import { MemoryStore } from '../store/memory-store';
import { JOB_KINDS } from './jobs';
import type { SyncDeps, WarmReport } from './sync-deps';
import { requestWarm, runWarm, WARM_DEBOUNCE_SECONDS } from './warm';

class RecordingQueue implements JobQueue {
  readonly pushed: Array<{ job: Job; delaySeconds: number }> = [];
  async push(jobs: Job[], options?: { delaySeconds?: number }): Promise<void> {
    for (const job of jobs) this.pushed.push({ job, delaySeconds: options?.delaySeconds ?? 0 });
  }
}

function setup(warm?: SyncDeps['warmAnswers']): { deps: SyncDeps; queue: RecordingQueue; store: MemoryStore } {
  const store = new MemoryStore();
  const queue = new RecordingQueue();
  const deps: SyncDeps = { store, queue, clock: { nowMs: () => 1_000_000 }, log: silentLogger, jira: { asApp: () => never(), asUser: () => never() }, ...(warm === undefined ? {} : { warmAnswers: warm }) };
  return { deps, queue, store };
}
function never(): never {
  throw new Error('not used');
}
const done: WarmReport = { warmed: 2, cached: 0, skipped: null };

describe('requestWarm', () => {
  it('coalesces a burst of changes into one debounced warm job', async () => {
    const { deps, queue } = setup(async () => done);
    for (let i = 0; i < 5; i++) await requestWarm(deps, 'sq');
    expect(queue.pushed).toEqual([{ job: { kind: JOB_KINDS.warm, payload: { squadId: 'sq' } }, delaySeconds: WARM_DEBOUNCE_SECONDS }]);
    await requestWarm(deps, 'other');
    expect(queue.pushed).toHaveLength(2);
  });

  it('queues one at once after a publish even while a debounced one waits', async () => {
    const { deps, queue } = setup(async () => done);
    await requestWarm(deps, 'sq');
    await requestWarm(deps, 'sq', { immediate: true });
    expect(queue.pushed.map((p) => p.delaySeconds)).toEqual([WARM_DEBOUNCE_SECONDS, 0]);
  });

  it('asks again for changes made once the queued warm has started', async () => {
    const { deps, queue } = setup(async () => {
      // A change landing while this warm runs must get a warm of its own.
      await requestWarm(deps, 'sq');
      return done;
    });
    await requestWarm(deps, 'sq');
    expect(await runWarm(deps, { squadId: 'sq' })).toEqual({ status: 'done' });
    expect(queue.pushed).toHaveLength(2);
  });

  it('asks nothing when no read side is wired, and never throws', async () => {
    const plain = setup();
    await requestWarm(plain.deps, 'sq');
    expect(plain.queue.pushed).toEqual([]);
    const broken = setup(async () => done);
    broken.deps.queue = { push: () => Promise.reject(new Error('queue down')) };
    await expect(requestWarm(broken.deps, 'sq')).resolves.toBeUndefined();
  });
});

describe('runWarm', () => {
  it('runs one warm per squad at a time: a second one comes back later', async () => {
    const { deps, store } = setup(async () => done);
    await store.set(keys.warmLease('sq'), 'someone-else', { ttlSeconds: 60 });
    expect(await runWarm(deps, { squadId: 'sq' })).toMatchObject({ status: 'retry', reason: 'warm busy' });
  });

  it('gives the warm a deadline inside the job budget and frees the squad afterwards', async () => {
    let deadline = 0;
    const { deps, store } = setup(async (_id, o) => {
      deadline = o.deadlineMs;
      return done;
    });
    deps.syncLimits = { jobBudgetMs: 10_000 };
    await runWarm(deps, { squadId: 'sq' });
    expect(deadline).toBe(1_000_000 + 10_000);
    expect(await store.get(keys.warmLease('sq'))).toBeUndefined();
  });

  it('answers done when the warm fails, logging a code and nothing from the error', async () => {
    const warnings: Array<Record<string, unknown>> = [];
    const { deps, store } = setup(() => Promise.reject(new Error('secret issue text')));
    deps.log = { ...silentLogger, warn: (_m, f) => warnings.push(f ?? {}) };
    expect(await runWarm(deps, { squadId: 'sq' })).toEqual({ status: 'done' });
    expect(warnings).toEqual([{ squadId: 'sq', code: 'WARM_FAILED', errorType: 'Error' }]);
    expect(await store.get(keys.warmLease('sq'))).toBeUndefined();
  });
});
