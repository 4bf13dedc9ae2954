/**
 * Splits a JSON or NDJSON document held in a byte buffer into the issue-sized values the CLI
 * parses one at a time, so a 100 MB export never becomes one object graph (the whole-file
 * `JSON.parse` needs several times the file size in memory and most of the time).
 *
 * Yielded values:
 * - each element of a top-level array (an issue, or a page to open by the caller);
 * - each element of the `issues` array of a top-level object (a search page);
 * - a top-level object without `issues` as a whole (one issue, e.g. an NDJSON line).
 * Several top-level values may follow each other (NDJSON or concatenated pages).
 */

const QUOTE = 34;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const COLON = 58;
const COMMA = 44;

export interface JsonSlice {
  start: number;
  end: number;
  /** Where the value sits, e.g. `issues[3]`, `[2]` or `(root)`. */
  where: string;
}

/** 1-based line of byte `offset` (counted only when an error message needs it). */
export function lineOf(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < buf.length; k++) if (buf[k] === 10) line++;
  return line;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

/** Byte classes for the scanning loops: one table load instead of a chain of comparisons. */
const PLAIN = 0;
const C_QUOTE = 1;
const C_BACKSLASH = 2;
const C_OPEN = 3;
const C_CLOSE = 4;
const CLASS = new Uint8Array(256);
CLASS[QUOTE] = C_QUOTE;
CLASS[BACKSLASH] = C_BACKSLASH;
CLASS[LBRACE] = C_OPEN;
CLASS[LBRACKET] = C_OPEN;
CLASS[RBRACE] = C_CLOSE;
CLASS[RBRACKET] = C_CLOSE;

/** Index just past the string starting at `i` (which holds the opening quote). */
function skipString(buf: Uint8Array, i: number): number {
  const n = buf.length;
  for (let j = i + 1; j < n; j++) {
    const c = CLASS[buf[j] as number] as number;
    if (c === C_QUOTE) return j + 1;
    if (c === C_BACKSLASH) j++;
  }
  throw new JsonSyntaxError('unterminated string', i);
}

/** Index just past the value starting at `i` (object, array, string or scalar). */
function skipValue(buf: Uint8Array, i: number): number {
  const n = buf.length;
  const first = buf[i] as number;
  if (first === QUOTE) return skipString(buf, i);
  if (first !== LBRACE && first !== LBRACKET) {
    let j = i;
    while (j < n) {
      const b = buf[j] as number;
      if (b === COMMA || b === RBRACE || b === RBRACKET || isSpace(b)) break;
      j++;
    }
    if (j === i) throw new JsonSyntaxError('expected a value', i);
    return j;
  }
  let depth = 0;
  let inString = false;
  for (let j = i; j < n; j++) {
    const c = CLASS[buf[j] as number] as number;
    if (c === PLAIN) continue;
    if (inString) {
      if (c === C_QUOTE) inString = false;
      else if (c === C_BACKSLASH) j++;
    } else if (c === C_QUOTE) inString = true;
    else if (c === C_OPEN) depth++;
    else if (c === C_CLOSE && --depth === 0) return j + 1;
  }
  throw new JsonSyntaxError('unexpected end of input (unclosed object or array)', i);
}

/** Walks the document, yielding one slice per issue-sized value. */
export function* splitJson(buf: Uint8Array): Generator<JsonSlice> {
  const n = buf.length;
  let i = 0;
  let topIndex = 0;
  const skipSpace = (): void => {
    while (i < n && isSpace(buf[i] as number)) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= n) return;
    const top = buf[i] as number;
    if (top === LBRACKET) {
      i++;
      let index = 0;
      for (;;) {
        skipSpace();
        if (buf[i] === RBRACKET) {
          i++;
          break;
        }
        const start = i;
        i = skipValue(buf, i);
        yield { start, end: i, where: `[${index}]` };
        index++;
        skipSpace();
        if (buf[i] === COMMA) i++;
        else if (buf[i] !== RBRACKET) throw new JsonSyntaxError('expected , or ] in the array', i);
      }
    } else if (top === LBRACE) {
      const objectStart = i;
      const issues = findIssuesArray(buf, i);
      if (issues === null) {
        i = skipValue(buf, objectStart);
        yield { start: objectStart, end: i, where: topIndex === 0 ? '(root)' : `value ${topIndex + 1}` };
      } else {
        i = issues;
        let index = 0;
        for (;;) {
          skipSpace();
          if (buf[i] === RBRACKET) {
            i++;
            break;
          }
          const start = i;
          i = skipValue(buf, i);
          yield { start, end: i, where: topIndex === 0 ? `issues[${index}]` : `value ${topIndex + 1} issues[${index}]` };
          index++;
          skipSpace();
          if (buf[i] === COMMA) i++;
          else if (buf[i] !== RBRACKET) throw new JsonSyntaxError('expected , or ] in "issues"', i);
        }
        i = finishObject(buf, i);
      }
    } else {
      throw new JsonSyntaxError(`expected { or [ but found "${String.fromCharCode(top)}"`, i);
    }
    topIndex++;
  }
}

/** From just after a member's value, skips the remaining members; returns the index past `}`. */
function finishObject(buf: Uint8Array, from: number): number {
  const n = buf.length;
  let i = from;
  for (;;) {
    while (i < n && isSpace(buf[i] as number)) i++;
    if (i >= n) throw new JsonSyntaxError('unexpected end of input (unclosed object)', i);
    if (buf[i] === RBRACE) return i + 1;
    if (buf[i] !== COMMA) throw new JsonSyntaxError('expected , or }', i);
    i++;
    while (i < n && isSpace(buf[i] as number)) i++;
    if (buf[i] !== QUOTE) throw new JsonSyntaxError('expected a key', i);
    i = skipString(buf, i);
    while (i < n && isSpace(buf[i] as number)) i++;
    if (buf[i] !== COLON) throw new JsonSyntaxError('expected :', i);
    i++;
    while (i < n && isSpace(buf[i] as number)) i++;
    i = skipValue(buf, i);
  }
}

const ISSUES_KEY = Uint8Array.from('"issues"', (c) => c.charCodeAt(0));

function isIssuesKey(buf: Uint8Array, i: number, end: number): boolean {
  if (end - i !== ISSUES_KEY.length) return false;
  for (let k = 0; k < ISSUES_KEY.length; k++) if (buf[i + k] !== ISSUES_KEY[k]) return false;
  return true;
}

/** Offset just inside the `[` of the object's `issues` array, or null when it has none. */
function findIssuesArray(buf: Uint8Array, objectStart: number): number | null {
  const n = buf.length;
  let i = objectStart + 1;
  for (;;) {
    while (i < n && isSpace(buf[i] as number)) i++;
    if (buf[i] === RBRACE || i >= n) return null;
    if (buf[i] !== QUOTE) throw new JsonSyntaxError('expected a key', i);
    const keyStart = i;
    i = skipString(buf, i);
    const keyEnd = i;
    while (i < n && isSpace(buf[i] as number)) i++;
    if (buf[i] !== COLON) throw new JsonSyntaxError('expected :', i);
    i++;
    while (i < n && isSpace(buf[i] as number)) i++;
    if (buf[i] === LBRACKET && isIssuesKey(buf, keyStart, keyEnd)) return i + 1;
    i = skipValue(buf, i);
    while (i < n && isSpace(buf[i] as number)) i++;
    if (buf[i] === COMMA) i++;
  }
}
