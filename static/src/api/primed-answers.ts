import type { FunctionKey, Functions, ResolverResult } from '../../../src/contract';

/**
 * Answers a page already holds before its components ask: one call (e.g. `metrics.page`) answers
 * what several components would otherwise each ask (`squads.get`, `metrics.get`), and each such
 * answer is handed out once to the first component asking exactly that question. Kept briefly
 * and only in memory: a later question asks the resolver again.
 */
const FRESH_MS = 15_000;

const primed = new Map<string, { at: number; result: ResolverResult<unknown> }>();

/** The question's identity: key and payload with object keys in order (builders may order them differently). */
export function questionKey(key: string, payload: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, sorted(x)]),
    );
  };
  return `${key} ${JSON.stringify(sorted(payload))}`;
}

export function primeAnswer<K extends FunctionKey>(key: K, payload: Functions[K]['payload'], result: ResolverResult<Functions[K]['data']>, nowMs = Date.now()): void {
  primed.set(questionKey(key, payload), { at: nowMs, result });
}

/** The answer primed for exactly this question, once; undefined when there is none (or it is stale). */
export function takePrimedAnswer(key: string, payload: unknown, nowMs = Date.now()): ResolverResult<unknown> | undefined {
  const id = questionKey(key, payload);
  const entry = primed.get(id);
  if (entry === undefined) return undefined;
  primed.delete(id);
  return nowMs - entry.at <= FRESH_MS ? entry.result : undefined;
}
