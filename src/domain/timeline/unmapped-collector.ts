import type { UnmappedStatusDto } from '../../contract/metrics';

const MAX_EXAMPLES = 5;

interface Entry {
  dto: UnmappedStatusDto;
  lastKey: string;
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
      if (e.dto.exampleIssueKeys.length < MAX_EXAMPLES) e.dto.exampleIssueKeys.push(issueKey);
    }
  }

  /** Most frequent first, then by project and status ID. */
  report(): UnmappedStatusDto[] {
    return [...this.entries.values()]
      .map((e) => e.dto)
      .sort((a, b) => b.issueCount - a.issueCount || a.projectKey.localeCompare(b.projectKey) || a.statusId.localeCompare(b.statusId));
  }
}
