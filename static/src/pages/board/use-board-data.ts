import { useCallback, useEffect, useState } from 'react';
import type { BoardCardDto, BoardOverviewDto } from '../../../../src/contract/board';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';

export type BoardData =
  | { status: 'loading' }
  | { status: 'error'; error: InvokeError }
  | { status: 'ready'; overview: BoardOverviewDto; cards: BoardCardDto[]; complete: boolean; loadMs: number };

const asInvokeError = (err: unknown): InvokeError => (err instanceof InvokeError ? err : new InvokeError('board.get', { code: 'INTERNAL', message: String(err) }));

/**
 * The squad's board, page by page: the first page paints, later pages fill the columns as Jira
 * answers. `update` changes cards in place (optimistic moves, quick-win labels) without a reload.
 */
export function useBoardData(squadId: string | null): { data: BoardData; reload: () => void; update: (fn: (cards: BoardCardDto[]) => BoardCardDto[]) => void } {
  const [attempt, setAttempt] = useState(0);
  const request = `${squadId ?? ''}|${attempt}`;
  // Each state remembers the request it answers, so a new squad or a reload shows loading at once.
  const [state, setState] = useState<{ request: string; data: BoardData }>({ request: '', data: { status: 'loading' } });
  const data: BoardData = state.request === request ? state.data : { status: 'loading' };

  useEffect(() => {
    if (squadId === null) return;
    let current = true;
    const started = performance.now();
    const setData = (next: BoardData | ((prev: BoardData) => BoardData)) =>
      setState((s) => ({ request, data: typeof next === 'function' ? next(s.request === request ? s.data : { status: 'loading' }) : next }));
    const run = async (): Promise<void> => {
      const first = await invoke('board.get', { squadId });
      if (!current || first.overview === null) return;
      const overview = first.overview;
      let cards = first.cards;
      setData({ status: 'ready', overview, cards, complete: first.nextCursor === null, loadMs: performance.now() - started });
      let cursor = first.nextCursor;
      while (cursor !== null && current) {
        const page = await invoke('board.get', { squadId, cursor });
        if (!current) return;
        cards = [...cards, ...page.cards];
        cursor = page.nextCursor;
        const done = cursor === null;
        setData((prev) => (prev.status === 'ready' ? { ...prev, cards: mergePage(prev.cards, page.cards), complete: done, loadMs: performance.now() - started } : prev));
      }
    };
    run().catch((err: unknown) => current && setData({ status: 'error', error: asInvokeError(err) }));
    return () => {
      current = false;
    };
  }, [squadId, request]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((fn: (cards: BoardCardDto[]) => BoardCardDto[]) => setState((s) => (s.data.status === 'ready' ? { ...s, data: { ...s.data, cards: fn(s.data.cards) } } : s)), []);
  return { data, reload, update };
}

/** Appends a page, skipping keys already on the board (an item that changed between pages). */
function mergePage(have: readonly BoardCardDto[], page: readonly BoardCardDto[]): BoardCardDto[] {
  const seen = new Set(have.map((c) => c.key));
  return [...have, ...page.filter((c) => !seen.has(c.key))];
}
