import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from './memory-store';
import { FileStore } from './file-store';

describe('MemoryStore', () => {
  let now = 1_000;
  const clock = { nowMs: () => now };

  it('round-trips JSON values without sharing references', async () => {
    const store = new MemoryStore(clock);
    const value = { a: [1, 2], b: 'x' };
    await store.set('k', value);
    value.a.push(3);
    expect(await store.get('k')).toEqual({ a: [1, 2], b: 'x' });
  });

  it('enforces the Forge KVS value and key limits', async () => {
    const store = new MemoryStore(clock);
    await expect(store.set('big', 'x'.repeat(240 * 1024))).rejects.toThrow(/limit is 245760/);
    await expect(store.set('k'.repeat(501), 1)).rejects.toThrow(/Key length/);
  });

  it('setIfAbsent acts as a lease that expires with its TTL', async () => {
    const store = new MemoryStore(clock);
    expect(await store.setIfAbsent('lease', 'a', { ttlSeconds: 10 })).toBe(true);
    expect(await store.setIfAbsent('lease', 'b', { ttlSeconds: 10 })).toBe(false);
    now += 10_000;
    expect(await store.setIfAbsent('lease', 'c', { ttlSeconds: 10 })).toBe(true);
    expect(await store.get('lease')).toBe('c');
  });

  it('lists by prefix in key order with a cursor', async () => {
    const store = new MemoryStore(clock);
    for (const k of ['s:b', 's:a', 's:c', 't:a']) await store.set(k, 1);
    const first = await store.list('s:', { limit: 2 });
    expect(first).toEqual({ keys: ['s:a', 's:b'], cursor: 's:b' });
    expect(await store.list('s:', { limit: 2, cursor: first.cursor })).toEqual({ keys: ['s:c'] });
  });

  it('applies a transaction all or nothing', async () => {
    const store = new MemoryStore(clock);
    await store.set('keep', 1);
    await expect(store.transact([{ op: 'delete', key: 'keep' }, { op: 'set', key: 'huge', value: 'x'.repeat(300_000) }])).rejects.toThrow();
    expect(await store.get('keep')).toBe(1);
    await expect(store.transact(Array.from({ length: 26 }, (_, i) => ({ op: 'set' as const, key: `k${i}`, value: i })))).rejects.toThrow(/at most 25/);
  });
});

describe('FileStore', () => {
  it('survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'squadflow-store-'));
    try {
      const file = join(dir, 'store.json');
      const first = new FileStore(file);
      await first.set('squad:a:config', { name: 'Growth' });
      const second = new FileStore(file);
      expect(await second.get('squad:a:config')).toEqual({ name: 'Growth' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
