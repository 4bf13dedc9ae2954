import { ForgeKvsStore } from './forge-kvs-store';

type KvsErrorClass = new (details: { status: number; statusText: string }, error: { code: string; message: string }) => Error;
// Loaded through jest (not imported): only forge-kvs-store.ts may import @forge/kvs.
const { ForgeKvsAPIError } = jest.requireActual<{ ForgeKvsAPIError: KvsErrorClass }>('@forge/kvs');

// The mock is created before this file's constants exist, so it hands out `mockKvs` lazily.
jest.mock('@forge/kvs', () => ({
  ...jest.requireActual<object>('@forge/kvs'),
  get kvs(): unknown {
    return mockKvs;
  },
}));

/** An in-memory stand-in for `kvs`, answering FAIL_IF_EXISTS conflicts the way Forge does (409 KEY_CONFLICT). */
const data = new Map<string, { value: unknown; expireTime?: string }>();
const calls: string[] = [];
const conflict = (): Error => new ForgeKvsAPIError({ status: 409, statusText: 'Conflict' }, { code: 'KEY_CONFLICT', message: 'exists' });
const mockKvs = {
  get: async (key: string, options?: { metadataFields?: string[] }) => {
    const e = data.get(key);
    if (e === undefined) return undefined;
    return options?.metadataFields ? { key, value: e.value, ...(e.expireTime ? { expireTime: e.expireTime } : {}) } : e.value;
  },
  set: async (key: string, value: unknown, options?: { keyPolicy?: string; ttl?: { value: number; unit: string } }) => {
    calls.push(`set ${key} ${JSON.stringify(options ?? {})}`);
    if (options?.keyPolicy === 'FAIL_IF_EXISTS' && data.has(key)) throw conflict();
    data.set(key, { value });
  },
  delete: async (key: string) => void data.delete(key),
  query: () => {
    const q = { prefix: '', limit: 100, after: undefined as string | undefined };
    const builder = {
      where: (_p: string, c: { values: [string] }) => ((q.prefix = c.values[0]), builder),
      limit: (n: number) => ((q.limit = n), builder),
      cursor: (c: string) => ((q.after = c), builder),
      getMany: async () => {
        const all = [...data.keys()].filter((k) => k.startsWith(q.prefix) && (q.after === undefined || k > q.after)).sort();
        const page = all.slice(0, q.limit);
        return { results: page.map((key) => ({ key, value: data.get(key)?.value })), ...(all.length > q.limit ? { nextCursor: page.at(-1) } : {}) };
      },
    };
    return builder;
  },
  transact: () => {
    const ops: Array<() => void> = [];
    const tx = {
      set: (k: string, v: unknown) => (ops.push(() => data.set(k, { value: v })), tx),
      delete: (k: string) => (ops.push(() => data.delete(k)), tx),
      execute: async () => ops.forEach((op) => op()),
    };
    return tx;
  },
};

beforeEach(() => {
  data.clear();
  calls.length = 0;
});

describe('ForgeKvsStore', () => {
  const store = new ForgeKvsStore();

  it('sets with a TTL in seconds and reads back', async () => {
    await store.set('a', { x: 1 }, { ttlSeconds: 2.5 });
    expect(await store.get('a')).toEqual({ x: 1 });
    expect(calls).toEqual(['set a {"ttl":{"value":3,"unit":"SECONDS"}}']);
  });

  it('takes a lease with FAIL_IF_EXISTS and answers false while it is held', async () => {
    expect(await store.setIfAbsent('lease', 't1', { ttlSeconds: 30 })).toBe(true);
    expect(await store.setIfAbsent('lease', 't2', { ttlSeconds: 30 })).toBe(false);
    expect(calls[0]).toBe('set lease {"keyPolicy":"FAIL_IF_EXISTS","ttl":{"value":30,"unit":"SECONDS"}}');
    expect(await store.get('lease')).toBe('t1');
  });

  it('replaces a lease whose TTL passed but which Forge has not removed yet', async () => {
    data.set('lease', { value: 'dead', expireTime: new Date(Date.now() - 1000).toISOString() });
    expect(await store.setIfAbsent('lease', 'fresh', { ttlSeconds: 30 })).toBe(true);
    expect(await store.get('lease')).toBe('fresh');
  });

  it('lists by prefix with a cursor and runs transactions', async () => {
    await store.transact([
      { op: 'set', key: 's:b', value: 1 },
      { op: 'set', key: 's:a', value: 1 },
      { op: 'set', key: 't:a', value: 1 },
    ]);
    const first = await store.list('s:', { limit: 1 });
    expect(first).toEqual({ keys: ['s:a'], cursor: 's:a' });
    expect(await store.list('s:', { limit: 1, cursor: first.cursor })).toEqual({ keys: ['s:b'] });
    await store.transact([{ op: 'delete', key: 's:a' }]);
    expect(await store.get('s:a')).toBeUndefined();
  });

  it('releases a lease only while it holds our token and has time left; near expiry it is left to expire', async () => {
    const inSeconds = (sec: number): string => new Date(Date.now() + sec * 1000).toISOString();
    data.set('lease', { value: 'theirs', expireTime: inSeconds(600) });
    expect(await store.deleteIfValue('lease', 'ours')).toBe(false);
    expect(await store.get('lease')).toBe('theirs');
    data.set('lease', { value: 'ours', expireTime: inSeconds(1) });
    expect(await store.deleteIfValue('lease', 'ours')).toBe(false);
    data.set('lease', { value: 'ours', expireTime: inSeconds(600) });
    expect(await store.deleteIfValue('lease', 'ours')).toBe(true);
    expect(await store.get('lease')).toBeUndefined();
  });
});
