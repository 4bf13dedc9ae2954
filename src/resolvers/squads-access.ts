import type { SquadAccessDto } from '../contract/squads';
import type { JiraClient } from '../jira/jira-client';
import { getMyPermissions } from '../jira/my-permissions';
import { checkPermissions } from '../jira/permissions-check';
import { projectIdsOf, type SquadViewDeps } from '../squad-view';
import { forbidden } from './app-error';

const SQUAD_PERMISSIONS = ['ADMINISTER', 'ADMINISTER_PROJECTS', 'BROWSE_PROJECTS'] as const;
type SquadPermission = (typeof SQUAD_PERMISSIONS)[number];

/**
 * What the calling user may do with squads, asked of Jira as that user (one bulk permission
 * check), never taken from the payload or the browser.
 */
export class SquadAccess {
  private constructor(
    private readonly isJiraAdmin: boolean,
    private readonly perProject: Readonly<Record<string, Record<SquadPermission, boolean>>>,
  ) {}

  /**
   * Permissions in each of `projectKeys` and the global ADMINISTER: one bulk permission check as the
   * caller, whatever the number of projects.
   */
  static async load(deps: SquadViewDeps, jira: JiraClient, projectKeys: readonly string[]): Promise<SquadAccess> {
    const keys = [...new Set(projectKeys)];
    const ids = keys.length === 0 ? new Map<string, string>() : await projectIdsOf(deps, keys);
    const grants = await checkPermissions(jira, { global: ['ADMINISTER'], project: { permissions: SQUAD_PERMISSIONS, projectIds: [...ids.values()] } });
    const has = (permission: SquadPermission, key: string): boolean => grants.projects.get(permission)?.has(ids.get(key) ?? '') === true;
    const perProject = Object.fromEntries(keys.map((k) => [k, { ADMINISTER: grants.global.has('ADMINISTER'), ADMINISTER_PROJECTS: has('ADMINISTER_PROJECTS', k), BROWSE_PROJECTS: has('BROWSE_PROJECTS', k) }]));
    return new SquadAccess(grants.global.has('ADMINISTER'), perProject);
  }

  /** The projects of `projects` the caller may browse. */
  browsable(projects: readonly string[]): string[] {
    return projects.filter((p) => this.perProject[p]?.BROWSE_PROJECTS === true);
  }

  /** Jira admin, or ADMINISTER_PROJECTS in every one of `projects`. */
  canAdminister(projects: readonly string[]): boolean {
    return this.isJiraAdmin || (projects.length > 0 && projects.every((p) => this.perProject[p]?.ADMINISTER_PROJECTS === true));
  }

  /**
   * Administers and browses every one of `projects`: may manage the squad whole, and sees every
   * project it names (what the project settings page requires before it shows a squad at all).
   */
  managesWhole(projects: readonly string[]): boolean {
    return this.canAdminister(projects) && this.browsable(projects).length === projects.length;
  }

  /** ADMINISTER_PROJECTS in at least one of `projects` (the project permission itself, whatever the global one). */
  administersAnyOf(projects: readonly string[]): boolean {
    return projects.some((p) => this.perProject[p]?.ADMINISTER_PROJECTS === true);
  }

  /** Global ADMINISTER. */
  get jiraAdmin(): boolean {
    return this.isJiraAdmin;
  }

  /** Can browse at least one of `projects` (what reading a squad's board and metrics needs). */
  canRead(projects: readonly string[]): boolean {
    return projects.some((p) => this.perProject[p]?.BROWSE_PROJECTS === true);
  }

  /**
   * Throws FORBIDDEN naming the projects the caller does not administer — only those they can
   * browse: a project they cannot browse does not exist for them, so it is never named.
   */
  requireAdmin(projects: readonly string[], action: string): void {
    if (this.canAdminister(projects)) return;
    const missing = projects.filter((p) => this.perProject[p]?.ADMINISTER_PROJECTS !== true && this.perProject[p]?.BROWSE_PROJECTS === true);
    throw forbidden(`${adminRule(action)}${missing.length > 0 ? `; you do not administer ${missing.join(', ')}` : ''}`);
  }
}

/** The one sentence every refused squad write starts with. */
export function adminRule(action: string): string {
  return `Only Jira admins, or admins of every project of the squad, may ${action}`;
}

/** The global view for the squad list: may this user create squads at all? */
export async function loadGlobalAccess(jira: JiraClient): Promise<SquadAccessDto> {
  // In the global context Jira reports a project permission when the user has it in any project.
  const global = await getMyPermissions(jira, {}, ['ADMINISTER', 'ADMINISTER_PROJECTS']);
  return { isJiraAdmin: global.ADMINISTER, administersSomeProject: global.ADMINISTER_PROJECTS };
}
