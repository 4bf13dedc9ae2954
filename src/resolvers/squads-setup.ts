import type { ProjectStatusesDto } from '../contract/squads';
import { ConfigTextError, parseConfigText } from '../domain/config/config-text';
import { migrateSquadConfig } from '../domain/config/migrate-squad-config';
import { suggestMapping } from '../domain/config/suggest-mapping';
import { searchProjects } from '../jira/projects';
import { badRequest } from './app-error';
import { defineResolver, type ResolverGroup } from './define-resolver';
import { withSquadErrors } from './squads-errors';
import { userJira } from './squads-jira';
import { checkAgainstJira, loadLiveProjects } from './squads-live-check';

/** What the create/edit flow reads from Jira as the user: projects, statuses, counts, a preview. */
export function squadSetupResolvers(): ResolverGroup<'squads.searchProjects' | 'squads.projectStatuses' | 'squads.validate'> {
  return {
    'squads.searchProjects': defineResolver('squads.searchProjects', (p, ctx, deps) =>
      withSquadErrors(async () => ({
        projects: await searchProjects(userJira(ctx, deps), { ...p, maxResults: 20 }),
      })),
    ),

    'squads.projectStatuses': defineResolver('squads.projectStatuses', (p, ctx, deps) =>
      withSquadErrors(async () => {
        const jira = userJira(ctx, deps);
        const [live, named] = await Promise.all([
          loadLiveProjects(jira, p.projectKeys, { counts: true }),
          searchProjects(jira, { keys: p.projectKeys, maxResults: p.projectKeys.length }),
        ]);
        const missing = p.projectKeys.flatMap((key, i) => (live[key]?.statuses ? [] : [{ path: `projectKeys.${i}`, message: `project ${key} does not exist or you cannot browse it` }]));
        if (missing.length > 0) throw badRequest(missing.map((m) => m.message).join('; '), missing);
        const projects = p.projectKeys.map((key): ProjectStatusesDto => {
          const statuses = live[key]?.statuses ?? [];
          const counts = live[key]?.counts;
          const suggestions = new Map(suggestMapping(statuses, p.stageNames).map((s) => [s.statusId, s]));
          return {
            key,
            name: named.find((n) => n.key === key)?.name ?? key,
            statuses: statuses.map((s) => ({
              ...s,
              issueCount: counts?.counts[s.id] ?? null,
              suggested: suggestions.get(s.id)?.target ?? null,
              suggestedBy: suggestions.get(s.id)?.rule ?? 'none',
            })),
            countsApproximate: counts?.approximate ?? false,
          };
        });
        return { projects };
      }),
    ),

    'squads.validate': defineResolver('squads.validate', (p, ctx, deps) =>
      withSquadErrors(async () => {
        const raw = p.text !== undefined ? parseText(p.text) : p.config;
        return checkAgainstJira(userJira(ctx, deps), migrateSquadConfig(raw), { counts: true });
      }),
    ),
  };
}

/** A config file's text: JSON, or YAML (which the CLI also takes), refused when nested too deep. */
function parseText(text: string): unknown {
  try {
    return parseConfigText(text);
  } catch (err) {
    if (err instanceof ConfigTextError) throw badRequest(err.message, [{ path: '(root)', message: err.message }]);
    throw err;
  }
}
