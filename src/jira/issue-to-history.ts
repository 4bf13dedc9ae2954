import type { IssueHistory, ProjectMove, StatusChange } from '../domain/model/issue-history';
import { parseJiraTimestamp } from '../domain/time/parse-jira-timestamp';
import { linksOf, parentIdOf } from './issue-links';
import type { JiraChangeHistory, JiraIssue } from './schemas/issue';

export interface IssueToHistoryOptions {
  /** The squad's effort field (quick-win candidate rule), e.g. `customfield_10016`. */
  effortFieldId?: string | undefined;
  /** The squad's discipline field when the discipline rule is `by: field`. */
  disciplineFieldId?: string | undefined;
  /**
   * A status-name table shared by every issue of a batch: names are written there and each
   * history points at it, instead of one small object per issue (100k of them weigh 24 MB).
   */
  statusNames?: Record<string, string> | undefined;
}

/** What `changes` holds while another sink receives them. */
const NO_CHANGES = Object.freeze([]) as unknown as StatusChange[];
const NO_MOVES = Object.freeze([]) as unknown as ProjectMove[];

/** Items per history are few; this keeps `seq` ordered by (history id, item position). */
const ITEMS_PER_HISTORY = 1024;

/** A history id as a number when it is up to 12 digits (Jira's are), else NaN. */
export function numericId(id: string): number {
  const n = id.length;
  if (n === 0 || n > 12) return NaN;
  for (let k = 0; k < n; k++) {
    const c = id.charCodeAt(k);
    if (c < 48 || c > 57) return NaN;
  }
  return Number(id);
}

/** An own string property: `toString` of a change item must not resolve to Object.prototype's. */
function ownString(o: object, key: string): string | null {
  if (!Object.hasOwn(o, key)) return null;
  const v = (o as Record<string, unknown>)[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

function projectOfKey(issueKey: string | null): string | null {
  if (issueKey === null) return null;
  const dash = issueKey.lastIndexOf('-');
  return dash > 0 ? issueKey.slice(0, dash) : null;
}

export interface HistoryExtract {
  changes: StatusChange[];
  projectMoves: ProjectMove[];
  /** Status ID → name, from the items' `fromString`/`toString`. */
  statusNames: Record<string, string>;
}

/** Reads a field value as text: plain strings, select options (`value`), named objects, first of an array. */
export function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.length > 0 ? fieldText(value[0]) : null;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['value', 'name', 'key'] as const) {
      if (typeof o[k] === 'string' && o[k] !== '') return o[k];
    }
  }
  return null;
}

function fieldNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/**
 * Collects status changes (each with a `seq` tie-breaker), project moves and status names, one
 * history at a time, in the histories' order. Histories repeated across pages (same `id`) are read
 * once. Shared by {@link extractHistory} and the CLI's byte-level reader, so both agree.
 */
/** Where an accumulator puts status changes: an array of objects by default, columns in the CLI. */
export interface ChangeSink {
  add(atMs: number, fromStatusId: string | null, toStatusId: string, seq: number): void;
}

export class HistoryAccumulator implements ChangeSink {
  changes: StatusChange[] = [];
  /** Receives the changes; the accumulator itself (into `changes`) unless a reader passes columns. */
  private sink: ChangeSink = this;
  projectMoves: ProjectMove[] = [];
  // Duplicates only happen when pages overlap; ids ascending (Jira's order) cannot repeat, so the
  // Set is only built for histories out of order.
  private seen: Set<string> | null = null;
  private readonly ids: (string | number)[] = [];
  private lastId = -1;
  private index = -1;
  private order = 0;
  private atMs = NaN;
  private label = '';
  /** Pairs of status id and name waiting for result(), in the order met. */
  private readonly names: string[] = [];
  private nameCount = 0;

  constructor(public statusNames: Record<string, string> = Object.create(null) as Record<string, string>) {}

