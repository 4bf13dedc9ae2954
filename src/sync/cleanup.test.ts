import { silentLogger } from '../ports/logger';
import { writeManifest } from '../store/data-manifest';
import { keys } from '../store/keys';
import { MemoryStore } from '../store/memory-store';
import { runCleanup } from './cleanup';
import type { SyncDeps } from './sync-deps';

describe('runCleanup', () => {
  it('removes replaced generations and published staging, keeping the live copy and other squads', async () => {
    const store = new MemoryStore({ nowMs: () => 0 });
    const deps: SyncDeps = { jira: { asUser: () => never(), asApp: () => never() }, store, queue: { push: async () => undefined }, clock: { nowMs: () => 0 }, log: silentLogger };
    await writeManifest(store, 'growth', { v: 1, generation: 2, segments: 2, issueCount: 0, scopeKey: 'p=MKT;e=;d=', publishedAtMs: 0 });
    const doomed = [keys.segment('growth', 1, 0), keys.segment('growth', 1, 1), keys.stagingChunk('growth', 2, 0, 0, 0), keys.stagingIndex('growth', 2), keys.pendingDeletes('growth', 2)];
    const kept = [keys.segment('growth', 2, 0), keys.segment('growth', 2, 1), keys.squadConfig('growth'), keys.syncState('growth'), keys.segment('other', 1, 0)];
    for (const k of [...doomed, ...kept]) await store.set(k, 1);
    expect(await runCleanup(deps, { squadId: 'growth' })).toEqual({ status: 'done' });
    const left = (await store.list('', { limit: 100 })).keys;
    expect(left.sort()).toEqual([...kept, keys.dataManifest('growth')].sort());
  });
});

function never(): never {
  throw new Error('no Jira in this test');
}
