/**
 * Which squad a project page shows. A `?squad=` that names no squad the viewer can see is reported
 * (`missing`), never silently replaced by another squad: the same answer for a squad that does not
 * exist and one the viewer may not see, so the page reveals nothing. `options` are the squads a
 * picker offers: those spanning the project, else all the viewer's squads.
 */
export type SquadChoice<S> =
  | { kind: 'none' }
  | { kind: 'missing'; wanted: string; options: S[] }
  | { kind: 'chosen'; squad: S; options: S[] };

export function pickSquad<S extends { id: string; projects: string[] }>(squads: readonly S[], wantedId: string | null, projectKey: string | null): SquadChoice<S> {
  const covering = projectKey === null ? [] : squads.filter((s) => s.projects.includes(projectKey));
  const options = covering.length > 0 ? covering : [...squads];
  if (wantedId !== null) {
    const wanted = squads.find((s) => s.id === wantedId);
    if (wanted === undefined) return { kind: 'missing', wanted: wantedId, options };
    return { kind: 'chosen', squad: wanted, options: options.includes(wanted) ? options : [wanted, ...options] };
  }
  const first = options[0];
  return first === undefined ? { kind: 'none' } : { kind: 'chosen', squad: first, options };
}
