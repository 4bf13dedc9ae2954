import { z } from 'zod';
import { searchProjects } from '../jira/projects';
import { keys } from '../store/keys';
import { appJira, type SquadViewDeps } from './deps';

const PROJECTS_PER_SEARCH = 100;
const idMapSchema = z.record(z.string(), z.string());

/**
 * Jira project IDs of `projectKeys` (the bulk permission check takes IDs). The same for every user,
 * so looked up once as the app and kept installation-wide; a key Jira does not know is left out.
 */
export async function projectIdsOf(deps: SquadViewDeps, projectKeys: readonly string[]): Promise<Map<string, string>> {
  const parsed = idMapSchema.safeParse((await deps.store.get(keys.projectIds())) ?? {});
  const known: Record<string, string> = parsed.success ? parsed.data : {};
  const missing = projectKeys.filter((k) => known[k] === undefined);
  let learned = false;
  // Jira answers at most 100 projects per search: ask in chunks (a portfolio spans every squad).
  for (let at = 0; at < missing.length; at += PROJECTS_PER_SEARCH) {
    const chunk = missing.slice(at, at + PROJECTS_PER_SEARCH);
    const found = await searchProjects(appJira(deps), { keys: chunk, maxResults: chunk.length });
    for (const p of found) known[p.key] = p.id;
    learned ||= found.length > 0;
  }
  if (learned) await deps.store.set(keys.projectIds(), known);
  return new Map(projectKeys.flatMap((k) => (known[k] === undefined ? [] : [[k, known[k]] as [string, string]])));
}
