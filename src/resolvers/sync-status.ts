import type { SyncStatusDto } from '../contract/sync';
import { getSyncStatus } from '../sync/sync-status';
import { defineResolver, type ResolverGroup } from './define-resolver';
import { withSquadErrors } from './squads-errors';
import { readableSquad } from './squads-read';

/**
 * `sync.status`: phase and progress of a squad's data. No issue data, but issue counts and the
 * squad's existence: answered only to users who may read the squad, like `squads.get`.
 */
export function syncStatusResolvers(): ResolverGroup<'sync.status'> {
  return {
    'sync.status': defineResolver('sync.status', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SyncStatusDto> => {
        await readableSquad(p.squadId, ctx, deps);
        return getSyncStatus(deps.store, p.squadId, deps.clock.nowMs());
      }),
    ),
  };
}
