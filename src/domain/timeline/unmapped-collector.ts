import { compareKeys } from './compare-keys';
import type { UnmappedStatusDto } from '../../contract/metrics';

const MAX_EXAMPLES = 5;

interface Entry {
  dto: UnmappedStatusDto;
  lastKey: string;
}

/** Keeps the MAX_EXAMPLES smallest keys, sorted, so the report does not depend on input order. */
function addExample(keys: string[], key: string): void {
  if (keys.length === MAX_EXAMPLES && compareKeys(key, keys[MAX_EXAMPLES - 1] as string) >= 0) return;
  let at = keys.length;
  while (at > 0 && compareKeys(key, keys[at - 1] as string) < 0) at--;
  keys.splice(at, 0, key);
  if (keys.length > MAX_EXAMPLES) keys.pop();
}

/** Gathers statuses the squad has not mapped (or that were deleted), per project, for the report. */
export class UnmappedCollector {
  private readonly entries = new Map<string, Entry>();

  add(projectKey: string, statusId: string, statusName: string | null, issueKey: string): void {
    const id = `${projectKey}\u0000${statusId}`;
    let e = this.entries.get(id);
    if (e === undefined) {
      e = { dto: { projectKey, statusId, statusName, issueCount: 0, eventCount: 0, exampleIssueKeys: [] }, lastKey: '' };
      this.entries.set(id, e);
    }
    e.dto.eventCount++;
    if (e.dto.statusName === null && statusName !== null) e.dto.statusName = statusName;
    // Issues are added one after another, so comparing with the last key counts each issue once.
    if (e.lastKey !== issueKey) {
      e.lastKey = issueKey;
      e.dto.issueCount++;
      addExample(e.dto.exampleIssueKeys, issueKey);
    }
  }

  /** Most frequent first, then by project and status ID. */
  report(): UnmappedStatusDto[] {
    return [...this.entries.values()]
      .map((e) => e.dto)
      .sort((a, b) => b.issueCount - a.issueCount || a.projectKey.localeCompare(b.projectKey) || a.statusId.localeCompare(b.statusId));
  }
}
