import { useEffect, useState } from 'react';
import type { ItemTimelineDto } from '../../../../src/contract/metrics';
import { MAX_PAGE_ROWS } from '../../../../src/contract/panel-constants';
import type { MetricsAnswerDto } from '../../../../src/contract/metrics-query';
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
 * rest are read as {@link readRemainingRows} does. Stops early (and resolves with what it has)
 * once `current()` is false.
 */
export async function readAllRows(
  question: (offset: number) => MetricsGetPayload,
  onProgress: (loaded: number, total: number) => void,
  current: () => boolean = () => true,
): Promise<ItemTimelineDto[]> {
  const first = await invoke('metrics.get', question(0));
  const firstRows = first.metrics?.items ?? [];
  const total = first.data.rowsTotal?.items ?? firstRows.length;
  onProgress(firstRows.length, total);
  return readRemainingRows(question, firstRows, total, onProgress, current);
}

/**
 * The rows after a first page already in hand (`firstRows` of `total`), in pages of MAX_PAGE_ROWS
 * read CONCURRENCY at a time. `onProgress` hears (loaded, total) after each page; rows come back in
 * the server's order. Stops early (and resolves with what it has) once `current()` is false.
 */
export async function readRemainingRows(
  question: (offset: number) => MetricsGetPayload,
  firstRows: ItemTimelineDto[],
  total: number,
  onProgress: (loaded: number, total: number) => void,
  current: () => boolean = () => true,
): Promise<ItemTimelineDto[]> {
  const pages: ItemTimelineDto[][] = [firstRows];
  let loaded = firstRows.length;
  const offsets: number[] = [];
  // An empty first page ends the rows whatever the total says (rows that went away meanwhile).
  if (firstRows.length > 0) for (let o = firstRows.length; o < total; o += MAX_PAGE_ROWS) offsets.push(o);
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
 * The lead-time scatterplot's rows: the first page, which the first answer carries (for most squads
 * all of them, so nothing more is asked), and, when it holds fewer than `rowsTotal`, the rest read in
 * pages after the first paint while `enabled` (not while a new first answer is on its way: its
 * rows would not match the figures shown). `more(offset)` asks for the page from `offset` of the
 * question the first answer answered. Rows of an outdated question never show; `retry` reads
 * again after a failure.
 */
export function useScatterRows(first: MetricsAnswerDto | null, more: (offset: number) => MetricsGetPayload, enabled: boolean): { rows: ItemRows; retry: () => void } {
  const firstRows = first?.metrics?.items ?? null;
  const total = first === null ? null : (first.data.rowsTotal?.items ?? firstRows?.length ?? 0);
  const complete = firstRows !== null && total !== null && firstRows.length >= total;
  const key = JSON.stringify(more(0));
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ source: ItemTimelineDto[]; key: string; attempt: number; rows: ItemRows } | null>(null);

  useEffect(() => {
    if (!enabled || firstRows === null || total === null || complete) return undefined;
    let current = true;
    const base = JSON.parse(key) as MetricsGetPayload;
    const pageOf = (offset: number): MetricsGetPayload => ({ ...base, page: { offset, limit: MAX_PAGE_ROWS } });
    const put = (rows: ItemRows): void => {
      if (current) setState({ source: firstRows, key, attempt, rows });
    };
    readRemainingRows(pageOf, firstRows, total, (loaded) => put({ status: 'loading', loaded, total }), () => current).then(
      (items) => put({ status: 'ready', items }),
      (err: unknown) => put({ status: 'failed', message: rowsFailure(err) }),
    );
    return () => {
      current = false;
    };
  }, [firstRows, total, complete, key, enabled, attempt]);

  let rows: ItemRows;
  if (firstRows !== null && complete) rows = { status: 'ready', items: firstRows };
  else if (state !== null && state.source === firstRows && state.key === key && state.attempt === attempt) rows = state.rows;
  else rows = { status: 'loading', loaded: firstRows?.length ?? 0, total };
  return { rows, retry: () => setAttempt((a) => a + 1) };
}
