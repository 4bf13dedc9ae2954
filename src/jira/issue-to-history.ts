import type { IssueHistory, ProjectMove, StatusChange } from '../domain/model/issue-history';
import { parseJiraTimestamp } from '../domain/time/parse-jira-timestamp';
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

/** Items per history are few; this keeps `seq` ordered by (history id, item position). */
const ITEMS_PER_HISTORY = 1024;

function isStatusItem(item: { field?: string | undefined; fieldId?: string | undefined }): boolean {
  return item.fieldId === undefined ? item.field === 'status' : item.fieldId === 'status';
}

function isKeyItem(item: { field?: string | undefined; fieldId?: string | undefined }): boolean {
  return item.field === 'Key' || item.fieldId === 'key';
}

/** A history id as a number when it is up to 12 digits (Jira's are), else NaN. */
function numericId(id: string): number {
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
 * Status changes (each with a `seq` tie-breaker), project moves and status names from changelog
 * histories, in the order given. Histories repeated across pages (same `id`) are read once; other
 * items are ignored.
 */
export function extractHistory(histories: readonly JiraChangeHistory[], statusNames: Record<string, string> = {}): HistoryExtract {
  const changes: StatusChange[] = [];
  const projectMoves: ProjectMove[] = [];
  // Duplicates only happen when pages overlap; ids ascending (Jira's order) cannot repeat, so the
  // Set is only built for histories out of order.
  let seen: Set<string> | null = null;
  let lastId = -1;
  for (let h = 0; h < histories.length; h++) {
    const history = histories[h];
    if (history === undefined) continue;
    const idNum = history.id === undefined ? NaN : numericId(history.id);
    if (history.id !== undefined) {
      if (seen === null && !(idNum > lastId)) seen = new Set(histories.slice(0, h).map((x) => x?.id ?? ''));
      if (seen !== null) {
        if (seen.has(history.id)) continue;
        seen.add(history.id);
      }
      lastId = idNum;
    }
    let atMs = NaN;
    const order = Number.isNaN(idNum) ? h : idNum;
    for (let i = 0; i < history.items.length; i++) {
      const item = history.items[i];
      if (item === undefined) continue;
      const status = isStatusItem(item);
      if (!status && !isKeyItem(item)) continue;
      if (Number.isNaN(atMs)) atMs = parseJiraTimestamp(history.created);
      if (Number.isNaN(atMs)) throw new RangeError(`history ${history.id ?? h}: created "${history.created}" is not a Jira timestamp`);
      if (!status) {
        const fromProjectKey = projectOfKey(ownString(item, 'fromString'));
        const toProjectKey = projectOfKey(ownString(item, 'toString'));
        if (fromProjectKey !== null && toProjectKey !== null && fromProjectKey !== toProjectKey) {
          projectMoves.push({ atMs, fromProjectKey, toProjectKey });
        }
        continue;
      }
      if (item.to === undefined || item.to === null || item.to === '') continue;
      const from = item.from === undefined || item.from === null || item.from === '' ? null : item.from;
      changes.push({ atMs, fromStatusId: from, toStatusId: item.to, seq: order * ITEMS_PER_HISTORY + i });
      const toName = ownString(item, 'toString');
      const fromName = ownString(item, 'fromString');
      if (toName !== null) statusNames[item.to] = toName;
      if (from !== null && fromName !== null) statusNames[from] = fromName;
    }
  }
  return { changes, projectMoves, statusNames };
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
  if (f.status.name !== undefined && f.status.name !== '') extract.statusNames[f.status.id] = f.status.name;
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
  };
}
