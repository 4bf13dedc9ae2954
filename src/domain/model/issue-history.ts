/**
 * The domain's view of one Jira issue: only what the metrics need, no personal data and no text.
 * Built from Jira REST shapes by `src/jira/to-domain` (and the CLI's reader); times are epoch
 * milliseconds so the hot loops never touch date strings.
 */
export interface StatusChange {
  /** When the change happened (the changelog history's `created`), epoch ms. */
  atMs: number;
  /** Status ID before the change; null when Jira did not record one. */
  fromStatusId: string | null;
  /** Status ID after the change. */
  toStatusId: string;
  /**
   * Optional tie-breaker for changes with the same `atMs`: larger means later (the converter uses
   * Jira's history ID and the item's position). Without it, ties are ordered by chaining from → to.
   */
  seq?: number;
}

/**
 * Status changes of a whole batch stored column-wise by a bulk reader (the CLI reads 100k issues
 * this way instead of creating objects per change). Status IDs are indexes into `statusIds`;
 * `from` is -1 when Jira recorded none. Arrays may be longer than the data they hold.
 */
export interface PackedChanges {
  atMs: Float64Array;
  seq: Float64Array;
  from: Int32Array;
  to: Int32Array;
  statusIds: readonly string[];
}

/** One issue's slice of a {@link PackedChanges} table. */
export interface PackedChangesRef {
  table: PackedChanges;
  start: number;
  count: number;
}

/** A move between projects, read from the changelog's `Key` items. */
export interface ProjectMove {
  atMs: number;
  fromProjectKey: string;
  toProjectKey: string;
}

/** An issue link as the metrics need it: the other issue's ID and the link type's name, no text. */
export interface IssueLinkRef {
  /** Jira's numeric ID of the issue at the other end. */
  issueId: string;
  /** The link type's name, e.g. "Blocks" or "Relates". */
  type: string;
}

export interface IssueHistory {
  /** Jira's numeric issue ID as a string; stable across moves between projects. */
  id: string;
  key: string;
  /** Current project key. */
  projectKey: string;
  issueType: string;
  createdMs: number;
  /** Current status ID. */
  statusId: string;
  labels: string[];
  components: string[];
  /** Resolution name, or null when unresolved. */
  resolution: string | null;
  /** Value of the squad's effort field (quick-win rule), when configured and set. */
  effort: number | null;
  /** Value of the squad's discipline field, when the discipline rule is by field. */
  disciplineFieldValue: string | null;
  /** Status changes in any order: Jira does not promise one. */
  changes: StatusChange[];
  /**
   * Moves between projects in any order, when the changelog held them: statuses before a move are
   * then mapped through the old project's status map. Without it, the current project's map is
   * used, falling back to the squad's other projects.
   */
  projectMoves?: ProjectMove[];
  /** Issue links (both directions), when the source had them; hand-offs read these. */
  links?: IssueLinkRef[];
  /** Jira's numeric ID of the parent issue, when it has one and the source said so. */
  parentId?: string | null;
  /** Status names by ID as seen on this issue, only so reports can name unmapped statuses. */
  statusNames?: Record<string, string>;
  /**
   * The same changes as `changes`, column-wise (a bulk reader's fast path; `changes` is then built
   * on first use). The timeline builder reads these when present.
   */
  packedChanges?: PackedChangesRef;
}
