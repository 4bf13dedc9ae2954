import { readSync } from 'node:fs';
import { Bail, JsonCursor } from './json-cursor';
import { QUOTE, BACKSLASH, LBRACE, RBRACE, LBRACKET, RBRACKET, COLON, COMMA } from './json-bytes';

/**
 * Walks a JSON or NDJSON document through a sliding byte window and hands out the issue-sized
 * values the CLI reads one at a time. A 100 MB export is never one object graph (a whole-file
 * `JSON.parse` needs several times the file size) nor even one buffer (faulting in 128 MB of fresh
 * pages costs more than parsing them): an 8 MB window is refilled in place.
 *
 * Values handed out:
 * - each element of a top-level array (an issue, or a page the consumer opens itself);
 * - each element of the `issues` array of a top-level object (a search page);
 * - a top-level object without `issues` as a whole (one issue, e.g. an NDJSON line).
 * Several top-level values may follow each other (NDJSON or concatenated pages).
 */


export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset in the whole document. */
    readonly offset: number,
  ) {
    super(message);
  }
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

const PLAIN = 0;
const C_QUOTE = 1;
const C_BACKSLASH = 2;
const C_OPEN = 3;
const C_CLOSE = 4;
const C_END = 5;
/** Byte classes for the scanning loop: one table load instead of a chain of comparisons. */
const CLASS = new Uint8Array(256);
CLASS[QUOTE] = C_QUOTE;
CLASS[BACKSLASH] = C_BACKSLASH;
CLASS[LBRACE] = C_OPEN;
CLASS[LBRACKET] = C_OPEN;
CLASS[RBRACE] = C_CLOSE;
CLASS[RBRACKET] = C_CLOSE;
/** Ends a scalar. */
const SCALAR_END = new Uint8Array(256);
for (const b of [COMMA, RBRACE, RBRACKET, 32, 10, 13, 9]) SCALAR_END[b] = C_END;

/**
 * Offset just past the value starting at `i` in `buf`, or -1 when `buf` ends first (more bytes
 * needed). Lenient: it only follows strings and nesting; the parser that reads the value checks it.
 */
export function scanValueEnd(buf: Uint8Array, i: number, atEof: boolean): number {
  const n = buf.length;
  const first = buf[i];
  if (first === undefined) return -1;
  if (first !== LBRACE && first !== LBRACKET && first !== QUOTE) {
    let j = i;
    while (j < n && SCALAR_END[buf[j] as number] !== C_END) j++;
    return j < n || atEof ? j : -1;
  }
  let depth = 0;
  let inString = false;
  for (let j = i; j < n; j++) {
    const c = CLASS[buf[j] as number] as number;
    if (c === PLAIN) continue;
    if (inString) {
      if (c === C_QUOTE) {
        inString = false;
        if (depth === 0) return j + 1;
      } else if (c === C_BACKSLASH) j++;
    } else if (c === C_QUOTE) inString = true;
    else if (c === C_OPEN) depth++;
    else if (c === C_CLOSE && --depth === 0) return j + 1;
  }
  return -1;
}

/**
 * Reads a value at `start` of `view` (the window's valid bytes). Returns the offset just past it,
 * `'page'` for a top-level object holding an `issues` array (the walker then visits its
 * elements), or `'more'` when the value does not end inside the window.
 */
export type ConsumeValue = (view: Buffer, start: number, where: string, topLevel: boolean, atEof: boolean) => number | 'page' | 'more';

export interface ByteSource {
  /** Copies up to `length` bytes into `into` at `offset`; 0 at the end. */
  readInto(into: Buffer, offset: number, length: number): number;
}

export function fileSource(fd: number): ByteSource {
  return { readInto: (into, offset, length) => readSync(fd, into, offset, length, null) };
}

const WINDOW = 8 << 20;

export class JsonStream {
  private buf: Buffer;
  private view: Buffer;
  private len: number;
  private pos = 0;
  /** Document offset of `buf[0]`. */
  private base = 0;
  private eof: boolean;

  /** From a source (read through the window), or over a buffer already in memory. */
  constructor(
    private readonly source: ByteSource | Buffer,
    windowBytes = WINDOW,
  ) {
    if (Buffer.isBuffer(source)) {
      this.buf = source;
      this.len = source.length;
      this.eof = true;
    } else {
      this.buf = Buffer.allocUnsafe(Math.max(16, windowBytes));
      this.len = 0;
      this.eof = false;
    }
    this.view = this.buf.subarray(0, this.len);
  }

  /** True when the document has no bytes at all. */
  isEmpty(): boolean {
    return this.base + this.len === 0;
  }

