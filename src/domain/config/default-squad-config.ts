import { squadConfigSchema, type SquadConfig, type SquadConfigInput } from '../../contract/squad-config';
import { DEFAULT_LEAD_TIME, defaultStages, squadIdFromName } from '../../contract/squad-defaults';

export interface NewSquadProject {
  key: string;
  /** Shown as the project's discipline by default (e.g. "Marketing"); the key when absent. */
  discipline?: string;
}

/**
 * A complete, valid configuration for a new squad: the default stages, the headline lead time
 * Idea → Pilot, discipline by project, every other setting at its schema default, and an empty
 * status map per project (filled by `suggestMapping` or by hand).
 *
 * @example defaultSquadConfig({ id: 'growth', name: 'Growth', projects: [{ key: 'MKT', discipline: 'Marketing' }] })
 */
export function defaultSquadConfig(input: { id: string; name: string; projects: readonly NewSquadProject[] }): SquadConfig {
  const draft: SquadConfigInput = {
    id: input.id,
    name: input.name,
    projects: input.projects.map((p) => p.key),
    stages: defaultStages(),
    leadTime: { ...DEFAULT_LEAD_TIME },
    statusMap: Object.fromEntries(input.projects.map((p) => [p.key, {}])),
    discipline: { by: 'project', values: Object.fromEntries(input.projects.map((p) => [p.key, p.discipline ?? p.key])) },
  };
  return squadConfigSchema.parse(draft);
}

/** A squad ID derived from a name (see `squadIdFromName`); "squad" when the name gives nothing. */
export function slugifySquadId(name: string): string {
  return squadIdFromName(name) || 'squad';
}
