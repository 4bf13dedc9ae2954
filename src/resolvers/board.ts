import { boardMove, boardTransitions } from './board-moves';
import { boardQuickWin } from './board-quick-win';
import { readBoardPage } from './board-read';
import { boardSquad, readableBoardSquad } from './board-squad';
import { defineResolver, type ResolverGroup } from './define-resolver';
import { issueJourney } from './issue-journey';
import { withSquadErrors } from './squads-errors';
import type { BoardPageDto } from '../contract/board';
import type { ResolverContext } from '../contract/context';
import type { ParsedPayload } from '../contract/functions';
import type { SquadConfig } from '../contract/squad-config';
import type { ViewerScope } from '../squad-view';
import { badRequest } from './app-error';
import type { ResolverDeps } from './deps';

/** In the issue panel the issue comes from the trusted context: a payload naming another is refused. */
function sameIssue(ctx: ResolverContext, keys: readonly string[]): void {
  if (ctx.issueKey !== undefined && keys.some((k) => k !== ctx.issueKey)) {
    throw badRequest(`This panel acts on ${ctx.issueKey} only`, [{ path: 'issueKey', message: 'must be the issue the panel is on' }]);
  }
}

/** What the request already has when `board.page` asks for the first page: the squad read, the viewer's browse permissions asked. */
export interface BoardAskedAlready {
  config: SquadConfig;
  scope: ViewerScope;
}

/**
 * `board.get`'s answer. With `already` (`board.page`), the squad is not read again and the viewer's
 * permissions are not asked again; everything else is the same code.
 */
export async function boardGetOf(p: ParsedPayload<'board.get'>, ctx: ResolverContext, deps: ResolverDeps, already?: BoardAskedAlready): Promise<BoardPageDto> {
  const config = already?.config ?? (await boardSquad(ctx, deps, p.squadId));
  return readBoardPage(config, p.cursor, ctx, deps, p.narrow, already?.scope);
}

/** The joint-squad board (read, transitions, moves, quick-win tagging) and the issue journey panel. */
export function boardResolvers(): ResolverGroup<'board.get' | 'board.transitions' | 'board.move' | 'board.quickWin' | 'issue.journey'> {
  return {
    'board.get': defineResolver('board.get', (p, ctx, deps) => withSquadErrors(() => boardGetOf(p, ctx, deps))),
    'board.transitions': defineResolver('board.transitions', (p, ctx, deps) =>
      withSquadErrors(async () => sameIssue(ctx, [p.issueKey]) ?? boardTransitions(await readableBoardSquad(ctx, deps, p.squadId), p.issueKey, ctx, deps)),
    ),
    'board.move': defineResolver('board.move', (p, ctx, deps) => withSquadErrors(async () => sameIssue(ctx, [p.issueKey]) ?? boardMove(await readableBoardSquad(ctx, deps, p.squadId), p, ctx, deps))),
    'board.quickWin': defineResolver('board.quickWin', (p, ctx, deps) =>
      withSquadErrors(async () => sameIssue(ctx, p.issueKeys) ?? boardQuickWin(await readableBoardSquad(ctx, deps, p.squadId), p, ctx, deps)),
    ),
    'issue.journey': defineResolver('issue.journey', (_p, ctx, deps) => withSquadErrors(() => issueJourney(ctx, deps))),
  };
}
