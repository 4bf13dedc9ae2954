import { z } from 'zod';
import type { IssueHistory, ProjectMove, StatusChange } from '../domain/model/issue-history';

/**
 * One issue as stored: a positional tuple (a few hundred bytes, no field names repeated) holding
 * what the metrics need and nothing personal — no summary, no people, no status names.
 * Times are epoch seconds; change times are seconds after `created`. Changes are stored in time
 * order, so their position replaces Jira's tie-breaking `seq`; a change's `from` is stored only
 * when it differs from the previous change's `to` (it nearly never does).
 *
 *   [id, key, project, type, createdSec, statusId, labels, components, resolution, effort,
 *    disciplineValue, updatedMs, secured, changes, moves]
 *   change = [dtSec, toStatusId] | [dtSec, toStatusId, fromStatusId | null]
 *   move   = [dtSec, fromProjectKey, toProjectKey]
 */
const change = z.union([z.tuple([z.number(), z.string()]), z.tuple([z.number(), z.string(), z.string().nullable()])]);
const move = z.tuple([z.number(), z.string(), z.string()]);

export const storedIssueSchema = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.number(),
  z.string(),
  z.array(z.string()),
  z.array(z.string()),
  z.string().nullable(),
  z.number().nullable(),
  z.string().nullable(),
  z.number(),
  z.union([z.literal(0), z.literal(1)]),
  z.array(change),
  z.array(move),
]);
export type StoredIssue = z.infer<typeof storedIssueSchema>;

/** What the sync knows about an issue besides its history: which copy is newer, and whether an issue security level restricts it. */
export interface IssueMeta {
  /** Jira's `fields.updated`, epoch ms (created when Jira did not send it). */
  updatedMs: number;
  /** True when the issue has a security level: readers then ask Jira whether the user may see it. */
  secured: boolean;
}

const sec = (ms: number): number => Math.floor(ms / 1000);

/** Changes in the order the timeline walks them: time, then Jira's tie-breaker. */
function ordered(changes: readonly StatusChange[]): StatusChange[] {
  return [...changes].sort((a, b) => a.atMs - b.atMs || (a.seq ?? 0) - (b.seq ?? 0));
}

export function encodeIssue(h: IssueHistory, meta: IssueMeta): StoredIssue {
  const createdSec = sec(h.createdMs);
  let prevTo: string | null | undefined;
  const changes = ordered(h.changes).map((c): StoredIssue[13][number] => {
    const dt = sec(c.atMs) - createdSec;
    const keepFrom = prevTo === undefined || c.fromStatusId !== prevTo;
    prevTo = c.toStatusId;
    return keepFrom ? [dt, c.toStatusId, c.fromStatusId] : [dt, c.toStatusId];
  });
  const moves = (h.projectMoves ?? []).map((m): StoredIssue[14][number] => [sec(m.atMs) - createdSec, m.fromProjectKey, m.toProjectKey]);
  return [
    h.id,
    h.key,
    h.projectKey,
    h.issueType,
    createdSec,
    h.statusId,
    h.labels,
    h.components,
    h.resolution,
    h.effort,
    h.disciplineFieldValue,
    meta.updatedMs,
    meta.secured ? 1 : 0,
    changes,
    moves,
  ];
}

export function decodeIssue(s: StoredIssue): IssueHistory {
  const [id, key, projectKey, issueType, createdSec, statusId, labels, components, resolution, effort, disciplineFieldValue, , , rawChanges, rawMoves] = s;
  let prevTo: string | null = null;
  const changes: StatusChange[] = rawChanges.map((c, i) => {
    const from = c.length === 3 ? c[2] : prevTo;
    prevTo = c[1];
    return { atMs: (createdSec + c[0]) * 1000, fromStatusId: from, toStatusId: c[1], seq: i };
  });
  const history: IssueHistory = {
    id,
    key,
    projectKey,
    issueType,
    createdMs: createdSec * 1000,
    statusId,
    labels,
    components,
    resolution,
    effort,
    disciplineFieldValue,
    changes,
  };
  if (rawMoves.length > 0) {
    history.projectMoves = rawMoves.map(([dt, from, to]): ProjectMove => ({ atMs: (createdSec + dt) * 1000, fromProjectKey: from, toProjectKey: to }));
  }
  return history;
}

export const storedMeta = (s: StoredIssue): IssueMeta => ({ updatedMs: s[11], secured: s[12] === 1 });
export const storedProject = (s: StoredIssue): string => s[2];

/**
 * The history exactly as a reader of the store would see it (times to the second, changes in
 * order). Live answers pass through this too, so a squad's figures do not shift by a few
 * milliseconds when the backfill finishes and the source switches from live to stored.
 */
export function normalizeHistory(h: IssueHistory): IssueHistory {
  return decodeIssue(encodeIssue(h, { updatedMs: 0, secured: false }));
}
