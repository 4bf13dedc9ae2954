import type { IssueSummaryDto } from '../../../../../src/contract/issue-summaries';
import { escapeHtml } from './chart-base';

/**
 * Issue summaries for tooltips. Summaries are issue text, never stored: they are read live as the
 * viewer when a tooltip first needs them, and only issues the viewer may browse ever answer.
 */
export interface SummaryLookup {
  /** The summary; '' when Jira gave none for this viewer; undefined while not asked yet (or asked again). */
  get(key: string): string | undefined;
  /** The last request for it failed (e.g. Jira answered in an unexpected form); a later hover asks again. */
  failed(key: string): boolean;
  /** Asks for those not known yet; resolves once they are (or the request failed). */
  load(keys: readonly string[]): Promise<void>;
}

/** For code that renders no tooltips (the CLI comparison): no summaries, nothing asked. */
export const NO_SUMMARIES: SummaryLookup = { get: () => '', failed: () => false, load: () => Promise.resolve() };

/** Keys a request asks for at most (the resolver's limit). */
const BATCH = 100;

/**
 * A cache over `fetch` (the `metrics.summaries` resolver), batching the keys a tooltip asks for.
 * A key Jira does not answer is remembered as '' so it is not asked again; a failed request is
 * remembered as failed (the tooltip says so rather than "loading" for ever) and a later hover tries again.
 */
export function summaryCache(fetch: (keys: string[]) => Promise<IssueSummaryDto[]>): SummaryLookup {
  const known = new Map<string, string>();
  const pending = new Map<string, Promise<void>>();
  const failed = new Set<string>();
  return {
    get: (key) => known.get(key),
    failed: (key) => failed.has(key) && !pending.has(key),
    load: async (keys) => {
      const missing = [...new Set(keys)].filter((k) => !known.has(k) && !pending.has(k));
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        const request = fetch(batch).then(
          (found) => {
            const byKey = new Map(found.map((s) => [s.key, s.summary]));
            for (const k of batch) {
              known.set(k, byKey.get(k) ?? '');
              failed.delete(k);
            }
          },
          () => batch.forEach((k) => failed.add(k)),
        );
        const done = request.finally(() => batch.forEach((k) => pending.delete(k)));
        for (const k of batch) pending.set(k, done);
      }
      await Promise.all([...new Set(keys)].map((k) => pending.get(k)).filter((p): p is Promise<void> => p !== undefined));
    },
  };
}

/** The tooltip line for an item's summary: loading, could not be read, the summary, or nothing. */
export function summaryLine(summaries: SummaryLookup, key: string): string | null {
  const s = summaries.get(key);
  if (s === undefined) return summaries.failed(key) ? '<i>The summary could not be read from Jira; hover again to retry.</i>' : '<i>Loading summary…</i>';
  return s === '' ? null : `“${escapeHtml(s.length > 140 ? `${s.slice(0, 139)}…` : s)}”`;
}

/** ECharts' asynchronous tooltip: show `render()` now and again once the summaries of `keys` are in. */
export function withSummaries(summaries: SummaryLookup, keys: readonly string[], ticket: string, callback: ((ticket: string, html: string) => void) | undefined, render: () => string): string {
  if (keys.some((k) => summaries.get(k) === undefined)) {
    void summaries.load(keys).then(() => callback?.(ticket, render()));
  }
  return render();
}
