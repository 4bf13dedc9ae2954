import type { SquadAccessDto, SquadDetailDto, SquadExportDto, SquadListDto, SquadSummaryDto } from '../contract/squads';
import type { JiraClient } from '../jira/jira-client';
import type { SquadConfig } from '../contract/squad-config';
import { squadFitsModule, squadNotFound, withSquadErrors } from '../squad-view';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import type { ResolverContext } from '../contract/context';
import { fromProjectSettings, LISTS_WITHOUT_ACCESS } from '../contract/modules';
import { SquadAccess, loadGlobalAccess } from './squads-access';
import { userJira } from './squads-jira';

const iso = (ms: number): string | null => (ms > 0 ? new Date(ms).toISOString() : null);

/**
 * The config as someone who browses only `visible` of its projects may see it: the other projects'
 * keys, status IDs and discipline entries are left out (DESIGN §3a: not even a name).
 */
export function configAsSeen(config: SquadConfig, visible: readonly string[]): SquadConfig {
  if (config.projects.every((p) => visible.includes(p))) return config;
  const keep = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([k]) => visible.includes(k)));
  const discipline = config.discipline.by === 'project' ? { ...config.discipline, values: keep(config.discipline.values) } : config.discipline;
  return { ...config, projects: config.projects.filter((p) => visible.includes(p)), statusMap: keep(config.statusMap), discipline };
}

/** The squads a user can see (browse at least one of their projects), and one of them in full. */
export function squadReadResolvers(): ResolverGroup<'squads.list' | 'squads.get' | 'squads.export'> {
  return {
    'squads.list': defineResolver('squads.list', (_p, ctx, deps) =>
      withSquadErrors(async (): Promise<SquadListDto> => {
        const jira = userJira(ctx, deps);
        const { records, projects } = await squadsOfModule(ctx, deps);
        if (fromProjectSettings(ctx)) return projectSettingsList(records, await SquadAccess.load(deps, jira, [...projects, ctx.projectKey ?? '']), ctx.projectKey ?? '');
        if (LISTS_WITHOUT_ACCESS.has(ctx.moduleKey ?? '')) return { squads: readableSummaries(records, await SquadAccess.load(deps, jira, projects)), access: null };
        // No squad yet: Jira's global view alone says whether the caller may create one.
        if (records.length === 0) return { squads: [], access: await loadGlobalAccess(jira) };
        const access = await SquadAccess.load(deps, jira, projects);
        return { squads: readableSummaries(records, access), access: await createRights(access, projects, jira) };
      }),
    ),

    'squads.get': defineResolver('squads.get', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SquadDetailDto> => {
        const { record, access } = await readableSquad(p.squadId, ctx, deps);
        return detailOf(record, access);
      }),
    ),

    'squads.export': defineResolver('squads.export', (p, ctx, deps) =>
      withSquadErrors(async (): Promise<SquadExportDto> => {
        const { record, access } = await readableSquad(p.squadId, ctx, deps);
        const config = configAsSeen(record.config, access.browsable(record.config.projects));
        return { fileName: `${record.config.id}.squadflow.json`, json: `${JSON.stringify(config, null, 2)}\n` };
      }),
    ),
  };
}

/**
 * The stored squads the calling module may ask about (a project page only those holding its
 * project, an issue panel those of its issue) and every project they name.
 */
export async function squadsOfModule(ctx: ResolverContext, deps: ResolverDeps): Promise<{ records: SquadRecord[]; projects: string[] }> {
  const records = (await new SquadConfigRepo(deps.store).listRecords()).filter((r) => squadFitsModule(ctx, r.config));
  return { records, projects: [...new Set(records.flatMap((r) => r.config.projects))] };
}

/**
 * Whether the caller may create squads, from the list's own permission check when it says so (an
 * admin of one of the squads' projects: a Jira admin at the admin page, where Jira lets only them
 * in, or a project admin), so such a page view asks Jira once; otherwise from Jira's global view
 * (they may administer a project no squad holds yet), one request more.
 */
async function createRights(access: SquadAccess, projects: readonly string[], jira: JiraClient): Promise<SquadAccessDto> {
  if (access.administersAnyOf(projects)) return { isJiraAdmin: access.jiraAdmin, administersSomeProject: true };
  return loadGlobalAccess(jira);
}

/** A squad the caller may read, as `squads.get` answers it. */
export function detailOf(record: SquadRecord, access: SquadAccess): SquadDetailDto {
  const config = configAsSeen(record.config, access.browsable(record.config.projects));
  // Saving a config with projects left out would drop them: only those who see it all may edit.
  const canEdit = access.canAdminister(record.config.projects) && config === record.config;
  return { config, revision: record.revision, updatedAt: iso(record.updatedAtMs), canEdit };
}

/** The squads a list shows the caller, by name: those they can read (outside project settings). */
export function readableSummaries(records: readonly SquadRecord[], access: SquadAccess): SquadSummaryDto[] {
  return records
    .filter((r) => access.canRead(r.config.projects))
    .map((r) => summaryOf(r, access))
    .sort(byName);
}

function summaryOf(r: SquadRecord, access: SquadAccess): SquadSummaryDto {
  return {
    id: r.config.id,
    name: r.config.name,
    projects: access.browsable(r.config.projects),
    stageNames: r.config.stages.map((s) => s.name),
    leadTime: r.config.leadTime,
    revision: r.revision,
    updatedAt: iso(r.updatedAtMs),
    canEdit: access.managesWhole(r.config.projects),
  };
}

const byName = (a: SquadSummaryDto, b: SquadSummaryDto): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * The project settings page's list: squads holding the page's project (already filtered) whose
 * projects the caller all administers and browses; the others are left out without a trace. All
 * from the one bulk permission check `access` made. Creating is offered to whoever administers
 * the page's project (the squad must then hold it: see `saveChecked`).
 */
function projectSettingsList(records: readonly SquadRecord[], access: SquadAccess, projectKey: string): SquadListDto {
  const squads = records.filter((r) => access.managesWhole(r.config.projects)).map((r) => summaryOf(r, access)).sort(byName);
  return { squads, access: { isJiraAdmin: access.jiraAdmin, administersSomeProject: access.managesWhole([projectKey]) } };
}

/**
 * A squad the caller may read. A squad whose projects the caller cannot browse, or that the calling
 * module may not ask about (on a project settings page: one they do not manage whole), answers
 * NOT_FOUND like a missing one, so its existence is not revealed.
 */
export async function readableSquad(squadId: string, ctx: ResolverContext, deps: ResolverDeps): Promise<{ record: SquadRecord; access: SquadAccess }> {
  const record = await new SquadConfigRepo(deps.store).getRecord(squadId);
  if (record === undefined || !squadFitsModule(ctx, record.config)) throw squadNotFound(squadId);
  const access = await SquadAccess.load(deps, userJira(ctx, deps), record.config.projects);
  if (!access.canRead(record.config.projects)) throw squadNotFound(squadId);
  // From a project's settings, a squad the caller does not manage whole does not exist.
  if (fromProjectSettings(ctx) && !access.managesWhole(record.config.projects)) throw squadNotFound(squadId);
  return { record, access };
}
