import type { SquadConfig } from '../contract/squad-config';
import type { JiraClient } from '../jira/jira-client';
import { JiraHttpError } from '../jira/errors';
import { getProjectStatuses } from '../jira/project-statuses';

/**
 * The squad's configuration as Jira has it now. A config saved before an issue type was renamed
 * or deleted (or a status deleted) names values Jira's JQL refuses with a 400 ("The value 'Idea'
 * does not exist for the field 'issuetype'"), which used to turn the whole board into a 502. The
 * board then asks Jira which issue types and statuses the squad's projects have (one request per
 * project, as the viewer), keeps only those, and says in a sentence what it left out.
 */
export interface AlignedConfig {
  config: SquadConfig;
  /** A sentence for the page, or null when nothing had drifted. */
  notice: string | null;
  /** Every configured issue type is gone: the board has nothing it can show. */
  nothingLeft: boolean;
}

/** Whether `err` is Jira refusing a query (JQL naming values that no longer exist, among others). */
export function isJqlRefusal(err: unknown): boolean {
  return err instanceof JiraHttpError && err.status === 400;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

export async function alignWithJira(user: JiraClient, config: SquadConfig, projects: readonly string[]): Promise<AlignedConfig> {
  const perProject = await Promise.all(projects.map(async (p) => [p, await getProjectStatuses(user, p)] as const));
  const types = new Set<string>();
  const statusIds = new Set<string>();
  for (const [, statuses] of perProject) {
    for (const s of statuses ?? []) {
      statusIds.add(s.id);
      for (const t of s.issueTypes) types.add(t);
    }
  }
  const missingTypes = config.issueTypes.filter((t) => !types.has(t));
  const statusMap: SquadConfig['statusMap'] = {};
  let missingStatuses = 0;
  for (const [project, map] of Object.entries(config.statusMap)) {
    const kept = Object.entries(map).filter(([id]) => statusIds.has(id));
    missingStatuses += Object.keys(map).length - kept.length;
    statusMap[project] = Object.fromEntries(kept);
  }
  const issueTypes = config.issueTypes.filter((t) => types.has(t));
  const parts: string[] = [];
  if (missingTypes.length > 0) {
    parts.push(`Jira no longer has the issue ${missingTypes.length === 1 ? 'type' : 'types'} ${quoted(missingTypes)} this squad was set up with (renamed or deleted), so ${issueTypes.length === 0 ? 'the board cannot show any item' : 'the board shows only its other issue types'}.`);
  }
  if (missingStatuses > 0) parts.push(`${missingStatuses} mapped ${missingStatuses === 1 ? 'status no longer exists' : 'statuses no longer exist'} in Jira.`);
  const notice = parts.length === 0 ? null : `${parts.join(' ')} A Jira admin can fix the squad's issue types and status mapping on the SquadFlow admin page.`;
  return { config: { ...config, issueTypes, statusMap }, notice, nothingLeft: config.issueTypes.length > 0 && issueTypes.length === 0 };
}
