import type { IssueHistory } from '../domain/model/issue-history';
import type { HistoryAccumulator, IssueToHistoryOptions } from '../jira/issue-to-history';
import { readFields, type Fields } from './issue-fields';
import { K, NO_STRINGS, SYSTEM_FIELDS } from './issue-json-keys';
import { Bail, JsonCursor, bytes } from './json-cursor';
import { PackedChangesBuilder, PackedIssueHistory } from './packed-changes';
import { StatusHistoryReader } from './status-histories';

/** `read` found a search page (an object with an `issues` array) instead of an issue. */
export const PAGE = 'page' as const;

/**
 * Reads Jira issue beans straight from bytes into {@link IssueHistory}, without building the
 * parse tree `JSON.parse` would (which costs most of the time and memory on 100k issues). It
 * accepts exactly what `jiraIssueSchema` accepts and converts exactly as `issueToHistory` does
 * (the status history goes through the same `extractHistory`); anything unusual — a wrong type,
 * an escaped key, invalid JSON — makes it give up on that issue, and the caller's
 * `JSON.parse` + zod path then answers (with its precise error message when the data is bad).
 */
export class FastIssueReader {
  private readonly c: JsonCursor;
  private readonly enabled: boolean;
  private readonly effortKey: Uint8Array | null;
  private readonly disciplineKey: Uint8Array | null;
  /** Offset just past the last value read. */
  end = 0;

  private readonly scratch: Fields = { createdMs: NaN, statusId: '', statusName: undefined, projectKey: '', issueType: '', labels: [], components: [], resolution: null, effort: null, discipline: null, links: undefined, parentId: undefined };
  /** Changes of every issue read, column-wise. */
  private readonly packed = new PackedChangesBuilder();
  private readonly history: StatusHistoryReader;

  constructor(opts: IssueToHistoryOptions & { statusNames: Record<string, string> }) {
    this.c = new JsonCursor(Buffer.alloc(0));
    this.history = new StatusHistoryReader(this.c, this.packed, opts.statusNames);
    this.effortKey = opts.effortFieldId === undefined ? null : bytes(opts.effortFieldId);
    this.disciplineKey = opts.disciplineFieldId === undefined ? null : bytes(opts.disciplineFieldId);
    this.enabled =
      !SYSTEM_FIELDS.has(opts.effortFieldId ?? '') &&
      !SYSTEM_FIELDS.has(opts.disciplineFieldId ?? '') &&
      (opts.effortFieldId === undefined || opts.effortFieldId !== opts.disciplineFieldId);
  }

  /** The issue at `start` of `buf`, or {@link PAGE}, or null to use the slow path. */
  read(buf: Buffer, start: number): IssueHistory | typeof PAGE | null {
    if (!this.enabled) return null;
    this.c.buf = buf;
    this.c.pos = start;
    this.packed.begin();
    try {
      const out = this.issue();
      this.end = this.c.pos;
      if (out === PAGE) this.packed.rollback();
      return out;
    } catch (e) {
      this.packed.rollback();
      if (e instanceof Bail) return null;
      throw e;
    }
  }

  private issue(): IssueHistory | typeof PAGE {
    const c: JsonCursor = this.c;
    let id = '';
    let key = '';
    let fields: Fields | null = null;
    let acc: HistoryAccumulator | null = null;
    for (let more = c.enterObject(); more; more = c.nextMember()) {
      c.key();
      if (c.keyIs(K.id)) id = c.string();
      else if (c.keyIs(K.key)) key = c.string();
      else if (c.keyIs(K.fields)) fields = readFields(c, this.scratch, this.effortKey, this.disciplineKey);
      // Both shapes in one issue (or one twice) is unusual: the slow path sorts out which wins.
      else if (c.keyIs(K.changelog)) acc = acc === null ? this.history.changelog() : c.bail();
      else if (c.keyIs(K.changeHistories)) acc = acc === null ? this.history.histories() : c.bail();
      else if (c.keyIs(K.issues) && c.peek() === 91) return PAGE;
      else c.skip();
    }
    if (id === '' || key === '' || fields === null) c.bail();
    const extract = (acc ?? this.history.fresh()).result();
    if (fields.statusName !== undefined && fields.statusName !== '' && extract.statusNames[fields.statusId] !== fields.statusName) {
      extract.statusNames[fields.statusId] = fields.statusName;
    }
    return new PackedIssueHistory({
      id,
      key,
      projectKey: fields.projectKey,
      issueType: fields.issueType,
      createdMs: fields.createdMs,
      statusId: fields.statusId,
      // Each issue gets its own arrays (callers may change them); the scratch default is shared.
      labels: fields.labels === NO_STRINGS ? [] : fields.labels,
      components: fields.components === NO_STRINGS ? [] : fields.components,
      resolution: fields.resolution,
      effort: fields.effort,
      disciplineFieldValue: fields.discipline,
      ...(fields.links === undefined ? {} : { links: fields.links }),
      ...(fields.parentId === undefined ? {} : { parentId: fields.parentId }),
      projectMoves: extract.projectMoves,
      statusNames: extract.statusNames,
      packedChanges: this.packed.end(),
    });
  }
}
