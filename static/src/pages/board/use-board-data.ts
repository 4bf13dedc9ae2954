import { useCallback, useEffect, useState } from 'react';
import type { BoardCardDto, BoardNarrow, BoardOverviewDto } from '../../../../src/contract/board';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { isTruncated, narrowOf, type BoardFilters } from './board-model';

export type BoardData =
  | { status: 'loading' }
  | { status: 'error'; error: InvokeError }
  | {
      status: 'ready';
      overview: BoardOverviewDto;
      cards: BoardCardDto[];
      complete: boolean;
      loadMs: number;
      /** The filters Jira was asked with (none: the whole board). */
      narrow: BoardNarrow | null;
      /** A new question is out; these cards answer the previous one. */
      refreshing: boolean;
    };

type Ready = Extract<BoardData, { status: 'ready' }>;

const asInvokeError = (err: unknown): InvokeError => (err instanceof InvokeError ? err : new InvokeError('board.get', { code: 'INTERNAL', message: String(err) }));

/**
 * The squad's board, page by page: the first page paints, later pages fill the columns as Jira
 * answers. When the whole board was past its 5,000-item cap, Jira is asked only for what the
 * filters in `ask` keep (those JQL can say, see narrowOf), so that board is complete; meanwhile the previous cards stay on screen. The
 * whole board, once read, is kept, so clearing the filters shows it again without asking.
 * `update` changes cards in place (optimistic moves, quick-win labels) in both.
 */
export function useBoardData(
  squadId: string | null,
  ask: { filters: BoardFilters; text: string } | null = null,
): { data: BoardData; reload: () => void; update: (fn: (cards: BoardCardDto[]) => BoardCardDto[]) => void; wholeTruncated: boolean } {
  const [attempt, setAttempt] = useState(0);
  const base = `${squadId ?? ''}|${attempt}`;
  // Each state remembers the request it answers, so a new squad or a reload shows loading at once.
  // `truncated`: the base request whose whole board was past the cap (kept while narrowed ones show).
  // `people`: assignees' account IDs by name from every card seen (it only grows, so filters by
  // assignee keep asking Jira the same question once an answer arrives).
  const [state, setState] = useState<{ request: string; data: BoardData; whole: { request: string; data: Ready } | null; truncated: string | null; people: ReadonlyMap<string, string> }>({
    request: '',
    data: { status: 'loading' },
    whole: null,
    truncated: null,
    people: new Map(),
  });
  // Filters are asked of Jira only when the whole board was past the cap; else the browser filters.
  const narrow = ask === null || state.truncated !== base ? null : narrowOf(ask.filters, ask.text, state.people);
  const narrowText = narrow === null ? '' : JSON.stringify(narrow);
  const request = `${base}|${narrowText}`;
  const kept = state.whole !== null && narrow === null && state.whole.request === request ? state.whole.data : null;
  const data: BoardData =
    state.request === request
      ? state.data
      : kept !== null
        ? kept
        : state.data.status === 'ready' && state.request.startsWith(`${base}|`)
          ? { ...state.data, refreshing: true }
          : { status: 'loading' };

  const reuseWhole = kept !== null;
  // Whether the whole board (no filters asked) was past the cap: then filters are asked of Jira.
  const wholeTruncated = state.truncated === base;

  useEffect(() => {
    if (squadId === null) return;
    // The whole board is kept (and shown, see `kept`): no need to ask Jira for 5,000 items again.
    if (reuseWhole) return;
    const asked: BoardNarrow | null = narrowText === '' ? null : (JSON.parse(narrowText) as BoardNarrow);
    let current = true;
    const started = performance.now();
    const setData = (next: BoardData | ((prev: BoardData) => BoardData)) =>
      setState((s) => {
        const d = typeof next === 'function' ? next(s.request === request ? s.data : { status: 'loading' }) : next;
        const wholeAnswer = asked === null && d.status === 'ready';
        return {
          ...s,
          request,
          data: d,
          people: d.status === 'ready' ? withPeople(s.people, d.cards) : s.people,
          whole: wholeAnswer && d.complete ? { request, data: d } : s.whole,
          truncated: wholeAnswer && isTruncated(d.overview, d.cards, d.complete) ? base : s.truncated,
        };
      });
    const extra = asked === null ? {} : { narrow: asked };
    const run = async (): Promise<void> => {
      const first = await invoke('board.get', { squadId, ...extra });
      if (!current || first.overview === null) return;
      const overview = first.overview;
      setData({ status: 'ready', overview, cards: first.cards, complete: first.nextCursor === null, loadMs: performance.now() - started, narrow: asked, refreshing: false });
      let cursor = first.nextCursor;
      while (cursor !== null && current) {
        const page = await invoke('board.get', { squadId, cursor, ...extra });
        if (!current) return;
        cursor = page.nextCursor;
        const done = cursor === null;
        setData((prev) => (prev.status === 'ready' ? { ...prev, cards: mergePage(prev.cards, page.cards), complete: done, loadMs: performance.now() - started } : prev));
      }
    };
    run().catch((err: unknown) => current && setData({ status: 'error', error: asInvokeError(err) }));
    return () => {
      current = false;
    };
  }, [squadId, base, request, narrowText, reuseWhole]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (fn: (cards: BoardCardDto[]) => BoardCardDto[]) =>
      setState((s) => {
        const data: BoardData = s.data.status === 'ready' ? { ...s.data, cards: fn(s.data.cards) } : s.data;
        if (s.whole === null) return { ...s, data };
        // The kept whole board follows moves and labels made while a narrowed one is shown.
        const whole = s.whole.data === s.data && data.status === 'ready' ? { ...s.whole, data } : { ...s.whole, data: { ...s.whole.data, cards: fn(s.whole.data.cards) } };
        return { ...s, data, whole };
      }),
    [],
  );
  return { data, reload, update, wholeTruncated };
}

function withPeople(have: ReadonlyMap<string, string>, cards: readonly BoardCardDto[]): ReadonlyMap<string, string> {
  const fresh = cards.filter((c) => c.assignee !== null && !have.has(c.assignee.displayName));
  return fresh.length === 0 ? have : new Map([...have, ...fresh.map((c) => [c.assignee?.displayName ?? '', c.assignee?.accountId ?? ''] as const)]);
}

/** Appends a page, skipping keys already on the board (an item that changed between pages). */
function mergePage(have: readonly BoardCardDto[], page: readonly BoardCardDto[]): BoardCardDto[] {
  const seen = new Set(have.map((c) => c.key));
  return [...have, ...page.filter((c) => !seen.has(c.key))];
}
