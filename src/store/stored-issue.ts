import { z } from 'zod';
import type { IssueHistory, IssueLinkRef, ProjectMove, StatusChange } from '../domain/model/issue-history';

/**
 * One issue as stored: a positional tuple (a few hundred bytes, no field names repeated) holding
 * what the metrics need and nothing personal — no summary, no people, no status names.
 * Times are epoch seconds; change times are seconds after `created`. Changes are stored in time
 * order, so their position replaces Jira's tie-breaking `seq`; a change's `from` is stored only
 * when it differs from the previous change's `to` (it nearly never does).
 *
 *   [id, key, project, type, createdSec, statusId, labels, components, resolution, effort,
 *    disciplineValue, updatedMs, secured, changes, moves, (links, parentId)]
 *   change = [dtSec, toStatusId] | [dtSec, toStatusId, fromStatusId | null]
 *   move   = [dtSec, fromProjectKey, toProjectKey]
 *   links  = [[linkTypeName, otherIssueId, …], …]  (one group per type: names are not repeated)
 * The last two are there only when the issue has links or a parent (hand-offs), so issues without
 * them cost nothing, and tuples stored before they existed still read.
 */
const change = z.union([z.tuple([z.number(), z.string()]), z.tuple([z.number(), z.string(), z.string().nullable()])]);
const move = z.tuple([z.number(), z.string(), z.string()]);
const linkGroup = z.tuple([z.string(), z.string()], z.string());

const baseItems = [
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
] as const;

export const storedIssueSchema = z.union([z.tuple(baseItems), z.tuple([...baseItems, z.array(linkGroup), z.string().nullable()])]);
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
  const base: StoredIssue = [
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
  const links = h.links ?? [];
  const parentId = h.parentId ?? null;
  return links.length > 0 || parentId !== null ? [...base, groupLinks(links), parentId] : base;
}

function groupLinks(links: readonly IssueLinkRef[]): [string, string, ...string[]][] {
  const groups = new Map<string, [string, string, ...string[]]>();
  for (const l of links) {
    const g = groups.get(l.type);
    if (g === undefined) groups.set(l.type, [l.type, l.issueId]);
    else g.push(l.issueId);
  }
  return [...groups.values()];
}

export function decodeIssue(s: StoredIssue): IssueHistory {
  const [id, key, projectKey, issueType, createdSec, statusId, labels, components, resolution, effort, disciplineFieldValue, , , rawChanges, rawMoves, rawLinks, parentId] = s;
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
  if (rawLinks !== undefined && rawLinks.length > 0) {
    history.links = rawLinks.flatMap(([type, ...ids]) => ids.map((issueId): IssueLinkRef => ({ issueId, type })));
  }
  if (parentId !== undefined && parentId !== null) history.parentId = parentId;
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
