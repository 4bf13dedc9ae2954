import { readManifest } from '../store/data-manifest';
import { nextBucketStartMs } from '../store/answer-cache';
import { keys } from '../store/keys';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { warmJob } from './jobs';
import type { SyncDeps } from './sync-deps';

/**
 * Warming ahead of the clock. Cached answers hold for one quarter-hour time bucket (their ages and
 * "last N days" move with it), so without this the first viewer of every quarter hour computes
 * cold (0.7–1.2 s at 50,000 issues). The five-minute scheduled trigger runs this; the run that
 * falls in a bucket's last five minutes queues, for every squad with published data, a warm job
 * that computes the whole-squad viewer's first answers as of the next bucket's start. Those are
 * exactly the answers a call in the next bucket would compute for unchanged data; a change
 * meanwhile gives a new data stamp, and its own warm. One run per bucket queues (a marker with a
 * TTL: Forge may fire a trigger twice). Cost: one warm per squad a quarter hour, two answers
 * computed cold: about 0.1 s at 1,500 issues and 1.3 s at 50,000 (bench/metrics-get.ts), in the background.
 */
export const WARM_AHEAD_LEAD_MS = 5 * 60_000;

export async function runWarmAhead(deps: SyncDeps): Promise<{ queued: number; atMs: number | null }> {
  if (deps.warmAnswers === undefined) return { queued: 0, atMs: null };
  const nowMs = deps.clock.nowMs();
  const atMs = nextBucketStartMs(nowMs);
  // A later run of the trigger is closer to the bucket: warming now would compute further ahead than needed.
  if (atMs - nowMs > WARM_AHEAD_LEAD_MS) return { queued: 0, atMs: null };
  if (!(await deps.store.setIfAbsent(keys.warmAhead(atMs), 1, { ttlSeconds: 30 * 60 }))) return { queued: 0, atMs: null };
  const repo = new SquadConfigRepo(deps.store);
  const published = [];
  for (const config of await repo.list()) if ((await readManifest(deps.store, config.id)) !== undefined) published.push(config.id);
  if (published.length > 0) await deps.queue.push(published.map((squadId) => warmJob({ squadId, atMs })));
  deps.log.info('warms ahead queued', { squads: published.length, atMs });
  return { queued: published.length, atMs };
}
