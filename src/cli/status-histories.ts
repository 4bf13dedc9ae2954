import { HistoryAccumulator } from '../jira/issue-to-history';
import { timestamp } from './issue-fields';
import { FIELD_ID_NAMES, FIELD_NAMES, K } from './issue-json-keys';
import type { JsonCursor } from './json-cursor';
import type { PackedChangesBuilder } from './packed-changes';

/**
 * The status history of an issue bean (`changelog.histories` from search, or `changeHistories`
 * from bulkfetch), read from the cursor into the same accumulator `extractHistory` uses: status and
 * key items are kept, other items validated and dropped. One per reader, reused for every issue.
 */
export class StatusHistoryReader {
  constructor(
    private readonly c: JsonCursor,
    private readonly packed: PackedChangesBuilder,
    private readonly statusNames: Record<string, string>,
  ) {}

  private readonly acc = new HistoryAccumulator();

  /** The reader's one accumulator, emptied for the current issue. */
  fresh(): HistoryAccumulator {
    // A second history array in one issue (both shapes) goes the slow way, so writing into the
    // issue's slice from its start is safe.
    this.packed.rollback();
    this.acc.reset(this.statusNames, this.packed);
    return this.acc;
  }

  changelog(): HistoryAccumulator {
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
  histories(): HistoryAccumulator {
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
        else if (c.keyIs(K.created)) atMs = timestamp(c);
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
