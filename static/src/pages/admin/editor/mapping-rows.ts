import type { ProjectStatusesDto, StatusOptionDto } from '../../../../../src/contract';

/** How a status is labelled: its name, plus its ID when another status of the squad has the same name. */
export function statusLabels(projects: readonly ProjectStatusesDto[]): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  for (const p of projects) for (const s of p.statuses) byName.set(s.name.toLowerCase(), (byName.get(s.name.toLowerCase()) ?? new Set()).add(s.id));
  const labels = new Map<string, string>();
  for (const p of projects) {
    for (const s of p.statuses) labels.set(s.id, (byName.get(s.name.toLowerCase())?.size ?? 0) > 1 ? `${s.name} (${s.id})` : s.name);
  }
  return labels;
}

/** The suggestions of a project as a status map (statuses without a suggestion left out). */
export function suggestedMap(project: ProjectStatusesDto): Record<string, string> {
  return Object.fromEntries(project.statuses.flatMap((s) => (s.suggested === null ? [] : [[s.id, s.suggested]])));
}

export interface UnmappedSummary {
  statuses: StatusOptionDto[];
  issues: number;
}

/** Real statuses the map leaves out, with the issues sitting in them. */
export function unmappedOf(project: ProjectStatusesDto, map: Readonly<Record<string, string>>): UnmappedSummary {
  const statuses = project.statuses.filter((s) => !Object.hasOwn(map, s.id));
  return { statuses, issues: statuses.reduce((n, s) => n + (s.issueCount ?? 0), 0) };
}

/** Mapped status IDs that are not statuses of the project (a stale import, a deleted status). */
export function unknownIds(project: ProjectStatusesDto, map: Readonly<Record<string, string>>): string[] {
  const known = new Set(project.statuses.map((s) => s.id));
  return Object.keys(map).filter((id) => !known.has(id));
}
