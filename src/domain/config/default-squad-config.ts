import { squadConfigSchema, type SquadConfig, type SquadConfigInput } from '../../contract/squad-config';

/** The stages every new squad starts with (DESIGN §2): ideas queue up, prototypes and pilots are work. */
export const DEFAULT_STAGES: SquadConfigInput['stages'] = [
  { name: 'Idea', color: 'neutral', kind: 'waiting' },
  { name: 'Prototype', color: 'blue', kind: 'active' },
  { name: 'Pilot', color: 'purple', kind: 'active' },
  { name: 'Live', color: 'green', kind: 'active' },
];

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
    stages: DEFAULT_STAGES,
    leadTime: { from: 'Idea', to: 'Pilot' },
    statusMap: Object.fromEntries(input.projects.map((p) => [p.key, {}])),
    discipline: { by: 'project', values: Object.fromEntries(input.projects.map((p) => [p.key, p.discipline ?? p.key])) },
  };
  return squadConfigSchema.parse(draft);
}

/** A squad ID derived from a name: lower-case, dashes for anything else, at most 63 characters. */
export function slugifySquadId(name: string): string {
  const slug = name
    .normalize('NFKD')
    // Drop the accents NFKD split off, so "Équipe" becomes "equipe", not "e-quipe".
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return slug === '' ? 'squad' : slug;
}
