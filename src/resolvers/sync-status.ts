import { syncStatusPayload, type SyncStatusDto } from '../contract/sync';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { getSyncStatus } from '../sync/sync-status';
import { notFound } from './app-error';
import { defineResolver, type WrappedResolver } from './define-resolver';

/** `sync.status`: phase and progress of a squad's data (no issue data, so no permission filter). */
export function syncStatusResolvers(): Record<string, WrappedResolver> {
  return {
    'sync.status': defineResolver('sync.status', syncStatusPayload, async (p, _ctx, deps): Promise<SyncStatusDto> => {
      if ((await new SquadConfigRepo(deps.store).get(p.squadId)) === undefined) throw notFound(`Squad "${p.squadId}" does not exist`);
      return getSyncStatus(deps.store, p.squadId, deps.clock.nowMs());
    }),
  };
}
