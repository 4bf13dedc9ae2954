import { createHash } from 'node:crypto';
import type { SquadConfig } from '../contract/squad-config';
import { formatDay } from '../domain/time/civil';
import { DayCalendar } from '../domain/time/day-calendar';
import type { JsonValue } from '../ports/key-value-store';
import type { Logger } from '../ports/logger';
import { ANSWER_TIME_BUCKET_MS, readCachedAnswer, writeCachedAnswer } from '../store/answer-cache';
import type { SquadViewDeps } from './deps';
import type { SquadView } from './squad-view';
import { visibilityKey } from './visibility';

export { ANSWER_TIME_BUCKET_MS };

/** What a cached answer is keyed on besides the view; see {@link answerDigest}. */
export interface AnswerQuestion {
  /** Which kind of answer (e.g. `metrics.get`), so two resolvers never share an entry. */
  kind: string;
  /** The squad config's revision: a save changes the key. */
  revision: number;
  /** The question, normalised (see {@link normaliseQuery}). */
  query: JsonValue;
  nowMs: number;
}

/**
 * A digest of everything an answer depends on: the published data (generation and stamp of
 * in-place changes), the config revision, the question, what the viewer sees (`visibilityKey`:
 * visible projects plus a digest of visible issue IDs where filtered — never an account ID), the
 * squad's day and the time bucket. Undefined when the view has no published data to key on.
 */
export function answerDigest(view: SquadView, q: AnswerQuestion): string | undefined {
  const published = view.published;
  if (published === null) return undefined;
  const parts: JsonValue = [
    1,
    q.kind,
    published.version.manifest.generation,
    published.version.stamp,
    q.revision,
    visibilityKey(published.visibility),
    squadDay(view.config, q.nowMs),
    Math.floor(q.nowMs / ANSWER_TIME_BUCKET_MS),
    q.query,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** Today in the squad's zone, `YYYY-MM-DD`: yesterday's answer is never today's. */
function squadDay(config: SquadConfig, nowMs: number): string {
  return formatDay(new DayCalendar(config.calendar, nowMs, nowMs).dayOf(nowMs));
}

/**
 * JSON with object keys in order and the listed set-like arrays sorted and without repeats, so the
 * same question asked with fields or list entries in another order gets the same digest.
 */
export function normaliseQuery(value: unknown, setPaths: ReadonlySet<string>, path = ''): JsonValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const items = value.map((v, i) => normaliseQuery(v, setPaths, `${path}[${i}]`));
    if (!setPaths.has(path)) return items;
    const texts = [...new Set(items.map((v) => JSON.stringify(v)))].sort();
    return texts.map((t) => JSON.parse(t) as JsonValue);
  }
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = normaliseQuery(v, setPaths, path === '' ? k : `${path}.${k}`);
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

export interface CacheDeps extends SquadViewDeps {
  log: Logger;
}

export type Cached<T> = { answer: T; cached: boolean };

/**
 * The answer for this view and question from the squad's answer cache, or `compute`d and stored.
 * Only answers from the stored data are cached (`cacheable` says whether this one is: a live read
 * or a not-yet-synced answer is not). A storage failure while caching never fails the read.
 */
export async function cachedAnswer<T>(
  deps: CacheDeps,
  view: SquadView,
  q: AnswerQuestion,
  compute: () => Promise<{ answer: T; cacheable: boolean }>,
): Promise<Cached<T>> {
  const digest = answerDigest(view, q);
  const published = view.published;
  if (digest !== undefined) {
    const hit = await readCachedAnswer(deps.store, view.config.id, digest).catch(() => undefined);
    // Answers are JSON DTOs (they cross the invoke bridge as JSON), so they store as JSON values.
    if (hit !== undefined) return { answer: hit as T, cached: true };
  }
  const { answer, cacheable } = await compute();
  if (digest !== undefined && published !== null && cacheable) {
    try {
      const version = `${published.version.manifest.generation}/${published.version.stamp}/${q.revision}`;
      await writeCachedAnswer(deps.store, view.config.id, { digest, version, atMs: q.nowMs }, answer as JsonValue);
    } catch (err) {
      deps.log.warn('answer not cached', { squadId: view.config.id, kind: q.kind, errorType: err instanceof Error ? err.name : typeof err });
    }
  }
  return { answer, cached: false };
}
