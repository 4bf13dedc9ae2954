import type { IssueRecord, NamedDef, ProjectDef, StatusDef } from '../../demo-data';

/** What a JQL query is checked and evaluated against: the searching user's view of the site. */
export interface JqlContext {
  /** Projects the user can browse; other projects "do not exist" for them, as in Jira. */
  visibleProjects: readonly ProjectDef[];
  statuses: readonly StatusDef[];
  issueTypes: readonly NamedDef[];
  resolutions: readonly NamedDef[];
  /** Finds an issue the user can see by current or previous key (case-insensitive). */
  findVisibleIssue(key: string): IssueRecord | undefined;
  nowMs: number;
  /** The user's time zone: JQL dates without a zone are read in it. */
  timeZone: string;
}
