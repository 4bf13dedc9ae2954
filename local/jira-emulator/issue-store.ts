import {
  labelsItem,
  resolutionItem,
  statusById,
  statusItem,
  storyPointsItem,
  summaryItem,
  STORY_POINTS_FIELD_ID,
  FLAGGED_FIELD_ID,
  flaggedItem,
  type ChangeItem,
  type DemoDataset,
  type HistoryEntry,
  type IssueLinkRecord,
  type IssueRecord,
} from '../demo-data';
import { IssueEventHub, LinkEventHub } from './events';

/** Field edits the emulator applies (labels, summary, story points). */
export interface FieldChanges {
  labels?: string[];
  summary?: string;
  storyPoints?: number | null;
  flagged?: boolean;
}

export interface NewIssue {
  projectKey: string;
  issueTypeId: string;
  summary: string;
  statusId: string;
  labels: string[];
  storyPoints: number | null;
  assigneeAccountId: string | null;
  reporterAccountId: string;
  securityLevelId: string | null;
  flagged?: boolean;
  parentId: string | null;
  priorityId: string;
  componentIds: string[];
}

/**
 * The emulator's database: issues by ID and key (old keys of moved issues too), a version that
 * changes with every write (search caches key on it), and the events each change emits.
 */
export class IssueStore {
  readonly events = new IssueEventHub();
  readonly linkEvents = new LinkEventHub();
  private readonly byId = new Map<string, IssueRecord>();
  /** Issues by project key, then ID: searches confined to projects look only there (Jira's index). */
  private readonly byProject = new Map<string, Map<string, IssueRecord>>();
  /** Issue links by ID, and link IDs by issue ID (both ends). */
  private readonly links = new Map<string, IssueLinkRecord>();
  private readonly linksByIssue = new Map<string, Set<string>>();
  private nextLinkId: number;
  private readonly idByKey = new Map<string, string>();
  private nextIssueId: number;
  private nextHistoryId: number;
  private readonly keyCounters: Record<string, number>;
  private versionCounter = 0;

  constructor(data: DemoDataset) {
    for (const issue of data.issues) this.index(issue);
    for (const link of data.links ?? []) this.indexLink(link);
    this.nextLinkId = Math.max(30_000, ...[...this.links.keys()].map((id) => Number(id) + 1));
    this.nextIssueId = data.nextIssueId;
    this.nextHistoryId = data.nextHistoryId;
    this.keyCounters = { ...data.keyCounters };
  }

  get version(): number {
    return this.versionCounter;
  }

  /** All issues, ascending by ID. */
  all(): IterableIterator<IssueRecord> {
    return this.byId.values();
  }

  /** The issues of the given projects (in no particular order); callers still apply the full query. */
  *inProjects(projectKeys: Iterable<string>): IterableIterator<IssueRecord> {
    for (const key of projectKeys) yield* this.byProject.get(key)?.values() ?? [];
  }

  get size(): number {
    return this.byId.size;
  }

  /** By numeric ID, current key or previous key (keys case-insensitive). */
  find(idOrKey: string): IssueRecord | undefined {
    const id = /^\d+$/.test(idOrKey) ? idOrKey : this.idByKey.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.byId.get(id);
  }

  create(fields: NewIssue, atMs: number): IssueRecord {
    const number = (this.keyCounters[fields.projectKey] ?? 0) + 1;
    this.keyCounters[fields.projectKey] = number;
    const issue: IssueRecord = {
      ...fields,
      flagged: fields.flagged ?? false,
      id: String(this.nextIssueId++),
      key: `${fields.projectKey}-${number}`,
      previousKeys: [],
      resolutionId: statusById(fields.statusId).resolutionId ?? null,
      resolutionMs: statusById(fields.statusId).resolutionId === undefined ? null : atMs,
      createdMs: atMs,
      updatedMs: atMs,
      statusCategoryChangedMs: atMs,
      histories: [],
    };
    this.index(issue);
    this.versionCounter++;
    this.events.emit({ type: 'created', issueId: issue.id, issueKey: issue.key, projectKey: issue.projectKey, atMs });
    return issue;
  }

  /** Moves the issue to `toStatusId`, setting or clearing the resolution, with field edits in the same changelog entry. */
  transition(issue: IssueRecord, toStatusId: string, changes: FieldChanges, actorAccountId: string, atMs: number): HistoryEntry {
    const items = [statusItem(issue.statusId, toStatusId)];
    const toStatus = statusById(toStatusId);
    const toResolution = toStatus.resolutionId ?? null;
    if (toResolution !== issue.resolutionId) {
      items.push(resolutionItem(issue.resolutionId, toResolution));
      issue.resolutionId = toResolution;
      issue.resolutionMs = toResolution === null ? null : atMs;
    }
    if (toStatus.category !== statusById(issue.statusId).category) issue.statusCategoryChangedMs = atMs;
    issue.statusId = toStatusId;
    items.push(...this.applyFields(issue, changes));
    return this.record(issue, items, actorAccountId, atMs);
  }

