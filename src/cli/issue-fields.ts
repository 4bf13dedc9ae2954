import type { IssueLinkRef } from '../domain/model/issue-history';
import { parseJiraTimestampBytes } from '../domain/time/parse-jira-timestamp-bytes';
import { K, NO_STRINGS } from './issue-json-keys';
import type { JsonCursor } from './json-cursor';

/**
 * The `fields` of an issue bean as the fast reader takes them, read straight from the cursor: each
 * function accepts exactly what `jiraIssueSchema` does and converts as `issueToHistory` does, and
 * bails (the caller's slow path then answers) on anything else.
 */
export interface Fields {
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

export function readFields(c: JsonCursor, f: Fields, effortKey: Uint8Array | null, disciplineKey: Uint8Array | null): Fields {
  // One scratch record for every issue: its values are copied into the issue right after.
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
    if (c.keyIs(K.created)) f.createdMs = timestamp(c);
    else if (c.keyIs(K.status)) status(c, f);
    else if (c.keyIs(K.project)) f.projectKey = namedObject(c, K.key, true);
    else if (c.keyIs(K.issuetype)) f.issueType = namedObject(c, K.name, false);
    else if (c.keyIs(K.labels)) f.labels = stringArray(c);
    else if (c.keyIs(K.components)) f.components = componentNames(c);
    else if (c.keyIs(K.resolution)) f.resolution = c.isNull() ? null : namedObject(c, K.name, false);
    else if (c.keyIs(K.issuelinks)) f.links = f.links === undefined ? links(c) : c.bail();
    else if (c.keyIs(K.parent)) f.parentId = f.parentId === undefined ? parentId(c) : c.bail();
    else if (effortKey !== null && c.keyIs(effortKey)) f.effort = numberLike(c);
    else if (disciplineKey !== null && c.keyIs(disciplineKey)) f.discipline = text(c);
    else c.skip();
  }
  if (Number.isNaN(f.createdMs) || f.statusId === '' || f.projectKey === '') c.bail();
  return f;
}

function status(c: JsonCursor, f: Fields): void {
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
function namedObject(c: JsonCursor, want: Uint8Array, nonEmpty: boolean): string {
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

/** `linksOf` of issue-links: type name and the other issue's ID (both sides when both are there) per link; anything odd bails. */
function links(c: JsonCursor): IssueLinkRef[] {
  const out: IssueLinkRef[] = [];
  if (c.peek() !== 91) c.bail();
  for (let more = c.enterArray(); more; more = c.nextElement()) {
    let type: string | undefined;
    let outward: string | undefined;
    let inward: string | undefined;
    for (let m = c.enterObject(); m; m = c.nextMember()) {
      c.key();
      if (c.keyIs(K.type)) type = type === undefined ? memberString(c, K.name) : c.bail();
      else if (c.keyIs(K.outwardIssue)) outward = outward === undefined ? memberString(c, K.id) : c.bail();
      else if (c.keyIs(K.inwardIssue)) inward = inward === undefined ? memberString(c, K.id) : c.bail();
      else c.skip();
    }
    if (type === undefined || type === '') continue;
    if (outward !== undefined && outward !== '') out.push({ issueId: outward, type });
    if (inward !== undefined && inward !== '' && inward !== outward) out.push({ issueId: inward, type });
  }
  return out;
}

/** `parentIdOf` of issue-links: null, or an object's `id`. */
function parentId(c: JsonCursor): string | null {
  if (c.isNull()) return null;
  return memberString(c, K.id) || null;
}

/**
 * An object's string member `want` ('' when absent, so an entry without it is skipped); null
 * counts as absent (the slow path then looks at the other side). Other types bail.
 */
function memberString(c: JsonCursor, want: Uint8Array): string | undefined {
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

function stringArray(c: JsonCursor): string[] {
  const out: string[] = [];
  for (let more = c.enterArray(); more; more = c.nextElement()) out.push(c.string(true));
  return out;
}

function componentNames(c: JsonCursor): string[] {
  const out: string[] = [];
  for (let more = c.enterArray(); more; more = c.nextElement()) out.push(namedObject(c, K.name, false));
  return out;
}

/** `fieldNumber` of issue-to-history: a finite number, or a numeric string. */
function numberLike(c: JsonCursor): number | null {
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
function text(c: JsonCursor): string | null {
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
      if (index++ === 0) first = text(c);
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
export function timestamp(c: JsonCursor): number {
  c.ws();
  c.scanString();
  if (c.stringEscaped) c.bail();
  return parseJiraTimestampBytes(c.buf, c.stringStart, c.stringEnd);
}
