import { defaultSquadConfig } from '../domain/config/default-squad-config';
import { MemoryStore } from './memory-store';
import { SquadBusyError, SquadConfigRepo, SquadConflictError } from './squad-config-repo';
import { keys } from './keys';

const growth = defaultSquadConfig({ id: 'growth', name: 'Growth', projects: [{ key: 'MKT', discipline: 'Marketing' }] });
const ops = defaultSquadConfig({ id: 'ops', name: 'Ops', projects: [{ key: 'IT' }] });

describe('SquadConfigRepo', () => {
  it('gives a squad created again under a deleted ID a new incarnation', async () => {
    const repo = new SquadConfigRepo(new MemoryStore());
    const first = await repo.save(growth, { expectedRevision: null, nowMs: 5 });
    await repo.delete('growth');
    expect((await repo.save(growth, { expectedRevision: null, nowMs: 5 })).incarnation).not.toBe(first.incarnation);
  });

  it('round-trips a config with a revision that counts saves', async () => {
    const repo = new SquadConfigRepo(new MemoryStore());
    const first = await repo.save(growth, { expectedRevision: null, nowMs: 5 });
    expect(first).toEqual({ config: growth, revision: 1, updatedAtMs: 5, incarnation: expect.any(String) as unknown });
    const renamed = { ...growth, name: 'Growth squad' };
    expect((await repo.save(renamed, { expectedRevision: 1, nowMs: 9 })).revision).toBe(2);
    // Saves keep the incarnation; only a squad created again under the ID gets a new one.
    expect(await repo.getRecord('growth')).toEqual({ config: renamed, revision: 2, updatedAtMs: 9, incarnation: first.incarnation });
    expect(await repo.get('growth')).toEqual(renamed);
  });

  it('refuses a lost update and a second create with the same ID, storing nothing', async () => {
    const repo = new SquadConfigRepo(new MemoryStore());
    await repo.save(growth, { expectedRevision: null, nowMs: 1 });
    await repo.save({ ...growth, name: 'B' }, { expectedRevision: 1, nowMs: 2 });
    await expect(repo.save({ ...growth, name: 'C' }, { expectedRevision: 1, nowMs: 3 })).rejects.toThrow(
      'Squad "growth" was changed meanwhile (now at revision 2, you edited revision 1); reload it and apply your edit again',
    );
    await expect(repo.save(growth, { expectedRevision: null, nowMs: 3 })).rejects.toBeInstanceOf(SquadConflictError);
    expect((await repo.get('growth'))?.name).toBe('B');
  });

  it('answers busy, saying what, while another writer holds the squad, and leaves their lock alone', async () => {
    const store = new MemoryStore();
    const waits: number[] = [];
    const repo = new SquadConfigRepo(store, async (ms) => void waits.push(ms));
    await repo.save(growth, { expectedRevision: null, nowMs: 1 });
    const lockKey = `${keys.squadPrefix('growth')}config-lock`;
    expect(await store.setIfAbsent(lockKey, 'other-writer', { ttlSeconds: 30 })).toBe(true);
    await expect(repo.save({ ...growth, name: 'B' }, { expectedRevision: 1, nowMs: 2 })).rejects.toEqual(
      new SquadBusyError('this squad'),
    );
    expect(new SquadBusyError('this squad').message).toBe('Someone else is saving a change to this squad; try again in a moment');
    expect(await store.get(lockKey)).toBe('other-writer');
    expect((await repo.getRecord('growth'))?.revision).toBe(1);
    // Ten tries, nine jittered waits of 100–200 ms between them.
    expect(waits).toHaveLength(9);
    expect(waits.every((ms) => ms >= 100 && ms < 200)).toBe(true);
  });

  it('lists squads by the index in ID order', async () => {
    const repo = new SquadConfigRepo(new MemoryStore());
    await Promise.all([repo.save(ops, { nowMs: 1 }), repo.save(growth, { nowMs: 1 })]);
    expect((await repo.list()).map((c) => c.id)).toEqual(['growth', 'ops']);
  });

  it('reads a bare config stored before revisions as revision 0, migrating old shapes', async () => {
    const store = new MemoryStore();
    await store.set(keys.squadConfig('old'), { name: 'Old', projects: ['MKT'], stages: ['Idea', 'Live'], leadTime: 'Idea -> Live', statusMap: { '10000': 'Idea' } });
    await store.set(keys.squadIndex(), ['old']);
    const record = await new SquadConfigRepo(store).getRecord('old');
    expect(record?.revision).toBe(0);
    expect(record?.config.id).toBe('old');
    expect(record?.config.statusMap).toEqual({ MKT: { '10000': 'Idea' } });
  });

  it('names the squad when a stored value is unreadable', async () => {
    const store = new MemoryStore();
    await store.set(keys.squadConfig('bad'), { revision: 1, updatedAtMs: 0, config: { id: 'bad' } });
    await expect(new SquadConfigRepo(store).get('bad')).rejects.toThrow(/^Stored configuration of squad "bad" is invalid: /);
  });

  it('deletes the config, the index entry and every key under the squad prefix, and nothing else', async () => {
    const store = new MemoryStore();
    const repo = new SquadConfigRepo(store);
    await repo.save(growth, { nowMs: 1 });
    await repo.save(ops, { nowMs: 1 });
    for (let i = 0; i < 60; i++) await store.set(`${keys.squadPrefix('growth')}segment:${i}`, i);
    await store.set(`${keys.squadPrefix('ops')}segment:0`, 0);
    await expect(repo.delete('growth', { expectedRevision: 7 })).rejects.toBeInstanceOf(SquadConflictError);
    await repo.delete('growth', { expectedRevision: 1 });
    expect(await repo.list()).toEqual([ops]);
    expect((await store.list('squad:growth:')).keys).toEqual([]);
    expect((await store.list('squad:ops:')).keys).toEqual(['squad:ops:config', 'squad:ops:segment:0']);
  });
});
