import { useCallback, useEffect, useState } from 'react';
import type { BoardFirstViewDto } from '../../../../src/contract/board-page';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';
import { primeAnswer } from '../../api/early-answers';
import type { Resource } from '../../api/use-resource';
import { boardPageQuestion } from './ask-early';

/**
 * The board's first view in one call (`board.page`): the squads the page may offer and, for the
 * squad it shows, the first page `board.get {squadId}` would answer, handed to `useBoardData`'s own
 * first call (early-answers.ts) so it waits for no round trip of its own. One call a page view
 * means one permission check as the viewer, where `squads.list` then `board.get` made two, in a
 * row. Later pages, filters asked of Jira, a reload or another squad ask `board.get`; the squads
 * stay. `reload()` asks again.
 */
export function useBoardFirstView(contextSquad: string | null): Resource<BoardFirstViewDto> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ attempt: number; result: Exclude<Resource<BoardFirstViewDto>, { status: 'loading' }> } | null>(null);

  useEffect(() => {
    let current = true;
    invoke('board.page', boardPageQuestion(contextSquad)).then(
      (page) => {
        if (!current) return;
        if (page.choice.kind === 'chosen') primeAnswer('board.get', { squadId: page.choice.squadId }, page.choice.answer);
        setSettled({ attempt, result: { status: 'ready', data: page } });
      },
      (err: unknown) => {
        const error = err instanceof InvokeError ? err : new InvokeError('board.page', { code: 'INTERNAL', message: String(err) });
        if (current) setSettled({ attempt, result: { status: 'error', error } });
      },
    );
    return () => {
      current = false;
    };
  }, [contextSquad, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...(settled !== null && settled.attempt === attempt ? settled.result : { status: 'loading' as const }), reload };
}
