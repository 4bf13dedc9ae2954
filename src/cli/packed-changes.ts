import type { IssueHistory, IssueLinkRef, PackedChanges, PackedChangesRef, ProjectMove, StatusChange } from '../domain/model/issue-history';
import type { ChangeSink } from '../jira/issue-to-history';

/**
 * Column storage for the status changes of a whole input (see `PackedChanges`): the reader writes
 * each change into typed arrays instead of creating an object, which spares 300k–900k long-lived
 * objects (and most of the garbage collector's work) on 100k issues.
 */
export class PackedChangesBuilder implements ChangeSink {
  readonly table: PackedChanges = {
    atMs: new Float64Array(1024),
    seq: new Float64Array(1024),
    from: new Int32Array(1024),
    to: new Int32Array(1024),
    statusIds: [],
  };
  private length = 0;
  private issueStart = 0;
  private readonly ids = new Map<string, number>();

  private ref(id: string): number {
    let k = this.ids.get(id);
    if (k === undefined) {
      k = this.table.statusIds.length;
      (this.table.statusIds as string[]).push(id);
      this.ids.set(id, k);
    }
    return k;
  }

  private grow(): void {
    const t = this.table;
    const size = t.atMs.length * 2;
    const copy = <A extends Float64Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    t.atMs = copy(t.atMs, (n) => new Float64Array(n));
    t.seq = copy(t.seq, (n) => new Float64Array(n));
    t.from = copy(t.from, (n) => new Int32Array(n));
    t.to = copy(t.to, (n) => new Int32Array(n));
  }

  /** Marks the start of an issue's changes. */
  begin(): void {
    this.issueStart = this.length;
  }

  /** Forgets the changes written since `begin` (the issue went the slow way). */
  rollback(): void {
    this.length = this.issueStart;
  }

  add(atMs: number, fromStatusId: string | null, toStatusId: string, seq: number): void {
    if (this.length === this.table.atMs.length) this.grow();
    const k = this.length++;
    const t = this.table;
    t.atMs[k] = atMs;
    t.seq[k] = seq;
    t.from[k] = fromStatusId === null ? -1 : this.ref(fromStatusId);
    t.to[k] = this.ref(toStatusId);
  }

  /** The current issue's slice. */
  end(): PackedChangesRef {
    return { table: this.table, start: this.issueStart, count: this.length - this.issueStart };
  }
}

/** Builds the plain change objects of a packed slice (for readers of `changes`). */
export function unpack(p: PackedChangesRef): StatusChange[] {
  const { table } = p;
  const out: StatusChange[] = [];
  for (let k = p.start; k < p.start + p.count; k++) {
    const from = table.from[k] as number;
    out.push({
      atMs: table.atMs[k] as number,
      fromStatusId: from < 0 ? null : (table.statusIds[from] as string),
      toStatusId: table.statusIds[table.to[k] as number] as string,
      seq: table.seq[k],
    });
  }
  return out;
}

/** What the reader hands over: an IssueHistory's fields, with the changes still packed. */
export type PackedIssueFields = Omit<IssueHistory, 'changes' | 'projectMoves' | 'statusNames' | 'packedChanges'> & {
  projectMoves: ProjectMove[] | undefined;
  statusNames: Record<string, string>;
  packedChanges: PackedChangesRef;
};

/**
 * An `IssueHistory` whose changes live in a packed table: `changes` is built on first use, so code
 * that reads it sees exactly what `issueToHistory` would have produced.
 */
export class PackedIssueHistory implements IssueHistory {
  id: string;
  key: string;
  projectKey: string;
  issueType: string;
  createdMs: number;
  statusId: string;
  labels: string[];
  components: string[];
  resolution: string | null;
  effort: number | null;
  disciplineFieldValue: string | null;
  links?: IssueLinkRef[];
  parentId?: string | null;
  projectMoves?: ProjectMove[];
  statusNames: Record<string, string>;
  packedChanges?: PackedChangesRef;
  private unpacked: StatusChange[] | null = null;

  constructor(f: PackedIssueFields) {
    this.id = f.id;
    this.key = f.key;
    this.projectKey = f.projectKey;
    this.issueType = f.issueType;
    this.createdMs = f.createdMs;
    this.statusId = f.statusId;
    this.labels = f.labels;
    this.components = f.components;
    this.resolution = f.resolution;
    this.effort = f.effort;
    this.disciplineFieldValue = f.disciplineFieldValue;
    if (f.links !== undefined) this.links = f.links;
    if (f.parentId !== undefined) this.parentId = f.parentId;
    if (f.projectMoves !== undefined && f.projectMoves.length > 0) this.projectMoves = f.projectMoves;
    this.statusNames = f.statusNames;
    this.packedChanges = f.packedChanges;
  }

  get changes(): StatusChange[] {
    this.unpacked ??= this.packedChanges === undefined ? [] : unpack(this.packedChanges);
    return this.unpacked;
  }

  /** Replacing the changes drops the packed copy, so the two never disagree. */
  set changes(changes: StatusChange[]) {
    this.unpacked = changes;
    this.packedChanges = undefined;
  }

  /** The plain `IssueHistory` (JSON never sees the packed table). */
  toJSON(): IssueHistory {
    const { id, key, projectKey, issueType, createdMs, statusId, labels, components, resolution, effort, disciplineFieldValue, projectMoves, statusNames, links, parentId } = this;
    return {
      id, key, projectKey, issueType, createdMs, statusId, labels, components, resolution, effort, disciplineFieldValue,
      changes: this.changes,
      ...(projectMoves === undefined ? {} : { projectMoves }),
      statusNames,
      ...(links === undefined ? {} : { links }),
      ...(parentId === undefined ? {} : { parentId }),
    };
  }
}
