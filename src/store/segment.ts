import { z } from 'zod';
import { KVS_MAX_VALUE_BYTES } from '../ports/key-value-store';
import { storedIssueSchema, type StoredIssue } from './stored-issue';

/**
 * A segment holds the issues whose ID hashes to it, plus tombstones: the `updated` time (ms) at
 * which an issue left the squad (moved out, or deleted: MAX_SAFE_INTEGER), so an older copy
 * delivered late cannot bring it back.
 */
export const segmentSchema = z.object({
  v: z.literal(1),
  i: z.record(z.string(), storedIssueSchema),
  g: z.record(z.string(), z.number()),
});
export type Segment = z.infer<typeof segmentSchema>;

export const emptySegment = (): Segment => ({ v: 1, i: {}, g: {} });

/** A backfill fills segments to about this size, leaving room to grow before the hard cap. */
export const SEGMENT_TARGET_BYTES = 128 * 1024;
/** Hard cap, below Forge's 240 KiB value limit. */
export const SEGMENT_MAX_BYTES = KVS_MAX_VALUE_BYTES - 8 * 1024;
/** Issues a staging group should hold: a build job reads one group at once. */
export const GROUP_TARGET_ISSUES = 20_000;
export const MAX_GROUPS = 64;

/** 32-bit FNV-1a: stable across runtimes, spreads numeric IDs evenly. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Segment (or group) of an issue when there are `count` of them; counts are powers of two, so an issue's group is its segment's group. */
export function bucketOf(issueId: string, count: number): number {
  return hashId(issueId) % count;
}

export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Staging groups for an estimated issue count: one build job per group. */
export function groupCountFor(estimatedIssues: number | null): number {
  if (estimatedIssues === null) return 8;
  return Math.min(MAX_GROUPS, nextPowerOfTwo(Math.max(1, Math.ceil(estimatedIssues / GROUP_TARGET_ISSUES))));
}

/** Segments for the bytes staged: a power of two, a multiple of `groups`, each about the target size. */
export function segmentCountFor(stagedBytes: number, groups: number): number {
  return Math.max(groups, nextPowerOfTwo(Math.ceil(stagedBytes / SEGMENT_TARGET_BYTES)));
}

export function issueBytes(issue: StoredIssue): number {
  return Buffer.byteLength(JSON.stringify(issue), 'utf8');
}

export function segmentBytes(segment: Segment): number {
  return Buffer.byteLength(JSON.stringify(segment), 'utf8');
}

/** A segment would pass the value limit: the squad's data needs more segments (a new backfill). */
export class SegmentFullError extends Error {
  constructor(
    readonly squadId: string,
    readonly segment: number,
    bytes: number,
  ) {
    super(`Segment ${segment} of squad "${squadId}" would hold ${bytes} bytes (cap ${SEGMENT_MAX_BYTES})`);
    this.name = 'SegmentFullError';
  }
}
