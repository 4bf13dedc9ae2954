import { z } from 'zod';
import { searchProjects } from '../jira/projects';
import { keys } from '../store/keys';
import { appJira, type SquadViewDeps } from './deps';

const idMapSchema = z.record(z.string(), z.string());

/**
 * Jira project IDs of `projectKeys` (the bulk permission check takes IDs). The same for every user,
 * so looked up once as the app and kept installation-wide; a key Jira does not know is left out.
 */
export async function projectIdsOf(deps: SquadViewDeps, projectKeys: readonly string[]): Promise<Map<string, string>> {
  const parsed = idMapSchema.safeParse((await deps.store.get(keys.projectIds())) ?? {});
  const known: Record<string, string> = parsed.success ? parsed.data : {};
  const missing = projectKeys.filter((k) => known[k] === undefined);
  if (missing.length > 0) {
    const found = await searchProjects(appJira(deps), { keys: missing, maxResults: missing.length });
    for (const p of found) known[p.key] = p.id;
    if (found.length > 0) await deps.store.set(keys.projectIds(), known);
  }
  return new Map(projectKeys.flatMap((k) => (known[k] === undefined ? [] : [[k, known[k]] as [string, string]])));
}
