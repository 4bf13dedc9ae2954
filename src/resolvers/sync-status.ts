import type { SyncStatusDto } from '../contract/sync';
import { readableSquadView, viewerSyncStatus, withSquadErrors } from '../squad-view';
import { defineResolver, type ResolverGroup } from './define-resolver';

/**
 * `sync.status`: phase and progress of a squad's data. No issue data, but the squad's existence and
 * issue counts: answered only to users who may read the squad, counting only what they may see.
 */
export function syncStatusResolvers(): ResolverGroup<'sync.status'> {
  return {
    'sync.status': defineResolver('sync.status', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SyncStatusDto> => {
        const { view } = await readableSquadView(deps, ctx, p.squadId);
        return viewerSyncStatus(view);
      }),
    ),
  };
}
