import { notFound, type AppError } from '../contract/app-error';
import type { ResolverContext } from '../contract/context';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { viewerOf, type SquadViewDeps, type Viewer } from './deps';
import { squadFitsModule } from './module-context';
import { openSquadView, type SquadView } from './squad-view';
import type { ViewerScope } from './viewer-scope';

/** The one refusal for a squad that is missing, unreadable, or outside the calling module: nothing tells them apart. */
export function squadNotFound(squadId: string): AppError {
  return notFound(`Squad "${squadId}" does not exist or you cannot browse any of its projects`);
}

export interface ReadableSquad {
  record: SquadRecord;
  viewer: Viewer;
  view: SquadView;
}

/**
 * A squad as the caller may read it, opened (see `openSquadView`). A squad that is missing, whose
 * projects the caller cannot browse, or that the calling module may not ask about answers the same
 * NOT_FOUND, so its existence is not revealed. What the request already has (the squad read, the
 * caller's access asked: `scope`) is not read or asked again.
 */
export async function readableSquadView(deps: SquadViewDeps, ctx: ResolverContext, squadId: string, already: { record?: SquadRecord; scope?: ViewerScope | undefined } = {}): Promise<ReadableSquad> {
  const record = already.record ?? (await new SquadConfigRepo(deps.store).getRecord(squadId));
  if (record === undefined || record.config.id !== squadId || !squadFitsModule(ctx, record.config)) throw squadNotFound(squadId);
  const scope = already.scope;
  const viewer = scope?.viewer ?? viewerOf(deps, ctx.accountId);
  const view = await openSquadView(deps, viewer, record.config, scope);
  if (view.access.visible.length === 0) throw squadNotFound(squadId);
  return { record, viewer, view };
}
