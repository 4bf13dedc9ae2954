/**
 * The demo data's issue records: what Jira stores, in epoch ms and IDs. The emulator keeps these
 * as its database and renders Jira's REST shapes from them.
 */

/** One changed field in a changelog entry, as Jira records it (`ChangeDetails`). */
export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  /** Absent for a few system items (e.g. `Key`), as in Jira. */
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface HistoryEntry {
  id: string;
  createdMs: number;
  authorAccountId: string;
  items: ChangeItem[];
}

export interface IssueRecord {
  /** Numeric Jira issue ID as a string; never changes, even when the issue moves. */
  id: string;
  key: string;
  projectKey: string;
  /** Keys the issue had before moves, oldest first; Jira still resolves them. */
  previousKeys: string[];
  issueTypeId: string;
  summary: string;
  statusId: string;
  resolutionId: string | null;
  resolutionMs: number | null;
  labels: string[];
  componentIds: string[];
  priorityId: string;
  assigneeAccountId: string | null;
  reporterAccountId: string;
  storyPoints: number | null;
  securityLevelId: string | null;
  /** Jira Software's Flagged field holds "Impediment". */
  flagged: boolean;
  parentId: string | null;
  createdMs: number;
  updatedMs: number;
  statusCategoryChangedMs: number;
  /** Oldest first. */
  histories: HistoryEntry[];
}

/** An issue link as Jira stores it: one record, shown on both issues (the other side on each). */
export interface IssueLinkRecord {
  id: string;
  /** An id of `LINK_TYPES`. */
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

export interface DemoDataset {
  /** Ascending by ID (= by creation time). */
  issues: IssueRecord[];
  /** Next free numeric IDs, so later changes continue the sequences. */
  nextIssueId: number;
  nextHistoryId: number;
  /** Highest key number used per project key. */
  keyCounters: Record<string, number>;
  /** Issue links (cross-project hand-offs); absent in older datasets. */
  links?: IssueLinkRecord[];
}
