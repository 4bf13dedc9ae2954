import { JqlError } from './jql-error';

export type TokenType = 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma' | 'eof';

export interface Token {
  type: TokenType;
  /** The value: unescaped for strings, as written otherwise. */
  value: string;
  /** 1-based character position, as Jira reports it. */
  pos: number;
}

const OPERATORS = ['!=', '>=', '<=', '!~', '=', '>', '<', '~'] as const;
const WORD_CHAR = /[\p{L}\p{N}_\-.:]/u;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\\': '\\', n: '\n', t: '\t', r: '\r', ' ': ' ' };

/**
 * Splits a JQL string into tokens. Unquoted words hold letters, digits and `_ - . :`; anything else
 * outside quotes is one of Jira's reserved characters and must be quoted.
 */
export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const ch = jql.charAt(i);
    const pos = i + 1;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', value: ch, pos });
      i++;
    } else if (ch === '"' || ch === "'") {
      const { value, end } = readQuoted(jql, i, ch);
      tokens.push({ type: 'string', value, pos });
      i = end;
    } else {
      const op = OPERATORS.find((o) => jql.startsWith(o, i));
      if (op !== undefined) {
        tokens.push({ type: 'op', value: op, pos });
        i += op.length;
      } else if (WORD_CHAR.test(ch)) {
        let end = i;
        while (end < jql.length && WORD_CHAR.test(jql.charAt(end))) end++;
        tokens.push({ type: 'word', value: jql.slice(i, end), pos });
        i = end;
      } else {
        const code = ch.charCodeAt(0).toString(16).padStart(4, '0');
        throw JqlError.syntax(`The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${code}' instead.`, pos);
      }
    }
  }
  tokens.push({ type: 'eof', value: '', pos: jql.length + 1 });
  return tokens;
}

function readQuoted(jql: string, start: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < jql.length) {
    const ch = jql.charAt(i);
    if (ch === quote) return { value, end: i + 1 };
    if (ch === '\\') {
      const next = jql.charAt(i + 1);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(jql.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(jql.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw JqlError.syntax(`Illegal escape sequence '\\${next}' in the string.`, i + 1);
      value += escaped;
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
  throw JqlError.syntax(`The quoted string '${value}' has not been completed.`, start + 1);
}
