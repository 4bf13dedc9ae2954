/** An issue's place in the key sequences: created in one project, maybe moved to another. */
export interface KeyRequest {
  createdMs: number;
  createdIn: string;
  moveMs: number | null;
  movedTo: string | null;
}

export interface AllocatedKeys {
  createdKey: string;
  /** Key after the move, or null when the issue never moved. */
  movedKey: string | null;
}

/**
 * Hands out keys in time order per project, as Jira does: a moved issue takes the next free key
 * of its new project at the moment it moves. `requests` must be sorted by `createdMs`.
 */
export function allocateKeys(requests: readonly KeyRequest[]): { keys: AllocatedKeys[]; counters: Record<string, number> } {
  const counters: Record<string, number> = {};
  const nextKey = (project: string): string => {
    const n = (counters[project] ?? 0) + 1;
    counters[project] = n;
    return `${project}-${n}`;
  };
  const moves = requests
    .map((r, index) => ({ index, atMs: r.moveMs, to: r.movedTo }))
    .filter((m): m is { index: number; atMs: number; to: string } => m.atMs !== null && m.to !== null)
    .sort((a, b) => a.atMs - b.atMs);
  const keys: AllocatedKeys[] = requests.map(() => ({ createdKey: '', movedKey: null }));
  let m = 0;
  requests.forEach((request, index) => {
    for (let move = moves[m]; move !== undefined && move.atMs < request.createdMs; move = moves[++m]) {
      const slot = keys[move.index];
      if (slot !== undefined) slot.movedKey = nextKey(move.to);
    }
    const slot = keys[index];
    if (slot !== undefined) slot.createdKey = nextKey(request.createdIn);
  });
  for (let move = moves[m]; move !== undefined; move = moves[++m]) {
    const slot = keys[move.index];
    if (slot !== undefined) slot.movedKey = nextKey(move.to);
  }
  return { keys, counters };
}
