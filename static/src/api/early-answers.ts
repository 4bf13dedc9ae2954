import type { FunctionKey, Functions, ResolverResult } from '../../../src/contract';
import { InvokeError } from './invoke-error';

/**
 * Answers a page has before its components ask: questions the page's boot code asks while the
 * page's chunks load (`askEarly`, see `routing/page-loaders.ts`), and answers one combined call
 * already gave (`primeAnswer`: `metrics.page` answers what `squads.get` and `metrics.get` would).
 * The page's first call of exactly the same question (function and payload, compared by value:
 * `questionKey`) takes that answer instead of asking again. Each is used once: a reload, a retry or
 * a later page asks afresh. One nobody took within EARLY_ANSWER_MAX_AGE_MS is dropped, so nothing
 * stale shows up later.
 *
 * On the speed-metrics page the figures were asked only after the page's chunks, the chart library
 * and React's first commit: about a second after navigation, then a round trip later the tiles.
 */
export const EARLY_ANSWER_MAX_AGE_MS = 30_000;

/** How an early call ended; `pending` while it runs. */
export type EarlySettled = { status: 'pending' } | { status: 'ready'; data: unknown } | { status: 'failed'; error: unknown };

interface Early {
  promise: Promise<unknown>;
  settled: EarlySettled;
  askedAt: number;
}

const early = new Map<string, Early>();

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

function fresh(key: string): Early | undefined {
  const entry = early.get(key);
  if (entry === undefined) return undefined;
  if (performance.now() - entry.askedAt > EARLY_ANSWER_MAX_AGE_MS) {
    early.delete(key);
    return undefined;
  }
  return entry;
}

/**
 * Starts `call` for a question now, unless the same question is already waiting to be taken.
 * Answers the call's promise, for the boot code to chain on (that does not take it from the page).
 */
export function askEarly<K extends FunctionKey>(
  functionKey: K,
  payload: Functions[K]['payload'],
  call: (key: K, payload: Functions[K]['payload']) => Promise<Functions[K]['data']>,
): Promise<Functions[K]['data']> {
  const key = questionKey(functionKey, payload);
  const waiting = fresh(key);
  if (waiting !== undefined) return waiting.promise as Promise<Functions[K]['data']>;
  const entry: Early = { promise: Promise.resolve(), settled: { status: 'pending' }, askedAt: performance.now() };
  entry.promise = call(functionKey, payload).then(
    (data) => {
      entry.settled = { status: 'ready', data };
      return data;
    },
    (error: unknown) => {
      entry.settled = { status: 'failed', error };
      throw error;
    },
  );
  // Nobody may take it (another squad picked, the page left): that is no unhandled rejection.
  entry.promise.catch(() => undefined);
  early.set(key, entry);
  return entry.promise as Promise<Functions[K]['data']>;
}

/** Holds an answer a combined call gave for this question (a refusal too), for the page's first call of it. */
export function primeAnswer<K extends FunctionKey>(functionKey: K, payload: Functions[K]['payload'], result: ResolverResult<Functions[K]['data']>): void {
  const key = questionKey(functionKey, payload);
  const askedAt = performance.now();
  if (result.ok) {
    early.set(key, { promise: Promise.resolve(result.data), settled: { status: 'ready', data: result.data }, askedAt });
    return;
  }
  const refusal = new InvokeError(functionKey, result.error);
  const promise = Promise.reject(refusal);
  promise.catch(() => undefined);
  early.set(key, { promise, settled: { status: 'failed', error: refusal }, askedAt });
}

/** The early call of exactly this question, once (the next call of it asks again); undefined when there is none. */
export function takeEarly(functionKey: string, payload: unknown): Promise<unknown> | undefined {
  const key = questionKey(functionKey, payload);
  const entry = fresh(key);
  if (entry === undefined) return undefined;
  early.delete(key);
  return entry.promise;
}

/**
 * The early answer of this question if it has already arrived (then it is taken, as by
 * `takeEarly`): a component can render it in its first render instead of a loading state.
 */
export function takeEarlyIfSettled(functionKey: string, payload: unknown): Exclude<EarlySettled, { status: 'pending' }> | undefined {
  const key = questionKey(functionKey, payload);
  const entry = fresh(key);
  if (entry === undefined || entry.settled.status === 'pending') return undefined;
  early.delete(key);
  return entry.settled;
}

/** Forgets every early answer (tests). */
export function forgetEarlyAnswers(): void {
  early.clear();
}
