import type { SyncStatusDto } from '../contract/sync';
import { readableSquadView, viewerSyncStatus, withSquadErrors } from '../squad-view';
import { getSyncStatus } from '../sync';
import { defineResolver, type ResolverGroup } from './define-resolver';
import { SquadAccess } from './squads-access';
import { userJira } from './squads-jira';

/**
 * `sync.status`: phase and progress of a squad's data. No issue data, but the squad's existence and
 * issue counts: answered only to users who may read the squad, counting only what they may see.
 * Issues the sync skipped are named only to those who administer every project of the squad.
 */
export function syncStatusResolvers(): ResolverGroup<'sync.status'> {
  return {
    'sync.status': defineResolver('sync.status', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SyncStatusDto> => {
        const { record, view } = await readableSquadView(deps, ctx, p.squadId);
        const status = viewerSyncStatus(view);
        if (status.skipped === null || status.skipped === undefined) return status;
        // Only when something was skipped does naming it cost the admin check.
        const access = await SquadAccess.load(deps, userJira(ctx, deps), record.config.projects);
        if (!access.canAdminister(record.config.projects)) return status;
        const named = await getSyncStatus(deps.store, p.squadId, deps.clock.nowMs(), { nameSkipped: true });
        return { ...status, skipped: named.skipped };
      }),
    ),
  };
}