  /** Applies field edits; returns null (and changes nothing) when nothing actually changed. */
  edit(issue: IssueRecord, changes: FieldChanges, actorAccountId: string, atMs: number): HistoryEntry | null {
    const items = this.applyFields(issue, changes);
    return items.length === 0 ? null : this.record(issue, items, actorAccountId, atMs);
  }

  /** Links of an issue (either end), oldest first. */
  linksOf(issueId: string): IssueLinkRecord[] {
    const ids = this.linksByIssue.get(issueId);
    if (ids === undefined) return [];
    return [...ids].map((id) => this.links.get(id)).filter((l): l is IssueLinkRecord => l !== undefined);
  }

  findLink(linkId: string): IssueLinkRecord | undefined {
    return this.links.get(linkId);
  }

  /** Links two issues (Jira's POST issueLink) and emits avi:jira:created:issuelink's source. */
  createLink(typeId: string, inward: IssueRecord, outward: IssueRecord, atMs: number): IssueLinkRecord {
    const link: IssueLinkRecord = { id: String(this.nextLinkId++), typeId, inwardIssueId: inward.id, outwardIssueId: outward.id };
    this.indexLink(link);
    this.versionCounter++;
    this.linkEvents.emit({ type: 'created', link: { ...link }, atMs });
    return link;
  }

  deleteLink(link: IssueLinkRecord, atMs: number): void {
    this.links.delete(link.id);
    this.linksByIssue.get(link.inwardIssueId)?.delete(link.id);
    this.linksByIssue.get(link.outwardIssueId)?.delete(link.id);
    this.versionCounter++;
    this.linkEvents.emit({ type: 'deleted', link: { ...link }, atMs });
  }

  private indexLink(link: IssueLinkRecord): void {
    this.links.set(link.id, link);
    for (const end of [link.inwardIssueId, link.outwardIssueId]) {
      let set = this.linksByIssue.get(end);
      if (set === undefined) this.linksByIssue.set(end, (set = new Set()));
      set.add(link.id);
    }
  }

  delete(issue: IssueRecord, atMs: number): void {
    for (const link of this.linksOf(issue.id)) this.deleteLink(link, atMs);
    this.byId.delete(issue.id);
    this.byProject.get(issue.projectKey)?.delete(issue.id);
    for (const key of [issue.key, ...issue.previousKeys]) this.idByKey.delete(key.toUpperCase());
    this.versionCounter++;
    this.events.emit({ type: 'deleted', issueId: issue.id, issueKey: issue.key, projectKey: issue.projectKey, atMs });
  }

  private applyFields(issue: IssueRecord, changes: FieldChanges): ChangeItem[] {
    const items: ChangeItem[] = [];
    if (changes.summary !== undefined && changes.summary !== issue.summary) {
      items.push(summaryItem(issue.summary, changes.summary));
      issue.summary = changes.summary;
    }
    if (changes.labels !== undefined) {
      const next = [...new Set(changes.labels)].sort();
      if (next.join(' ') !== [...issue.labels].sort().join(' ')) {
        items.push(labelsItem(issue.labels, next));
        issue.labels = next;
      }
    }
    if (changes.storyPoints !== undefined && changes.storyPoints !== issue.storyPoints) {
      items.push(storyPointsItem(STORY_POINTS_FIELD_ID, issue.storyPoints, changes.storyPoints));
      issue.storyPoints = changes.storyPoints;
    }
    if (changes.flagged !== undefined && changes.flagged !== issue.flagged) {
      items.push(flaggedItem(FLAGGED_FIELD_ID, issue.flagged, changes.flagged));
      issue.flagged = changes.flagged;
    }
    return items;
  }

  private record(issue: IssueRecord, items: ChangeItem[], actorAccountId: string, atMs: number): HistoryEntry {
    const entry: HistoryEntry = { id: String(this.nextHistoryId++), createdMs: atMs, authorAccountId: actorAccountId, items };
    issue.histories.push(entry);
    issue.updatedMs = Math.max(issue.updatedMs, atMs);
    this.versionCounter++;
    this.events.emit({
      type: 'updated',
      issueId: issue.id,
      issueKey: issue.key,
      projectKey: issue.projectKey,
      changelog: { id: entry.id, items },
      atMs,
    });
    return entry;
  }

  private index(issue: IssueRecord): void {
    this.byId.set(issue.id, issue);
    let project = this.byProject.get(issue.projectKey);
    if (project === undefined) this.byProject.set(issue.projectKey, (project = new Map<string, IssueRecord>()));
    project.set(issue.id, issue);
    for (const key of [issue.key, ...issue.previousKeys]) this.idByKey.set(key.toUpperCase(), issue.id);
  }
}