  add(atMs: number, fromStatusId: string | null, toStatusId: string, seq: number): void {
    this.changes.push({ atMs, fromStatusId, toStatusId, seq });
  }

  /** Starts over for another issue (a reader reuses one accumulator), optionally into `sink`. */
  reset(statusNames: Record<string, string>, sink?: ChangeSink): void {
    this.sink = sink ?? this;
    this.changes = sink === undefined ? [] : NO_CHANGES;
    // Moves are rare: a fresh array only once one is found.
    this.projectMoves = NO_MOVES;
    this.seen = null;
    this.lastId = -1;
    this.index = -1;
    this.nameCount = 0;
    this.statusNames = statusNames;
  }

  /** Starts the next history; false when it repeats an earlier one (skip its items). */
  beginHistory(id: string | undefined, atMs: number, created: string): boolean {
    if (id === undefined) return this.begin(undefined, NaN, atMs, created);
    const idNum = numericId(id);
    // Canonical decimal ids are kept as numbers (same string ⇔ same number); others as text.
    return this.begin(Number.isNaN(idNum) || String(idNum) !== id ? id : idNum, idNum, atMs, created);
  }

  /** {@link beginHistory} for a canonical decimal id (no leading zero, ≤ 12 digits) as a number. */
  beginNumericHistory(idNum: number, atMs: number): boolean {
    return this.begin(idNum, idNum, atMs, '');
  }

  private begin(id: string | number | undefined, idNum: number, atMs: number, created: string): boolean {
    this.index++;
    const h = this.index;
    this.atMs = atMs;
    this.label = created;
    this.order = Number.isNaN(idNum) ? h : idNum;
    this.ids[h] = id ?? '';
    if (id === undefined) return true;
    if (this.seen === null && !(idNum > this.lastId)) this.seen = new Set(this.ids.slice(0, h).map(String));
    if (this.seen !== null) {
      const text = String(id);
      if (this.seen.has(text)) return false;
      this.seen.add(text);
    }
    this.lastId = idNum;
    return true;
  }

  private checkTime(): void {
    if (Number.isNaN(this.atMs)) throw new RangeError(`history ${this.index}: created "${this.label}" is not a Jira timestamp`);
  }

  private queueName(id: string, name: string): void {
    // Names reach the (possibly shared) table only in result(), so an abandoned read leaves no
    // trace; a name the table already holds needs no write while nothing else is waiting.
    if (this.nameCount === 0 && this.statusNames[id] === name) return;
    this.names[this.nameCount++] = id;
    this.names[this.nameCount++] = name;
  }

  /** A status item at position `i` of the current history. */
  statusItem(i: number, from: string | null | undefined, to: string | null | undefined, fromName: string | null, toName: string | null): void {
    this.checkTime();
    if (to === undefined || to === null || to === '') return;
    const fromId = from === undefined || from === null || from === '' ? null : from;
    this.sink.add(this.atMs, fromId, to, this.order * ITEMS_PER_HISTORY + i);
    if (toName !== null) this.queueName(to, toName);
    if (fromId !== null && fromName !== null) this.queueName(fromId, fromName);
  }

  /** A `Key` item (the issue moved between projects) of the current history. */
  keyItem(fromKey: string | null, toKey: string | null): void {
    this.checkTime();
    const fromProjectKey = projectOfKey(fromKey);
    const toProjectKey = projectOfKey(toKey);
    if (fromProjectKey !== null && toProjectKey !== null && fromProjectKey !== toProjectKey) {
      if (this.projectMoves === NO_MOVES) this.projectMoves = [];
      this.projectMoves.push({ atMs: this.atMs, fromProjectKey, toProjectKey });
    }
  }

  result(): HistoryExtract {
    const table = this.statusNames;
    for (let k = 0; k < this.nameCount; k += 2) {
      const id = this.names[k] as string;
      const name = this.names[k + 1] as string;
      if (table[id] !== name) table[id] = name;
    }
    this.nameCount = 0;
    return { changes: this.changes, projectMoves: this.projectMoves, statusNames: table };
  }
}

