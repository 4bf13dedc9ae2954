import type { StoredIssue } from '../stored-issue';

/** The instant the generated issues are stored "as of". */
export const STORED_NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

/**
 * The i-th of a generated squad's stored issues (MKT and IT, Idea → Prototype → Pilot over a few
 * weeks, every seventh a quick win), for tests that need many issues as the sync stores them.
 */
export function storedIssue(i: number): StoredIssue {
  const project = i % 3 === 0 ? 'IT' : 'MKT';
  const createdSec = Math.floor((STORED_NOW - (400 - (i % 390)) * DAY) / 1000);
  const changes: Array<[number, string]> = [
    [86_400 * (1 + (i % 5)), '2'],
    [86_400 * (6 + (i % 20)), '3'],
  ];
  return [String(10_000 + i), `${project}-${i}`, project, 'Story', createdSec, '3', i % 7 === 0 ? ['quick-win'] : [], [], null, null, null, STORED_NOW - DAY, 0, changes, []];
}
