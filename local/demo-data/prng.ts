/**
 * A small seeded random source (mulberry32): fast, 32-bit state, good enough for demo data and
 * fault injection, and identical on every machine so seeded data sets and tests are reproducible.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key by weight; weights need not sum to 1. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** Standard normal sample (Box–Muller). */
  normal(): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() needs a non-empty list');
      return item;
    },
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const { entries, total } = weightTable(weights) as WeightTable<K>;
      let r = next() * total;
      for (const [key, w] of entries) {
        r -= w;
        if (r < 0) return key;
      }
      const last = entries[entries.length - 1];
      if (last === undefined) throw new Error('weighted() needs at least one weight');
      return last[0];
    },
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

interface WeightTable<K extends string> {
  entries: Array<[K, number]>;
  total: number;
}

/** Weight objects are usually constants: cache their entries (this runs millions of times). */
const weightTables = new WeakMap<object, WeightTable<string>>();
function weightTable(weights: object): WeightTable<string> {
  let table = weightTables.get(weights);
  if (table === undefined) {
    const entries = Object.entries(weights) as Array<[string, number]>;
    table = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
    weightTables.set(weights, table);
  }
  return table;
}

/** A stable 32-bit hash of a string (FNV-1a), to derive sub-seeds and paging-token checks. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