  /** Offset in the whole document of a window offset. */
  absolute(offset: number): number {
    return this.base + offset;
  }

  private fill(): boolean {
    if (this.eof || Buffer.isBuffer(this.source)) return false;
    if (this.pos > 0) {
      this.buf.copy(this.buf, 0, this.pos, this.len);
      this.base += this.pos;
      this.len -= this.pos;
      this.pos = 0;
    }
    if (this.len === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    const n = this.source.readInto(this.buf, this.len, this.buf.length - this.len);
    if (n === 0) this.eof = true;
    this.len += n;
    this.view = this.buf.subarray(0, this.len);
    return n > 0;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.base + this.pos);
  }

  /** The next non-space byte (not consumed), refilling the window; -1 at the end. */
  private peek(): number {
    for (;;) {
      while (this.pos < this.len && isSpace(this.buf[this.pos] as number)) this.pos++;
      if (this.pos < this.len) return this.buf[this.pos] as number;
      if (!this.fill()) return -1;
    }
  }

  /** End of the complete value at `pos`, refilling (and so moving `pos`) as needed. */
  private valueEnd(): number {
    for (;;) {
      const end = scanValueEnd(this.view, this.pos, this.eof);
      if (end >= 0) return end;
      if (!this.fill()) this.fail('unexpected end of input (unclosed string, object or array)');
    }
  }

  /** Like valueEnd, but the value must also be valid JSON (page members the reader skips). */
  private strictValueEnd(): number {
    const end = this.valueEnd();
    const cursor = new JsonCursor(this.view);
    cursor.pos = this.pos;
    try {
      cursor.skip();
    } catch (e) {
      if (e instanceof Bail) this.fail('invalid value');
      throw e;
    }
    if (cursor.pos !== end) this.fail('invalid value');
    return end;
  }

  private consumeAt(consume: ConsumeValue, where: string, topLevel: boolean): 'page' | 'done' {
    for (;;) {
      const r = consume(this.view, this.pos, where, topLevel, this.eof);
      if (r === 'page') return 'page';
      if (r !== 'more') {
        this.pos = r;
        return 'done';
      }
      if (!this.fill()) this.fail('unexpected end of input (unclosed string, object or array)');
    }
  }

  private elements(consume: ConsumeValue, prefix: string, what: string): void {
    for (let index = 0; ; index++) {
      const b = this.peek();
      if (b === RBRACKET) {
        if (index > 0) this.fail(`a comma before ] in ${what}`);
        this.pos++;
        return;
      }
      if (b === -1) this.fail(`unexpected end of input in ${what}`);
      if (this.consumeAt(consume, `${prefix}[${index}]`, false) === 'page') this.fail('a page inside a page');
      const next = this.peek();
      if (next === RBRACKET) {
        this.pos++;
        return;
      }
      if (next !== COMMA) this.fail(`expected , or ] in ${what}`);
      this.pos++;
    }
  }

  /** At a page's `{`: visits the `issues` elements and skips every other member. */
  private page(consume: ConsumeValue, label: string): void {
    this.pos++;
    for (let first = true; ; first = false) {
      let b = this.peek();
      if (b === RBRACE) {
        this.pos++;
        return;
      }
      if (!first) {
        if (b !== COMMA) this.fail('expected , or }');
        this.pos++;
        b = this.peek();
      }
      if (b !== QUOTE) this.fail('expected a key');
      const keyEnd = this.strictValueEnd();
      const isIssues = (JSON.parse(this.view.toString('utf8', this.pos, keyEnd)) as string) === 'issues';
      this.pos = keyEnd;
      if (this.peek() !== COLON) this.fail('expected :');
      this.pos++;
      if (isIssues && this.peek() === LBRACKET) {
        this.pos++;
        this.elements(consume, `${label}issues`, '"issues"');
      } else {
        this.peek();
        this.pos = this.strictValueEnd();
      }
    }
  }

  /** Walks the whole document. */
  walk(consume: ConsumeValue): void {
    for (let top = 0; ; top++) {
      const b = this.peek();
      if (b === -1) return;
      const label = top === 0 ? '' : `value ${top + 1} `;
      if (b === LBRACKET) {
        this.pos++;
        this.elements(consume, label, 'the array');
      } else if (b === LBRACE) {
        if (this.consumeAt(consume, top === 0 ? '(root)' : `value ${top + 1}`, true) === 'page') this.page(consume, label);
      } else this.fail(`expected { or [ but found "${String.fromCharCode(b)}"`);
    }
  }
}
