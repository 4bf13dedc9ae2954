import { approximateCount, searchIds } from '../jira/search';
import { jqlString } from '../jira/jql';
import type { Viewer } from './deps';

/** The JQL of the squad's issues in some projects (the same set the sync stores), without ordering. */
export function squadIssuesJql(projects: readonly string[]): string {
  return `project in (${projects.map(jqlString).join(', ')})`;
}

/**
 * A project's issues as Jira shows them to the viewer: the count, and the IDs when the count is
 * not enough. Each is asked at most once per request, whichever squads share the project.
 */
export interface ProjectReads {
  count(project: string): Promise<number | null>;
  ids(project: string): Promise<ReadonlySet<string>>;
}

/** Memoised counts and ID searches as the viewer, for one request only (never stored). */
export function projectReads(viewer: Viewer): ProjectReads {
  const counts = new Map<string, Promise<number | null>>();
  const ids = new Map<string, Promise<ReadonlySet<string>>>();
  const once = <T>(memo: Map<string, Promise<T>>, project: string, ask: () => Promise<T>): Promise<T> => {
    let hit = memo.get(project);
    if (hit === undefined) {
      hit = ask();
      memo.set(project, hit);
    }
    return hit;
  };
  return {
    count: (project) => once(counts, project, () => approximateCount(viewer.jira, squadIssuesJql([project]))),
    ids: (project) => once(ids, project, async () => new Set((await searchIds(viewer.jira, squadIssuesJql([project]))).ids)),
  };
}
