import type { Job, JobQueue } from '../ports/job-queue';
import { silentLogger } from '../ports/logger';
import { keys } from '../store/keys';
import { MemoryStore } from '../store/memory-store';
import { generationFloor, runPurge } from './purge';
import type { SyncDeps } from './sync-deps';

class NoQueue implements JobQueue {
  readonly pushed: Job[] = [];
  async push(jobs: Job[]): Promise<void> {
    this.pushed.push(...jobs);
  }
}

function setup(): { deps: SyncDeps; store: MemoryStore } {
  const store = new MemoryStore();
  const unused = (): never => {
    throw new Error('the purge asks Jira nothing');
  };
  return { store, deps: { store, queue: new NoQueue(), clock: { nowMs: () => 1_000_000 }, log: silentLogger, jira: { asApp: unused, asUser: unused } } };
}

describe('runPurge and the generation floor', () => {
  it('removes the floor it set once nothing of its generations is left', async () => {
    const { deps, store } = setup();
    await store.set(keys.generationFloor('doomed'), 1);
    await runPurge(deps, { squadId: 'doomed', upToGeneration: 1 });
    expect(await generationFloor(store, 'doomed')).toBe(0);
  });

  it('leaves a floor a later delete raised: a squad created after it must still start above it', async () => {
    // An earlier delete's purge (up to generation 1) ends after the squad was created again (generation 2) and deleted again.
    const { deps, store } = setup();
    await store.set(keys.generationFloor('doomed'), 2);
    await runPurge(deps, { squadId: 'doomed', upToGeneration: 1 });
    expect(await generationFloor(store, 'doomed')).toBe(2);
  });
});
