/**
 * A strict, allocation-free JSON cursor over bytes: the building block of the fast issue reader.
 * It validates everything it passes over (the grammar of RFC 8259), reads only the values asked
 * for, and throws {@link Bail} at the first thing it does not like — the caller then falls back to
 * `JSON.parse`, whose error message (or result) stands.
 */

import { QUOTE, BACKSLASH, LBRACE, RBRACE, LBRACKET, RBRACKET, COLON, COMMA, MINUS } from './json-bytes';

/** Thrown to abandon the fast path; never escapes the reader. */
export class Bail extends Error {}
const BAIL = new Bail('fast path abandoned');


/** 1: plain string byte; 2: quote; 3: backslash; 4: control character (invalid in strings). */
const STRING_CLASS = new Uint8Array(256).fill(1);
for (let b = 0; b < 0x20; b++) STRING_CLASS[b] = 4;
STRING_CLASS[QUOTE] = 2;
STRING_CLASS[BACKSLASH] = 3;

const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPES[c.charCodeAt(0)] = 1;

function isDigit(buf: Uint8Array, at: number): boolean {
  const b = buf[at] ?? 0;
  return b >= 48 && b <= 57;
}

export class JsonCursor {
  pos = 0;
  private readonly interned = new Map<number, string[]>();

  /** The bytes being read: the stream's window, swapped when it moves. */
  constructor(public buf: Buffer) {}

  bail(): never {
    throw BAIL;
  }

  ws(): void {
    const buf = this.buf;
    let p = this.pos;
    for (;;) {
      const b = buf[p];
      if (b !== 32 && b !== 10 && b !== 13 && b !== 9) break;
      p++;
    }
    this.pos = p;
  }

  /** The next byte after whitespace (not consumed); -1 at the end. */
  peek(): number {
    this.ws();
    return this.buf[this.pos] ?? -1;
  }

  expect(byte: number): void {
    this.ws();
    if (this.buf[this.pos] !== byte) this.bail();
    this.pos++;
  }

  /**
   * Object iteration: call with `first = true` right after `{`… use as
   * `for (let more = c.enterObject(); more; more = c.nextMember())`.
   * Leaves the cursor on a key's opening quote.
   */
  enterObject(): boolean {
    this.expect(LBRACE);
    this.ws();
    if (this.buf[this.pos] === RBRACE) {
      this.pos++;
      return false;
    }
    if (this.buf[this.pos] !== QUOTE) this.bail();
    return true;
  }

  nextMember(): boolean {
    this.ws();
    const b = this.buf[this.pos];
    this.pos++;
    if (b === RBRACE) return false;
    if (b !== COMMA) this.bail();
    this.ws();
    if (this.buf[this.pos] !== QUOTE) this.bail();
    return true;
  }

  enterArray(): boolean {
    this.expect(LBRACKET);
    this.ws();
    if (this.buf[this.pos] === RBRACKET) {
      this.pos++;
      return false;
    }
    return true;
  }

  nextElement(): boolean {
    this.ws();
    const b = this.buf[this.pos];
    this.pos++;
    if (b === RBRACKET) return false;
    if (b !== COMMA) this.bail();
    return true;
  }

  /**
   * Reads a member key and its colon; returns the key's byte range start (after the quote) and
   * leaves `keyEnd`. Keys with escapes are refused (the fallback handles them).
   */
  keyStart = 0;
  keyEnd = 0;
  key(): void {
    const buf = this.buf;
    let p = this.pos + 1;
    this.keyStart = p;
    for (;;) {
      const c = STRING_CLASS[buf[p] ?? 0] as number;
      if (c === 2) break;
      if (c !== 1) this.bail();
      p++;
    }
    this.keyEnd = p;
    this.pos = p + 1;
    this.expect(COLON);
    this.ws();
  }

  /** Whether the last key equals `name` (ASCII bytes). */
  keyIs(name: Uint8Array): boolean {
    const len = this.keyEnd - this.keyStart;
    if (len !== name.length) return false;
    const buf = this.buf;
    const s = this.keyStart;
    for (let k = 0; k < len; k++) if (buf[s + k] !== name[k]) return false;
    return true;
  }

  isNull(): boolean {
    this.ws();
    const buf = this.buf;
    const p = this.pos;
    if (buf[p] === 110 && buf[p + 1] === 117 && buf[p + 2] === 108 && buf[p + 3] === 108) {
      this.pos = p + 4;
      return true;
    }
    return false;
  }

  isString(): boolean {
    this.ws();
    return this.buf[this.pos] === QUOTE;
  }

  /** Skips a string, returning [start, end) of its raw content and whether it has escapes. */
  stringStart = 0;
  stringEnd = 0;
  stringEscaped = false;
  scanString(): void {
    const buf = this.buf;
    if (buf[this.pos] !== QUOTE) this.bail();
    let p = this.pos + 1;
    this.stringStart = p;
    let escaped = false;
    for (;;) {
      const c = STRING_CLASS[buf[p] ?? 0] as number;
      if (c === 1) {
        p++;
        continue;
      }
      if (c === 2) break;
      if (c === 4 || p >= buf.length) this.bail();
      // Backslash: check the escape.
      escaped = true;
      const e = buf[p + 1] ?? 0;
      if (ESCAPES[e] === 1) p += 2;
      else if (e === 117 && HEX[buf[p + 2] ?? 0] === 1 && HEX[buf[p + 3] ?? 0] === 1 && HEX[buf[p + 4] ?? 0] === 1 && HEX[buf[p + 5] ?? 0] === 1) p += 6;
      else this.bail();
    }
    this.stringEnd = p;
    this.stringEscaped = escaped;
    this.pos = p + 1;
  }