/** Whether a change item is a status change (`status`) or a move between projects (`key`). */
export function itemKind(field: string | undefined, fieldId: string | undefined): 'status' | 'key' | null {
  if (fieldId === undefined ? field === 'status' : fieldId === 'status') return 'status';
  return field === 'Key' || fieldId === 'key' ? 'key' : null;
}

/**
 * Status changes (each with a `seq` tie-breaker), project moves and status names from changelog
 * histories, in the order given. Histories repeated across pages (same `id`) are read once; other
 * items are ignored.
 */
export function extractHistory(histories: readonly JiraChangeHistory[], statusNames?: Record<string, string>): HistoryExtract {
  const acc = new HistoryAccumulator(statusNames);
  for (const history of histories) {
    if (!acc.beginHistory(history.id, parseJiraTimestamp(history.created), history.created)) continue;
    for (let i = 0; i < history.items.length; i++) {
      const item = history.items[i];
      if (item === undefined) continue;
      const kind = itemKind(item.field, item.fieldId);
      if (kind === 'status') acc.statusItem(i, item.from, item.to, ownString(item, 'fromString'), ownString(item, 'toString'));
      else if (kind === 'key') acc.keyItem(ownString(item, 'fromString'), ownString(item, 'toString'));
    }
  }
  return acc.result();
}

/** Status changes from changelog histories (see {@link extractHistory}). */
export function statusChangesFrom(histories: readonly JiraChangeHistory[]): StatusChange[] {
  return extractHistory(histories).changes;
}

/**
 * Converts a Jira issue bean (search/jql shape) and its status history into the domain's
 * {@link IssueHistory}. `changeHistories` (bulkfetch) wins when given; otherwise the issue's own
 * `changeHistories` or `changelog.histories` is used.
 *
 * @example
 * const issue = jiraIssueSchema.parse(raw);
 * const history = issueToHistory(issue, bulk.get(issue.id), { effortFieldId: 'customfield_10016' });
 */
export function issueToHistory(
  issue: JiraIssue,
  changeHistories: readonly JiraChangeHistory[] | undefined,
  opts: IssueToHistoryOptions = {},
): IssueHistory {
  const f = issue.fields;
  const createdMs = parseJiraTimestamp(f.created);
  if (Number.isNaN(createdMs)) throw new RangeError(`${issue.key}: fields.created "${f.created}" is not a Jira timestamp`);
  const histories = changeHistories ?? issue.changeHistories ?? issue.changelog?.histories ?? [];
  const raw = f as Record<string, unknown>;
  const extract = extractHistory(histories, opts.statusNames);
  if (f.status.name !== undefined && f.status.name !== '' && extract.statusNames[f.status.id] !== f.status.name) extract.statusNames[f.status.id] = f.status.name;
  const links = linksOf(raw['issuelinks']);
  const parentId = parentIdOf(raw['parent']);
  return {
    id: issue.id,
    key: issue.key,
    projectKey: f.project.key,
    issueType: f.issuetype?.name ?? '',
    createdMs,
    statusId: f.status.id,
    labels: f.labels ?? [],
    components: (f.components ?? []).map((c) => c.name),
    resolution: f.resolution?.name ?? null,
    effort: opts.effortFieldId === undefined ? null : fieldNumber(raw[opts.effortFieldId]),
    disciplineFieldValue: opts.disciplineFieldId === undefined ? null : fieldText(raw[opts.disciplineFieldId]),
    changes: extract.changes,
    ...(extract.projectMoves.length > 0 ? { projectMoves: extract.projectMoves } : {}),
    statusNames: extract.statusNames,
    ...(links === undefined ? {} : { links }),
    ...(parentId === undefined ? {} : { parentId }),
  };
}
