/** The squad a project page shows: the one asked for, else the first covering the project, else the first. */
export function pickSquad<S extends { id: string; projects: string[] }>(squads: readonly S[], wantedId: string | null, projectKey: string | null): S | null {
  return (
    squads.find((s) => s.id === wantedId) ??
    (projectKey === null ? undefined : squads.find((s) => s.projects.includes(projectKey))) ??
    squads[0] ??
    null
  );
}
