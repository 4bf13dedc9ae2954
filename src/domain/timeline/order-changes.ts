import type { StatusChange } from '../model/issue-history';

function compare(a: StatusChange, b: StatusChange): number {
  if (a.atMs !== b.atMs) return a.atMs - b.atMs;
  const sa = a.seq ?? 0;
  const sb = b.seq ?? 0;
  if (sa !== sb) return sa - sb;
  const fa = a.fromStatusId ?? '';
  const fb = b.fromStatusId ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.toStatusId < b.toStatusId ? -1 : a.toStatusId > b.toStatusId ? 1 : 0;
}

/**
 * Puts status changes in time order, the same order whatever order they came in: by time, then
 * `seq` (Jira's history order), then — for changes sharing a timestamp without `seq` — by chaining
 * each change's `from` to the previous change's `to`, so `A→B, B→C` at one instant ends in C.
 * Returns the input array itself when it is already in order (the common case: no allocation).
 */
export function orderChanges(changes: readonly StatusChange[]): readonly StatusChange[] {
  let sorted = true;
  let ties = false;
  for (let i = 1; i < changes.length; i++) {
    const prev = changes[i - 1] as StatusChange;
    const cur = changes[i] as StatusChange;
    if (compare(prev, cur) > 0) sorted = false;
    if (sameSlot(prev, cur)) ties = true;
  }
  if (sorted && !ties) return changes;
  const out = changes.slice();
  if (!sorted) {
    out.sort(compare);
    ties = false;
    for (let i = 1; i < out.length; i++) if (sameSlot(out[i - 1] as StatusChange, out[i] as StatusChange)) ties = true;
  }
  if (ties) chainTies(out);
  return out;
}

function sameSlot(a: StatusChange, b: StatusChange): boolean {
  return a.atMs === b.atMs && (a.seq ?? 0) === (b.seq ?? 0);
}

/** Reorders each run of changes that share time and `seq` so that from/to ids form a chain. */
function chainTies(out: StatusChange[]): void {
  let start = 0;
  while (start < out.length) {
    let end = start + 1;
    while (end < out.length && sameSlot(out[start] as StatusChange, out[end] as StatusChange)) end++;
    if (end - start > 1) {
      let current = start > 0 ? (out[start - 1] as StatusChange).toStatusId : null;
      const run = out.slice(start, end);
      for (let k = start; k < end; k++) {
        let pick = current === null ? -1 : run.findIndex((c) => c.fromStatusId === current);
        if (pick < 0) pick = run.findIndex((c) => !run.some((d) => d !== c && d.toStatusId === c.fromStatusId));
        if (pick < 0) pick = 0;
        const chosen = run.splice(pick, 1)[0] as StatusChange;
        out[k] = chosen;
        current = chosen.toStatusId;
      }
    }
    start = end;
  }
}
