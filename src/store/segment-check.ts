import type { Segment } from './segment';
import type { StoredIssue } from './stored-issue';

/**
 * The stored segment's shape checked by hand: the same rules as `segmentSchema` (zod), which
 * stays the reference (segment-check.test.ts compares them on random values), without zod's cost.
 * A cold read of a 50,000-issue squad spent more time in zod rebuilding every tuple than in
 * reading the segments; this walks each value once and copies nothing.
 */
export type SegmentCheck = { ok: true; segment: Segment } | { ok: false; path: string; message: string };

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown): boolean => x === null || typeof x === 'string';
const isNumOrNull = (x: unknown): boolean => x === null || isNum(x);
const isStrArray = (x: unknown): boolean => Array.isArray(x) && x.every(isStr);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const isChange = (c: unknown): boolean => Array.isArray(c) && (c.length === 2 || (c.length === 3 && isStrOrNull(c[2]))) && isNum(c[0]) && isStr(c[1]);
const isMove = (m: unknown): boolean => Array.isArray(m) && m.length === 3 && isNum(m[0]) && isStr(m[1]) && isStr(m[2]);
const isLinkGroup = (g: unknown): boolean => Array.isArray(g) && g.length >= 2 && g.every(isStr);

/** Whether `x` is a StoredIssue tuple (15 items, or 17 with links and parent). */
export function isStoredIssue(x: unknown): x is StoredIssue {
  if (!Array.isArray(x) || (x.length !== 15 && x.length !== 17)) return false;
  if (!(isStr(x[0]) && isStr(x[1]) && isStr(x[2]) && isStr(x[3]) && isNum(x[4]) && isStr(x[5]))) return false;
  if (!(isStrArray(x[6]) && isStrArray(x[7]) && isStrOrNull(x[8]) && isNumOrNull(x[9]) && isStrOrNull(x[10]) && isNum(x[11]))) return false;
  if (x[12] !== 0 && x[12] !== 1) return false;
  if (!Array.isArray(x[13]) || !x[13].every(isChange) || !Array.isArray(x[14]) || !x[14].every(isMove)) return false;
  return x.length === 15 || (Array.isArray(x[15]) && x[15].every(isLinkGroup) && isStrOrNull(x[16]));
}

/** Checks a stored segment; on success the segment is the value itself (its `v`, `i` and `g`; other keys dropped, as zod does). */
export function checkSegment(raw: unknown): SegmentCheck {
  if (!isRecord(raw)) return { ok: false, path: '(root)', message: 'expected an object' };
  if (raw['v'] !== 1) return { ok: false, path: 'v', message: 'expected 1' };
  const i = raw['i'];
  const g = raw['g'];
  if (!isRecord(i)) return { ok: false, path: 'i', message: 'expected a record' };
  if (!isRecord(g)) return { ok: false, path: 'g', message: 'expected a record' };
  for (const id in i) if (!isStoredIssue(i[id])) return { ok: false, path: `i.${id}`, message: 'not a stored issue' };
  for (const id in g) if (!isNum(g[id])) return { ok: false, path: `g.${id}`, message: 'expected a number' };
  return { ok: true, segment: { v: 1, i: i as Record<string, StoredIssue>, g: g as Record<string, number> } };
}
