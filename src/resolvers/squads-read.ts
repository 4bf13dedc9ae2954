import type { SquadDetailDto, SquadExportDto, SquadListDto } from '../contract/squads';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { notFound } from './app-error';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import type { ResolverContext } from '../contract/context';
import { SquadAccess, loadGlobalAccess } from './squads-access';
import { withSquadErrors } from './squads-errors';
import { userJira } from './squads-jira';

const iso = (ms: number): string | null => (ms > 0 ? new Date(ms).toISOString() : null);

/** The squads a user can see (browse at least one of their projects), and one of them in full. */
export function squadReadResolvers(): ResolverGroup<'squads.list' | 'squads.get' | 'squads.export'> {
  return {
    'squads.list': defineResolver('squads.list', (_p, ctx, deps) =>
      withSquadErrors(async (): Promise<SquadListDto> => {
        const jira = userJira(ctx, deps);
        const records = await new SquadConfigRepo(deps.store).listRecords();
        const projects = [...new Set(records.flatMap((r) => r.config.projects))];
        const [access, global] = await Promise.all([SquadAccess.load(jira, projects), loadGlobalAccess(jira)]);
        const squads = records
          .filter((r) => access.canRead(r.config.projects))
          .map((r) => ({
            id: r.config.id,
            name: r.config.name,
            projects: r.config.projects,
            stageNames: r.config.stages.map((s) => s.name),
            leadTime: r.config.leadTime,
            revision: r.revision,
            updatedAt: iso(r.updatedAtMs),
            canEdit: access.canAdminister(r.config.projects),
          }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
        return { squads, access: global };
      }),
    ),

    'squads.get': defineResolver('squads.get', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SquadDetailDto> => {
        const { record, access } = await readableSquad(p.squadId, ctx, deps);
        return { config: record.config, revision: record.revision, updatedAt: iso(record.updatedAtMs), canEdit: access.canAdminister(record.config.projects) };
      }),
    ),

    'squads.export': defineResolver('squads.export', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SquadExportDto> => {
        const { record } = await readableSquad(p.squadId, ctx, deps);
        return { fileName: `${record.config.id}.squadflow.json`, json: `${JSON.stringify(record.config, null, 2)}\n` };
      }),
    ),
  };
}

/**
 * A squad the caller may read. A squad whose projects the caller cannot browse answers NOT_FOUND,
 * like a missing one, so its existence is not revealed.
 */
export async function readableSquad(squadId: string, ctx: ResolverContext, deps: ResolverDeps): Promise<{ record: SquadRecord; access: SquadAccess }> {
  const record = await new SquadConfigRepo(deps.store).getRecord(squadId);
  const missing = notFound(`Squad "${squadId}" does not exist or you cannot browse any of its projects`);
  if (record === undefined) throw missing;
  const access = await SquadAccess.load(userJira(ctx, deps), record.config.projects);
  if (!access.canRead(record.config.projects)) throw missing;
  return { record, access };
}
