import { squadConfigSchema } from '../contract/squad-config';
import { DEFAULT_LEAD_TIME, defaultStages } from '../contract/squad-defaults';
import type { Job, JobQueue } from '../ports/job-queue';
import { silentLogger } from '../ports/logger';
import { ANSWER_TIME_BUCKET_MS } from '../store/answer-cache';
import { writeManifest } from '../store/data-manifest';
import { MemoryStore } from '../store/memory-store';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { JOB_KINDS } from './jobs';
import type { SyncDeps, WarmReport } from './sync-deps';
import { runWarm } from './warm';
import { runWarmAhead, WARM_AHEAD_LEAD_MS } from './warm-ahead';

class RecordingQueue implements JobQueue {
  readonly pushed: Job[] = [];
  async push(jobs: Job[]): Promise<void> {
    this.pushed.push(...jobs);
  }
}

const BUCKET = 1_000 * ANSWER_TIME_BUCKET_MS;
const squad = (id: string) => squadConfigSchema.parse({ id, name: id, projects: ['MKT'], stages: defaultStages(), leadTime: DEFAULT_LEAD_TIME, statusMap: {}, discipline: { by: 'project', values: {} } });

async function setup(nowMs: number): Promise<{ deps: SyncDeps; queue: RecordingQueue; warms: Array<{ squadId: string; atMs: number | undefined }> }> {
  const store = new MemoryStore();
  const queue = new RecordingQueue();
  const warms: Array<{ squadId: string; atMs: number | undefined }> = [];
  const repo = new SquadConfigRepo(store);
  for (const id of ['published', 'never-synced']) await repo.save(squad(id), { nowMs: 0 });
  await writeManifest(store, 'published', { v: 1, generation: 1, segments: 1, issueCount: 3, scopeKey: 'p=MKT;e=;d=', publishedAtMs: 0 });
  const warm = async (squadId: string, o: { atMs?: number }): Promise<WarmReport> => {
    warms.push({ squadId, atMs: o.atMs });
    return { warmed: 2, cached: 0, skipped: null };
  };
  const deps: SyncDeps = { store, queue, clock: { nowMs: () => nowMs }, log: silentLogger, jira: { asApp: () => never(), asUser: () => never() }, warmAnswers: warm };
  return { deps, queue, warms };
}
function never(): never {
  throw new Error('not used');
}

describe('warming ahead of the next time bucket', () => {
  it('does nothing while the bucket has more than five minutes to go (a later run is closer)', async () => {
    const { deps, queue } = await setup(BUCKET + ANSWER_TIME_BUCKET_MS - WARM_AHEAD_LEAD_MS - 1);
    expect(await runWarmAhead(deps)).toEqual({ queued: 0, atMs: null });
    expect(queue.pushed).toEqual([]);
  });

  it("queues, in a bucket's last five minutes, one warm as of the next bucket's start for each squad with published data, once", async () => {
    const next = BUCKET + ANSWER_TIME_BUCKET_MS;
    const { deps, queue, warms } = await setup(next - 60_000);
    expect(await runWarmAhead(deps)).toEqual({ queued: 1, atMs: next });
    expect(queue.pushed).toEqual([{ kind: JOB_KINDS.warm, payload: { squadId: 'published', atMs: next } }]);
    // Forge may fire the trigger twice: the second run queues nothing for the same bucket.
    expect(await runWarmAhead(deps)).toEqual({ queued: 0, atMs: null });
    expect(queue.pushed).toHaveLength(1);
    // The job warms as of that instant, and leaves a pending change's own warm request alone.
    await deps.store.set('squad:published:warmreq', 1);
    expect(await runWarm(deps, { squadId: 'published', atMs: next })).toEqual({ status: 'done' });
    expect(warms).toEqual([{ squadId: 'published', atMs: next }]);
    expect(await deps.store.get('squad:published:warmreq')).toBe(1);
  });

  it('asks nothing when no read side is wired', async () => {
    const { deps, queue } = await setup(BUCKET + ANSWER_TIME_BUCKET_MS - 1);
    delete deps.warmAnswers;
    expect(await runWarmAhead(deps)).toEqual({ queued: 0, atMs: null });
    expect(queue.pushed).toEqual([]);
  });
});
