import type { Segment } from './segment';
import type { StoredIssue } from './stored-issue';

/** Tombstone time of a deleted issue: Jira never reuses issue IDs, so nothing may revive it. */
export const DELETED = Number.MAX_SAFE_INTEGER;

/**
 * Puts `issue` into `segment` if it is newer than what the segment knows (the stored copy and any
 * tombstone): events arrive at least once and in any order, and two handlers may fetch the same
 * issue at different moments. Answers whether the segment changed.
 */
export function upsertIssue(segment: Segment, issue: StoredIssue): boolean {
  const id = issue[0];
  const updatedMs = issue[11];
  const tomb = segment.g[id];
  if (tomb !== undefined && updatedMs <= tomb) return false;
  const existing = segment.i[id];
  if (existing !== undefined && (existing[11] > updatedMs || JSON.stringify(existing) === JSON.stringify(issue))) return false;
  segment.i[id] = issue;
  delete segment.g[id];
  return true;
}

/**
 * Removes an issue that left the squad (moved out, deleted, no longer visible) as of `asOfMs`,
 * leaving a tombstone; a stored copy updated after `asOfMs` wins (it moved back in since).
 */
export function removeIssue(segment: Segment, issueId: string, asOfMs: number): boolean {
  const existing = segment.i[issueId];
  if (existing !== undefined && existing[11] > asOfMs) return false;
  const tomb = segment.g[issueId];
  if (existing === undefined && tomb !== undefined && tomb >= asOfMs) return false;
  delete segment.i[issueId];
  segment.g[issueId] = Math.max(tomb ?? 0, asOfMs);
  return true;
}
