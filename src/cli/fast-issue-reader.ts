import type { IssueHistory, IssueLinkRef } from '../domain/model/issue-history';
import { parseJiraTimestampBytes } from '../domain/time/parse-jira-timestamp-bytes';
import { HistoryAccumulator, type IssueToHistoryOptions } from '../jira/issue-to-history';
import { Bail, JsonCursor, bytes } from './json-cursor';
import { PackedChangesBuilder, PackedIssueHistory } from './packed-changes';

/** `read` found a search page (an object with an `issues` array) instead of an issue. */
export const PAGE = 'page' as const;

const K = {
  id: bytes('id'),
  key: bytes('key'),
  fields: bytes('fields'),
  changelog: bytes('changelog'),
  changeHistories: bytes('changeHistories'),
  issues: bytes('issues'),
  histories: bytes('histories'),
  created: bytes('created'),
  items: bytes('items'),
  status: bytes('status'),
  name: bytes('name'),
  statusCategory: bytes('statusCategory'),
  project: bytes('project'),
  issuetype: bytes('issuetype'),
  labels: bytes('labels'),
  components: bytes('components'),
  resolution: bytes('resolution'),
  field: bytes('field'),
  fieldId: bytes('fieldId'),
  fieldtype: bytes('fieldtype'),
  from: bytes('from'),
  fromString: bytes('fromString'),
  to: bytes('to'),
  toString: bytes('toString'),
  value: bytes('value'),
  issuelinks: bytes('issuelinks'),
  parent: bytes('parent'),
  type: bytes('type'),
  inwardIssue: bytes('inwardIssue'),
  outwardIssue: bytes('outwardIssue'),
};

const NO_STRINGS: string[] = [];

/** `field` values that matter (status change, key change) and the same for `fieldId`. */
const FIELD_NAMES = [bytes('status'), bytes('Key')];
const FIELD_ID_NAMES = [bytes('status'), bytes('key')];

