import type { Stage } from './squad-config';

/*
 * Defaults and the ID rule that both the server (new and migrated configs) and the admin page's
 * editor (a new draft, the ID typed as you name a squad) need: kept here, beside the schema, so the
 * two sides cannot drift apart.
 */

/** The stages every new squad starts with (DESIGN §2): ideas queue up, prototypes and pilots are work. */
export const DEFAULT_STAGES: readonly Readonly<Stage>[] = [
  { name: 'Idea', color: 'neutral', kind: 'waiting' },
  { name: 'Prototype', color: 'blue', kind: 'active' },
  { name: 'Pilot', color: 'purple', kind: 'active' },
  { name: 'Live', color: 'green', kind: 'active' },
];

/** The headline lead time of a new squad: idea-to-pilot. */
export const DEFAULT_LEAD_TIME: Readonly<{ from: string; to: string }> = { from: 'Idea', to: 'Pilot' };

/** Fresh copies of the default stages (callers get objects they may change). */
export function defaultStages(): Stage[] {
  return DEFAULT_STAGES.map((s) => ({ ...s }));
}

/**
 * A squad ID derived from a name: lower-case, dashes for anything else, at most 63 characters;
 * empty when the name has no letter or digit (the editor leaves the ID blank until there is one).
 *
 * @example squadIdFromName('Équipe Café (EU)') // "equipe-cafe-eu"
 */
export function squadIdFromName(name: string): string {
  return (
    name
      .normalize('NFKD')
      // Drop the accents NFKD split off, so "Équipe" becomes "equipe", not "e-quipe".
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63)
      .replace(/-+$/g, '')
  );
}
