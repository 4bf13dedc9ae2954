import type { IssueHistory, PackedChangesRef, StatusChange } from './issue-history';

const floorSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** Time, then Jira's tie-breaker: the order the app's store writes changes in (a stable sort). */
const byTimeThenSeq = (a: StatusChange, b: StatusChange): number => a.atMs - b.atMs || (a.seq ?? 0) - (b.seq ?? 0);

function packedInOrder(p: PackedChangesRef): boolean {
  const { atMs, seq } = p.table;
  for (let k = p.start + 1; k < p.start + p.count; k++) {
    const a = atMs[k - 1] as number;
    const b = atMs[k] as number;
    if (a > b || (a === b && (seq[k - 1] as number) > (seq[k] as number))) return false;
  }
  return true;
}

function roundPacked(p: PackedChangesRef): void {
  const { table, start, count } = p;
  if (!packedInOrder(p)) {
    const order = Array.from({ length: count }, (_, i) => start + i);
    order.sort((i, j) => (table.atMs[i] as number) - (table.atMs[j] as number) || (table.seq[i] as number) - (table.seq[j] as number));
    const at = order.map((k) => table.atMs[k] as number);
    const from = order.map((k) => table.from[k] as number);
    const to = order.map((k) => table.to[k] as number);
    table.atMs.set(at, start);
    table.from.set(from, start);
    table.to.set(to, start);
  }
  for (let i = 0; i < count; i++) {
    table.atMs[start + i] = floorSecond(table.atMs[start + i] as number);
    table.seq[start + i] = i;
  }
}

/**
 * Brings an issue's times to the precision the app keeps (`src/store/stored-issue.ts`): created,
 * status changes and project moves rounded down to the whole second, changes put in time order
 * (then Jira's tie-breaker) and numbered by that order, so two changes that end up in the same
 * second keep the order their milliseconds gave them. The CLI does this to what it reads, so its
 * figures equal the app's for the same issues, to the last digit.
 *
 * Works in place, before anything reads the changes (a packed table is rewritten, not copied), and
 * returns the same history.
 *
 * @example
 * toWholeSeconds({ ...h, createdMs: 1_700_000_000_999 }).createdMs // 1_700_000_000_000
 */
export function toWholeSeconds(h: IssueHistory): IssueHistory {
  h.createdMs = floorSecond(h.createdMs);
  if (h.packedChanges !== undefined) roundPacked(h.packedChanges);
  else h.changes = [...h.changes].sort(byTimeThenSeq).map((c, i) => ({ ...c, atMs: floorSecond(c.atMs), seq: i }));
  if (h.projectMoves !== undefined) h.projectMoves = h.projectMoves.map((m) => ({ ...m, atMs: floorSecond(m.atMs) }));
  return h;
}