  /**
   * Reads a string value. With `intern`, short ASCII strings are shared (status ids and names,
   * project keys and labels repeat 100k times); unique values (keys) should not be interned.
   */
  string(intern = false): string {
    this.ws();
    this.scanString();
    const { buf, stringStart: s, stringEnd: e } = this;
    if (this.stringEscaped) return JSON.parse(buf.toString('utf8', s - 1, e + 1)) as string;
    let hash = 0;
    let ascii = true;
    if (intern) {
      for (let k = s; k < e; k++) {
        const b = buf[k] as number;
        if (b >= 0x80) ascii = false;
        hash = (Math.imul(hash, 31) + b) | 0;
      }
    } else {
      for (let k = s; k < e; k++) if ((buf[k] as number) >= 0x80) ascii = false;
    }
    // Invalid UTF-8 becomes U+FFFD, exactly as in the JSON.parse fallback (Buffer#toString).
    if (!ascii) return buf.toString('utf8', s, e);
    if (!intern || e - s > 40) return buf.toString('latin1', s, e);
    let bucket = this.interned.get(hash);
    if (bucket !== undefined) {
      for (const candidate of bucket) {
        if (candidate.length !== e - s) continue;
        let same = true;
        for (let k = 0; k < candidate.length; k++) {
          if (candidate.charCodeAt(k) !== buf[s + k]) {
            same = false;
            break;
          }
        }
        if (same) return candidate;
      }
    } else {
      bucket = [];
      this.interned.set(hash, bucket);
    }
    const str = buf.toString('latin1', s, e);
    if (bucket.length < 8) bucket.push(str);
    return str;
  }

  /**
   * Reads a string value and says which of `names` it equals (its index), -1 for another value:
   * for fields the reader only compares (a change item's `field`), no string is created.
   */
  stringOneOf(names: readonly Uint8Array[]): number {
    this.ws();
    this.scanString();
    const { buf, stringStart: s, stringEnd: e } = this;
    if (this.stringEscaped) {
      const text = JSON.parse(buf.toString('utf8', s - 1, e + 1)) as string;
      return names.findIndex((n) => n.length === text.length && n.every((b, k) => text.charCodeAt(k) === b));
    }
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as Uint8Array;
      if (name.length !== e - s) continue;
      let same = true;
      for (let j = 0; j < name.length; j++) {
        if (buf[s + j] !== name[j]) {
          same = false;
          break;
        }
      }
      if (same) return k;
    }
    return -1;
  }

  /**
   * A string value holding a canonical decimal (no sign, no leading zero, 1-12 digits) as a
   * number; otherwise NaN with the cursor left on the string for another read.
   */
  canonicalInteger(): number {
    this.ws();
    const buf = this.buf;
    const start = this.pos;
    if (buf[start] !== QUOTE) return NaN;
    let p = start + 1;
    let n = 0;
    while (p < buf.length) {
      const d = (buf[p] as number) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      p++;
    }
    const digits = p - start - 1;
    if (buf[p] !== QUOTE || digits === 0 || digits > 12 || (digits > 1 && buf[start + 1] === 48)) return NaN;
    this.pos = p + 1;
    return n;
  }

  /** Checks a string value without reading it. */
  skipString(): void {
    this.ws();
    this.scanString();
  }

  /** A string or null (undefined is the caller's "absent"). */
  nullableString(intern = false): string | null {
    return this.isNull() ? null : this.string(intern);
  }

  /** Reads a JSON number (strict grammar). */
  number(): number {
    const start = this.scanNumber();
    return Number(this.buf.toString('latin1', start, this.pos));
  }

  /** Passes over a JSON number (strict grammar) without converting it; returns where it began. */
  scanNumber(): number {
    this.ws();
    const buf = this.buf;
    const start = this.pos;
    let p = start;
    if (buf[p] === MINUS) p++;
    if (buf[p] === 48) p++;
    else if (isDigit(buf, p)) while (isDigit(buf, p)) p++;
    else this.bail();
    if (buf[p] === 46) {
      p++;
      if (!isDigit(buf, p)) this.bail();
      while (isDigit(buf, p)) p++;
    }
    if (buf[p] === 101 || buf[p] === 69) {
      p++;
      if (buf[p] === 43 || buf[p] === MINUS) p++;
      if (!isDigit(buf, p)) this.bail();
      while (isDigit(buf, p)) p++;
    }
    this.pos = p;
    return start;
  }

  isNumberStart(): boolean {
    this.ws();
    const b = this.buf[this.pos] ?? 0;
    return b === MINUS || (b >= 48 && b <= 57);
  }

  /** Skips any value, validating it. */
  skip(): void {
    this.ws();
    const buf = this.buf;
    const b = buf[this.pos];
    if (b === QUOTE) this.scanString();
    else if (b === LBRACE) {
      for (let more = this.enterObject(); more; more = this.nextMember()) {
        this.key();
        this.skip();
      }
    } else if (b === LBRACKET) {
      for (let more = this.enterArray(); more; more = this.nextElement()) this.skip();
    } else if (b === 116) this.literal(TRUE);
    else if (b === 102) this.literal(FALSE);
    else if (b === 110) this.literal(NULL);
    else this.scanNumber();
  }

  private literal(word: Uint8Array): void {
    const buf = this.buf;
    for (let k = 0; k < word.length; k++) if (buf[this.pos + k] !== word[k]) this.bail();
    this.pos += word.length;
  }
}

export const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const TRUE = bytes('true');
const FALSE = bytes('false');
const NULL = bytes('null');
