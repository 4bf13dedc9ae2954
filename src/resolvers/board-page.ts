import { boardGetPayload } from '../contract/board';
import type { BoardFirstViewDto } from '../contract/board-page';
import type { ResolverContext } from '../contract/context';
import { fromProjectSettings } from '../contract/modules';
import { withSquadErrors } from '../squad-view';
import { notFound } from './app-error';
import { boardGetOf, type BoardAskedAlready } from './board';
import { defineResolver, wrapHandler, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { firstViewOf } from './page-first-view';

/**
 * `board.page` (src/contract/board-page.ts): the board's first view in one call, on ONE bulk
 * permission check as the caller over every project of the squads the page may offer. The squads
 * are built as `squads.list` builds them, and the board's answer goes through `board.get`'s own
 * wrapper and code (payload check, errors, the squad's issues as the viewer may see them).
 */
export function boardPageResolvers(): ResolverGroup<'board.page'> {
  return {
    'board.page': defineResolver('board.page', (p, ctx, deps) => withSquadErrors(() => pageOf(p, ctx, deps))),
  };
}

/** `board.get` for a squad this request already read, on browse permissions it already has. */
const boardAsked = (already: BoardAskedAlready) => wrapHandler('board.get', boardGetPayload, (q, ctx: ResolverContext, deps: ResolverDeps) => withSquadErrors(() => boardGetOf(q, ctx, deps, already)));

async function pageOf(p: { squadId?: string | undefined }, ctx: ResolverContext, deps: ResolverDeps): Promise<BoardFirstViewDto> {
  // The board is a project page; a project's settings have no board.
  if (fromProjectSettings(ctx)) throw notFound("A project's settings have no squad board: open it from the project.");
  const view = await firstViewOf(p.squadId, ctx, deps);
  if (view.chosen === null) return { squads: view.squads, choice: view.choice };
  const { record, scope } = view.chosen;
  const answer = await boardAsked({ config: record.config, scope })({ squadId: record.config.id }, ctx, deps);
  return { squads: view.squads, choice: { kind: 'chosen', squadId: record.config.id, answer } };
}
