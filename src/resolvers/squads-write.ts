import type { SquadSavedDto } from '../contract/squads';
import type { SquadConfig } from '../contract/squad-config';
import type { ResolverContext } from '../contract/context';
import { fromProjectSettings } from '../contract/modules';
import { migrateSquadConfig } from '../domain/config/migrate-squad-config';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { forgetSquadData, requestBackfill } from '../sync';
import { AppError, badRequest, forbidden } from './app-error';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { SquadAccess, adminRule } from './squads-access';
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
 *
 * Existence must not leak (issue 12.2): the first check depends only on the payload and the
 * caller's permissions in the payload's projects, so someone who may not save answers the same
 * FORBIDDEN, after the same Jira calls, whether the ID is taken or not. Only then is the stored
 * squad read; that its ID is taken (or that it was deleted meanwhile) is said only to someone who
 * may read it — anyone else gets the same refusal.
 */
async function saveChecked(config: SquadConfig, expectedRevision: number | null, ctx: ResolverContext, deps: ResolverDeps): Promise<SquadSavedDto> {
  const action = expectedRevision === null ? 'create a squad' : 'change this squad';
  // A project's settings manage that project's squads: a squad saved there holds the project.
  // (Depends on the payload and the context only, so it reveals nothing about stored squads.)
  if (fromProjectSettings(ctx) && ctx.projectKey !== undefined && !config.projects.includes(ctx.projectKey)) {
    const message = `A squad saved from the settings of ${ctx.projectKey} includes ${ctx.projectKey}; add it, or ask a Jira admin to save this squad from the SquadFlow admin page`;
    throw badRequest(message, [{ path: 'projects', message: `include ${ctx.projectKey}` }]);
  }
  const jira = userJira(ctx, deps);
  const access = await SquadAccess.load(deps, jira, config.projects);
  access.requireAdmin(config.projects, action);
  const repo = new SquadConfigRepo(deps.store);
  const existing = await repo.getRecord(config.id);
  const extra = (existing?.config.projects ?? []).filter((p) => !config.projects.includes(p));
  const existingAccess = extra.length > 0 ? await SquadAccess.load(deps, jira, [...config.projects, ...extra]) : access;
  const mayRead = existing !== undefined && existingAccess.canRead(existing.config.projects);
  if (existing !== undefined && (!mayRead || !existingAccess.canAdminister(existing.config.projects))) {
    // Readers learn which projects they lack; others get the refusal the first check would give.
    if (mayRead) existingAccess.requireAdmin(existing.config.projects, action);
    throw forbidden(adminRule(action));
  }
  if (expectedRevision === null && existing !== undefined) {
    throw new AppError('CONFLICT', `The squad “${existing.config.name}” already uses the ID "${config.id}"`, { fields: [{ path: 'id', message: `the squad “${existing.config.name}” already uses this ID` }] });
  }
  if (expectedRevision !== null && existing === undefined) throw new AppError('CONFLICT', `Squad "${config.id}" was deleted meanwhile`);
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
