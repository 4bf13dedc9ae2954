import type { z } from 'zod';
import { boardGetPayload, type BoardPageDto } from './board';
import type { ResolverResult } from './result';
import type { SquadSummaryDto } from './squads';

/**
 * `board.page`: the board's first view in one call, so a page view asks Jira what the viewer may
 * see once (one bulk permission check) and waits for one round trip instead of two in a row: the
 * squads the page may offer (as `squads.list` lists them on the project page), which one it shows
 * (`pickSquad`'s rule), and that squad's first board page exactly as `board.get {squadId}` answers
 * it. Later questions of the page (next pages, filters asked of Jira, a reload, another squad)
 * go to `board.get`.
 *
 * The payload is the squad the page's URL names, or none for the project's first squad.
 */
export const boardPagePayload = boardGetPayload.pick({ squadId: true }).partial().strict();

/** Which squad the board shows (`missing`: the URL names a squad the viewer cannot see, or none that exists). */
export type BoardPageChoice =
  | { kind: 'none' }
  | { kind: 'missing'; wanted: string }
  | {
      kind: 'chosen';
      squadId: string;
      /** What `board.get {squadId}` answers: the first page with the overview, or its refusal in words. */
      answer: ResolverResult<BoardPageDto>;
    };

export interface BoardFirstViewDto {
  /** The squads the page may offer, as `squads.list` lists them for this page, by name. */
  squads: SquadSummaryDto[];
  choice: BoardPageChoice;
}

export interface BoardPageFunctions {
  'board.page': { payload: z.input<typeof boardPagePayload>; data: BoardFirstViewDto };
}
