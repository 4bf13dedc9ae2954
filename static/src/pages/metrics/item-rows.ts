import { useEffect, useState } from 'react';
import type { ItemTimelineDto } from '../../../../src/contract/metrics';
import { MAX_PAGE_ROWS } from '../../../../src/contract/metrics-query';
import type { MetricsGetPayload } from '../../../../src/contract/metrics-panel-question';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';

/** Pages read at once: enough to overlap the round trips, few enough to leave the resolver room. */
const CONCURRENCY = 2;

/** Per-item rows read in pages: how far along, all of them, or why not. */
export type ItemRows =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; items: ItemTimelineDto[] }
  | { status: 'failed'; message: string };

/** Why rows could not be read, as a sentence (the resolver's message when it gave one). */
export function rowsFailure(err: unknown): string {
  return err instanceof InvokeError && err.message !== '' ? err.message : 'Jira or the app did not answer.';
}

/**
 * Every row a paged question selects: the first page says how many there are (`rowsTotal`), the
 * rest are read CONCURRENCY at a time. `onProgress` hears (loaded, total) after each page; rows come
 * back in the server's order. Stops early (and resolves with what it has) once `current()` is false.
 */
export async function readAllRows(
  question: (offset: number) => MetricsGetPayload,
  onProgress: (loaded: number, total: number) => void,
  current: () => boolean = () => true,
): Promise<ItemTimelineDto[]> {
  const first = await invoke('metrics.get', question(0));
  const firstRows = first.metrics?.items ?? [];
  const total = first.data.rowsTotal?.items ?? firstRows.length;
  const pages: ItemTimelineDto[][] = [firstRows];
  let loaded = firstRows.length;
  onProgress(loaded, total);
  const offsets: number[] = [];
  for (let o = MAX_PAGE_ROWS; o < total; o += MAX_PAGE_ROWS) offsets.push(o);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (current() && next < offsets.length) {
      const k = next++;
      const page = await invoke('metrics.get', question(offsets[k] as number));
      const rows = page.metrics?.items ?? [];
      pages[k + 1] = rows;
      loaded += rows.length;
      if (current()) onProgress(loaded, total);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return pages.flat();
}

/**
 * The rows a paged question selects, read once `enabled` (after the first answer, so they never
 * delay the first paint). Rows of an outdated question never show: a new question restarts, and
 * `retry` reads again after a failure.
 */
export function useItemRows(question: (offset: number) => MetricsGetPayload, enabled: boolean): { rows: ItemRows; retry: () => void } {
  const key = JSON.stringify(question(0));
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; attempt: number; rows: ItemRows } | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    const base = JSON.parse(key) as MetricsGetPayload;
    const pageOf = (offset: number): MetricsGetPayload => ({ ...base, page: { offset, limit: MAX_PAGE_ROWS } });
    readAllRows(pageOf, (loaded, total) => current && setState({ key, attempt, rows: { status: 'loading', loaded, total } }), () => current).then(
      (items) => current && setState({ key, attempt, rows: { status: 'ready', items } }),
      (err: unknown) => current && setState({ key, attempt, rows: { status: 'failed', message: rowsFailure(err) } }),
    );
    return () => {
      current = false;
    };
  }, [key, enabled, attempt]);

  const rows: ItemRows = state !== null && state.key === key && state.attempt === attempt ? state.rows : { status: 'loading', loaded: 0, total: null };
  return { rows, retry: () => setAttempt((a) => a + 1) };
}
