import type { SquadSavedDto } from '../contract/squads';
import type { SquadConfig } from '../contract/squad-config';
import type { ResolverContext } from '../contract/context';
import { migrateSquadConfig } from '../domain/config/migrate-squad-config';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { forgetSquadData } from '../sync/purge';
import { requestBackfill } from '../sync/request-backfill';
import { AppError } from './app-error';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { SquadAccess } from './squads-access';
import { withSquadErrors } from './squads-errors';
import { userJira } from './squads-jira';
import { checkAgainstJira } from './squads-live-check';
import { readableSquad } from './squads-read';

/** Create, change, copy and delete squads: Jira admins, or admins of every project involved. */
export function squadWriteResolvers(): ResolverGroup<'squads.save' | 'squads.duplicate' | 'squads.delete'> {
  return {
    'squads.save': defineResolver('squads.save', (p, ctx, deps) =>
      withSquadErrors(async () => {
        // Migrating first keeps every field path relative to the config, as the page expects.
        const config = migrateSquadConfig(p.config);
        return saveChecked(config, p.expectedRevision, ctx, deps);
      }),
    ),

    'squads.duplicate': defineResolver('squads.duplicate', (p, ctx, deps) =>
      withSquadErrors(async () => {
        const { record } = await readableSquad(p.squadId, ctx, deps);
        const copy = migrateSquadConfig({ ...record.config, id: p.newId, name: p.newName });
        return saveChecked(copy, null, ctx, deps);
      }),
    ),

    'squads.delete': defineResolver('squads.delete', (p, ctx, deps) =>
      withSquadErrors(async () => {
        // Readable first: to someone who cannot browse its projects, a squad does not exist.
        const { record, access } = await readableSquad(p.squadId, ctx, deps);
        access.requireAdmin(record.config.projects, 'delete this squad');
        // The config goes at once; the data is hidden at once and purged by a queued job (a large
        // squad has hundreds of keys, and listing them is only eventually consistent).
        await new SquadConfigRepo(deps.store).delete(p.squadId, { keepData: true, ...(p.expectedRevision === undefined ? {} : { expectedRevision: p.expectedRevision }) });
        await forgetSquadData(deps, p.squadId);
        deps.log.info('squad deleted', { squadId: p.squadId });
        return { squadId: p.squadId, deleted: true as const };
      }),
    ),
  };
}

/**
 * The one path by which a config is stored: the caller must administer every project of the old
 * and the new config (so nobody takes over a squad by removing projects they do not administer),
 * the status map must match Jira's real statuses, and the revision must be the one edited.
 * Then the backfill is requested; a failure there leaves the saved config and answers `sync: null`.
 */
async function saveChecked(config: SquadConfig, expectedRevision: number | null, ctx: ResolverContext, deps: ResolverDeps): Promise<SquadSavedDto> {
  const repo = new SquadConfigRepo(deps.store);
  const existing = await repo.getRecord(config.id);
  if (expectedRevision === null && existing !== undefined) {
    throw new AppError('CONFLICT', `A squad with the ID "${config.id}" already exists`, { fields: [{ path: 'id', message: 'another squad already uses this ID' }] });
  }
  if (expectedRevision !== null && existing === undefined) throw new AppError('CONFLICT', `Squad "${config.id}" was deleted meanwhile`);
  const projects = [...new Set([...(existing?.config.projects ?? []), ...config.projects])];
  const jira = userJira(ctx, deps);
  const access = await SquadAccess.load(jira, projects);
  access.requireAdmin(projects, existing === undefined ? 'create a squad' : 'change this squad');
  const checked = await checkAgainstJira(jira, config, { counts: false });
  const record = await repo.save(checked.config, { expectedRevision, nowMs: deps.clock.nowMs() });
  deps.log.info('squad saved', { squadId: config.id, revision: record.revision });
  let sync: SquadSavedDto['sync'] = null;
  try {
    sync = await requestBackfill(deps, config.id);
  } catch (err) {
    deps.log.warn('backfill request failed after save', { squadId: config.id, errorType: err instanceof Error ? err.name : typeof err });
  }
  return { config: record.config, revision: record.revision, unmapped: checked.unmapped, sync };
}
