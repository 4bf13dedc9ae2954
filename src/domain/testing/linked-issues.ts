import fc from 'fast-check';
import type { IssueHistory, StatusChange } from '../model/issue-history';

/**
 * Random squads of linked MKT and IT items for the hand-off property tests (test support only):
 * each item's moves through its project's demo statuses (buildConfig's), its links and its parent,
 * all by index into the same list so every link lands on an item of the squad.
 */
const HOUR = 3_600_000;
const STATUSES = { MKT: ['1', '2', '3', '4', '9'], IT: ['11', '12', '13', '14', '15', '16'] } as const;

export function linkedIssueArb(o: { createdDays: number; moveDays: number; linkTypes: readonly [string, ...string[]] }) {
  return fc.record({
    project: fc.constantFrom('MKT' as const, 'IT' as const),
    createdHours: fc.integer({ min: 0, max: o.createdDays * 24 }),
    moves: fc.array(fc.record({ afterHours: fc.integer({ min: 0, max: o.moveDays * 24 }), pick: fc.nat(5) }), { maxLength: 5 }),
    links: fc.array(fc.record({ to: fc.nat(11), type: fc.constantFrom(...o.linkTypes) }), { maxLength: 3 }),
    parent: fc.option(fc.nat(11), { nil: null }),
  });
}

export type LinkedIssueSpec = ReturnType<typeof linkedIssueArb> extends fc.Arbitrary<infer T> ? T : never;

/** The items the specs describe, created from `t0` on; links and parents wrap around the list. */
export function toLinkedIssues(specs: LinkedIssueSpec[], t0: number): IssueHistory[] {
  const idOf = (k: number): string => String(1000 + (k % specs.length));
  return specs.map((s, n) => {
    const statuses = STATUSES[s.project];
    let at = t0 + s.createdHours * HOUR;
    let from: string = statuses[0];
    const changes: StatusChange[] = s.moves.map((m, k) => {
      at += m.afterHours * HOUR;
      const to = statuses[m.pick % statuses.length] as string;
      const change = { atMs: at, fromStatusId: from, toStatusId: to, seq: k };
      from = to;
      return change;
    });
    return {
      id: String(1000 + n),
      key: `${s.project}-${n + 1}`,
      projectKey: s.project,
      issueType: 'Story',
      createdMs: t0 + s.createdHours * HOUR,
      statusId: from,
      labels: [],
      components: [],
      resolution: null,
      effort: null,
      disciplineFieldValue: null,
      changes,
      links: s.links.map((l) => ({ issueId: idOf(l.to), type: l.type })),
      parentId: s.parent === null ? null : idOf(s.parent),
    };
  });
}