/** Field ids the reader parses itself: a squad field with one of these names goes the slow way. */
const SYSTEM_FIELDS = new Set(['created', 'status', 'project', 'issuetype', 'labels', 'components', 'resolution', 'issuelinks', 'parent']);

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

  constructor(private readonly opts: IssueToHistoryOptions & { statusNames: Record<string, string> }) {
    this.c = new JsonCursor(Buffer.alloc(0));
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
      else if (c.keyIs(K.fields)) fields = this.fields();
      // Both shapes in one issue (or one twice) is unusual: the slow path sorts out which wins.
      else if (c.keyIs(K.changelog)) acc = acc === null ? this.changelog() : c.bail();
      else if (c.keyIs(K.changeHistories)) acc = acc === null ? this.histories() : c.bail();
      else if (c.keyIs(K.issues) && c.peek() === 91) return PAGE;
      else c.skip();
    }
    if (id === '' || key === '' || fields === null) c.bail();
    const extract = (acc ?? this.fresh()).result();
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

  private fields(): Fields {
    const c: JsonCursor = this.c;
    const { effortKey, disciplineKey } = this;
    // One scratch record for every issue: its values are copied into the issue right after.
    const f = this.scratch;
    f.createdMs = NaN;
    f.statusId = '';
    f.statusName = undefined;
    f.projectKey = '';
    f.issueType = '';
    f.labels = NO_STRINGS;
    f.components = NO_STRINGS;
    f.resolution = null;
    f.effort = null;
    f.discipline = null;
    f.links = undefined;
    f.parentId = undefined;
    for (let more = c.enterObject(); more; more = c.nextMember()) {
      c.key();
      if (c.keyIs(K.created)) f.createdMs = this.timestamp();
      else if (c.keyIs(K.status)) this.status(f);
      else if (c.keyIs(K.project)) f.projectKey = this.namedObject(K.key, true);
      else if (c.keyIs(K.issuetype)) f.issueType = this.namedObject(K.name, false);
      else if (c.keyIs(K.labels)) f.labels = this.stringArray();
      else if (c.keyIs(K.components)) f.components = this.componentNames();
      else if (c.keyIs(K.resolution)) f.resolution = c.isNull() ? null : this.namedObject(K.name, false);
      else if (c.keyIs(K.issuelinks)) f.links = f.links === undefined ? this.links() : c.bail();
      else if (c.keyIs(K.parent)) f.parentId = f.parentId === undefined ? this.parentId() : c.bail();
      else if (effortKey !== null && c.keyIs(effortKey)) f.effort = this.numberLike();
      else if (disciplineKey !== null && c.keyIs(disciplineKey)) f.discipline = this.text();
      else c.skip();
    }
    if (Number.isNaN(f.createdMs) || f.statusId === '' || f.projectKey === '') c.bail();
    return f;
  }

  private status(f: Fields): void {
    const c: JsonCursor = this.c;
    let id = '';
    let name: string | undefined;
    for (let more = c.enterObject(); more; more = c.nextMember()) {
      c.key();
      if (c.keyIs(K.id)) id = c.string(true);
      else if (c.keyIs(K.name)) name = c.string(true);
      else if (c.keyIs(K.statusCategory)) {
        for (let m = c.enterObject(); m; m = c.nextMember()) {
          c.key();
          if (c.keyIs(K.id)) c.scanNumber();
          else if (c.keyIs(K.key) || c.keyIs(K.name)) c.skipString();
          else c.skip();
        }
      } else c.skip();
    }
    f.statusId = id;
    f.statusName = name;
  }

  /**
   * An object with a required string member `want` (and optional string `id`/`name`/`key`, as the
   * schema types them); returns `want`'s value. `nonEmpty` also requires it non-empty.
   */
  private namedObject(want: Uint8Array, nonEmpty: boolean): string {
    const c: JsonCursor = this.c;
    let value: string | undefined;
    for (let more = c.enterObject(); more; more = c.nextMember()) {
      c.key();
      if (c.keyIs(want)) value = c.string(true);
      else if (c.keyIs(K.id) || c.keyIs(K.name) || c.keyIs(K.key)) c.skipString();
      else c.skip();
    }
    if (value === undefined || (nonEmpty && value === '')) c.bail();
    return value;
  }

  /** `linksOf` of issue-links: type name and the other issue's ID per link; anything odd bails. */
  private links(): IssueLinkRef[] {
    const c: JsonCursor = this.c;
    const out: IssueLinkRef[] = [];
    if (c.peek() !== 91) c.bail();
    for (let more = c.enterArray(); more; more = c.nextElement()) {
      let type: string | undefined;
      let outward: string | undefined;
      let inward: string | undefined;
      for (let m = c.enterObject(); m; m = c.nextMember()) {
        c.key();
        if (c.keyIs(K.type)) type = type === undefined ? this.memberString(K.name) : c.bail();
        else if (c.keyIs(K.outwardIssue)) outward = outward === undefined ? this.memberString(K.id) : c.bail();
        else if (c.keyIs(K.inwardIssue)) inward = inward === undefined ? this.memberString(K.id) : c.bail();
        else c.skip();
      }
      const issueId = outward ?? inward;
      if (type !== undefined && type !== '' && issueId !== undefined && issueId !== '') out.push({ issueId, type });
    }
    return out;
  }

  /** `parentIdOf` of issue-links: null, or an object's `id`. */
  private parentId(): string | null {
    if (this.c.isNull()) return null;
    return this.memberString(K.id) || null;
  }

  /**
   * An object's string member `want` ('' when absent, so an entry without it is skipped); null
   * counts as absent (the slow path then looks at the other side). Other types bail.
   */
  private memberString(want: Uint8Array): string | undefined {
    const c: JsonCursor = this.c;
    if (c.isNull()) return undefined;
    let value = '';
    let seen = false;
    for (let more = c.enterObject(); more; more = c.nextMember()) {
      c.key();
      if (c.keyIs(want)) {
        if (seen) c.bail();
        seen = true;
        value = c.string(true);
      } else c.skip();
    }
    return value;
  }

  private stringArray(): string[] {
    const c: JsonCursor = this.c;
    const out: string[] = [];
    for (let more = c.enterArray(); more; more = c.nextElement()) out.push(c.string(true));
    return out;
  }

  private componentNames(): string[] {
    const c: JsonCursor = this.c;
    const out: string[] = [];
    for (let more = c.enterArray(); more; more = c.nextElement()) out.push(this.namedObject(K.name, false));
    return out;
  }

  /** `fieldNumber` of issue-to-history: a finite number, or a numeric string. */
  private numberLike(): number | null {
    const c: JsonCursor = this.c;
    if (c.isNumberStart()) {
      const n = c.number();
      return Number.isFinite(n) ? n : null;
    }
    if (c.isString()) {
      const s = c.string();
      return s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null;
    }
    c.skip();
    return null;
  }

  /** `fieldText` of issue-to-history: a string, a number, an option's value/name/key, an array's first. */
  private text(): string | null {
    const c: JsonCursor = this.c;
    const b = c.peek();
    if (b === 34) {
      const s = c.string(true);
      return s === '' ? null : s;
    }
    if (c.isNumberStart()) {
      const n = c.number();
      return Number.isFinite(n) ? String(n) : null;
    }
    if (b === 91) {
      let first: string | null = null;
      let index = 0;
      for (let more = c.enterArray(); more; more = c.nextElement()) {
        if (index++ === 0) first = this.text();
        else c.skip();
      }
      return first;
    }
    if (b === 123) {
      const found: (string | null)[] = [null, null, null];
      for (let more = c.enterObject(); more; more = c.nextMember()) {
        c.key();
        const slot = c.keyIs(K.value) ? 0 : c.keyIs(K.name) ? 1 : c.keyIs(K.key) ? 2 : -1;
        if (slot >= 0 && c.isString()) found[slot] = c.string(true);
        else c.skip();
      }
      return found.find((s) => s !== null && s !== '') ?? null;
    }
    c.skip();
    return null;
  }

  /** A timestamp string parsed from its bytes (NaN when it is not one). */
  private timestamp(): number {
    const c: JsonCursor = this.c;
    c.ws();
    c.scanString();
    if (c.stringEscaped) c.bail();
    return parseJiraTimestampBytes(c.buf, c.stringStart, c.stringEnd);
  }

  private readonly acc = new HistoryAccumulator();

  /** The reader's one accumulator, emptied for the current issue. */
  private fresh(): HistoryAccumulator {
    // A second history array in one issue (both shapes) goes the slow way, so writing into the
    // issue's slice from its start is safe.
    this.packed.rollback();
    this.acc.reset(this.opts.statusNames, this.packed);
    return this.acc;
  }

  private changelog(): HistoryAccumulator {
    const c: JsonCursor = this.c;
    let acc: HistoryAccumulator | null = null;
    for (let more = c.enterObject(); more; more = c.nextMember()) {
      c.key();
      if (c.keyIs(K.histories)) acc = this.histories();
      else c.skip();
    }
    if (acc === null) c.bail();
    return acc;
  }

  // Relevant items of the history being read (its id may come after them), reused throughout.
  private pendCount = 0;
  private readonly pendIndex: number[] = [];
  private readonly pendKind: ('status' | 'key')[] = [];
  private readonly pendFrom: (string | null | undefined)[] = [];
  private readonly pendTo: (string | null | undefined)[] = [];
  private readonly pendFromName: (string | null)[] = [];
  private readonly pendToName: (string | null)[] = [];

  /** Histories fed to the same accumulator `extractHistory` uses; other items validated, dropped. */
  private histories(): HistoryAccumulator {
    const c: JsonCursor = this.c;
    const acc = this.fresh();
    for (let more = c.enterArray(); more; more = c.nextElement()) {
      let id: string | undefined;
      let idNum = NaN;
      let atMs = NaN;
      let items = false;
      this.pendCount = 0;
      for (let m = c.enterObject(); m; m = c.nextMember()) {
        c.key();
        if (c.keyIs(K.id)) {
          // Jira's ids are canonical decimals: read as a number, no string needed.
          idNum = c.canonicalInteger();
          id = Number.isNaN(idNum) ? c.string() : undefined;
        }
        else if (c.keyIs(K.created)) atMs = this.timestamp();
        else if (c.keyIs(K.items)) {
          if (items) c.bail();
          items = true;
          this.items();
        } else c.skip();
      }
      if (!items || Number.isNaN(atMs)) c.bail();
      if (!(Number.isNaN(idNum) ? acc.beginHistory(id, atMs, '') : acc.beginNumericHistory(idNum, atMs))) continue;
      for (let k = 0; k < this.pendCount; k++) {
        if (this.pendKind[k] === 'status') {
          acc.statusItem(this.pendIndex[k] as number, this.pendFrom[k], this.pendTo[k], this.pendFromName[k] ?? null, this.pendToName[k] ?? null);
        } else acc.keyItem(this.pendFromName[k] ?? null, this.pendToName[k] ?? null);
      }
    }
    return acc;
  }

  private items(): void {
    const c: JsonCursor = this.c;
    let i = 0;
    for (let more = c.enterArray(); more; more = c.nextElement(), i++) {
      // -2: absent; otherwise the index in FIELD_NAMES / FIELD_ID_NAMES, or -1 for another value.
      let field = -2;
      let fieldId = -2;
      let from: string | null | undefined;
      let to: string | null | undefined;
      let fromName: string | null = null;
      let toName: string | null = null;
      for (let m = c.enterObject(); m; m = c.nextMember()) {
        c.key();
        if (c.keyIs(K.field)) field = c.stringOneOf(FIELD_NAMES);
        else if (c.keyIs(K.fieldId)) fieldId = c.stringOneOf(FIELD_ID_NAMES);
        else if (c.keyIs(K.fieldtype)) c.skipString();
        else if (c.keyIs(K.from)) from = c.nullableString(true);
        else if (c.keyIs(K.to)) to = c.nullableString(true);
        // Names count only when they are non-empty strings (`ownString` in issue-to-history).
        else if (c.keyIs(K.fromString)) fromName = c.nullableString(true) || null;
        else if (c.keyIs(K.toString)) toName = c.isString() ? c.string(true) || null : (c.skip(), null);
        else c.skip();
      }
      // itemKind of issue-to-history, on the classified values.
      const isStatus = fieldId === -2 ? field === 0 : fieldId === 0;
      const kind = isStatus ? 'status' : field === 1 || fieldId === 1 ? 'key' : null;
      if (kind === null) continue;
      const k = this.pendCount++;
      this.pendIndex[k] = i;
      this.pendKind[k] = kind;
      this.pendFrom[k] = from;
      this.pendTo[k] = to;
      this.pendFromName[k] = fromName;
      this.pendToName[k] = toName;
    }
  }
}

interface Fields {
  createdMs: number;
  statusId: string;
  statusName: string | undefined;
  projectKey: string;
  issueType: string;
  labels: string[];
  components: string[];
  resolution: string | null;
  effort: number | null;
  discipline: string | null;
  links: IssueLinkRef[] | undefined;
  parentId: string | null | undefined;
}
