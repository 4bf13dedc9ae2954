import type { Clause, Expr, JqlQuery, Operand, Operator, SortKey, ValueOperand } from './ast';
import { JqlError } from './jql-error';
import { tokenize, type Token } from './tokenize';

const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const RESERVED_WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc']);
const MAX_SORT_FIELDS = 7;

/**
 * Recursive-descent parser for JQL: `OR` binds loosest, then `AND`, then `NOT` and parentheses.
 *
 *   query   := [or] [ORDER BY sort ("," sort)*] EOF
 *   or      := and (OR and)*
 *   and     := unary (AND unary)*
 *   unary   := NOT unary | "(" or ")" | clause
 *   clause  := field operator operand
 *
 * @example parseJql('project in (MKT, IT) AND labels = quick-win ORDER BY updated DESC')
 */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).query();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  query(): JqlQuery {
    const where = this.isWord('order') || this.peek().type === 'eof' ? null : this.or();
    const orderBy = this.isWord('order') ? this.orderBy() : [];
    const t = this.peek();
    if (t.type !== 'eof') throw JqlError.syntax(`Expecting either 'OR' or 'AND' but got '${t.value}'.`, t.pos);
    return { where, orderBy };
  }

  private or(): Expr {
    let left = this.and();
    while (this.isWord('or')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.unary();
    while (this.isWord('and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', expr: this.unary() };
    }
    if (this.peek().type === 'lparen') {
      this.next();
      const inner = this.or();
      this.expect('rparen', "')'");
      return inner;
    }
    return this.clause();
  }

  private clause(): Clause {
    const t = this.next();
    if ((t.type !== 'word' && t.type !== 'string') || (t.type === 'word' && RESERVED_WORDS.has(t.value.toLowerCase()))) {
      if (t.type === 'eof') throw JqlError.syntax('Expecting a field name before the end of the query.');
      throw JqlError.syntax(`Expecting a field name but got '${t.value}'.`, t.pos);
    }
    const { op, pos: opPos } = this.operator();
    return { kind: 'clause', field: t.value, fieldPos: t.pos, op, opPos, operand: this.operand(op) };
  }

  private operator(): { op: Operator; pos: number } {
    const t = this.next();
    if (t.type === 'op') return { op: t.value as Operator, pos: t.pos };
    const word = t.type === 'word' ? t.value.toLowerCase() : '';
    if (word === 'in') return { op: 'in', pos: t.pos };
    if (word === 'is') {
      if (this.isWord('not')) {
        this.next();
        return { op: 'is not', pos: t.pos };
      }
      return { op: 'is', pos: t.pos };
    }
    if (word === 'not' && this.isWord('in')) {
      this.next();
      return { op: 'not in', pos: t.pos };
    }
    if (t.type === 'eof') throw JqlError.syntax(`Expecting operator before the end of the query. ${VALID_OPERATORS}`);
    throw JqlError.syntax(`Expecting operator but got '${t.value}'. ${VALID_OPERATORS}`, t.pos);
  }

  private operand(op: Operator): Operand {
    const t = this.peek();
    if (op === 'is' || op === 'is not') {
      this.next();
      if (t.type === 'word' && (t.value.toLowerCase() === 'empty' || t.value.toLowerCase() === 'null')) return { kind: 'empty', pos: t.pos };
      throw JqlError.syntax(`Expecting 'EMPTY' or 'NULL' but got '${t.value}'.`, t.pos);
    }
    if (t.type === 'lparen') {
      this.next();
      const items: ValueOperand[] = [this.value()];
      while (this.peek().type === 'comma') {
        this.next();
        items.push(this.value());
      }
      this.expect('rparen', "')'");
      return { kind: 'list', items, pos: t.pos };
    }
    if (t.type === 'word' && this.tokens[this.index + 1]?.type === 'lparen') {
      this.next();
      this.next();
      while (this.peek().type !== 'rparen' && this.peek().type !== 'eof') this.next();
      this.expect('rparen', "')'");
      return { kind: 'function', name: t.value, pos: t.pos };
    }
    if (t.type === 'word' && (t.value.toLowerCase() === 'empty' || t.value.toLowerCase() === 'null')) {
      this.next();
      return { kind: 'empty', pos: t.pos };
    }
    return this.value();
  }

  private value(): ValueOperand {
    const t = this.next();
    if (t.type === 'string') return { kind: 'value', text: t.value, quoted: true, pos: t.pos };
    if (t.type === 'word' && !RESERVED_WORDS.has(t.value.toLowerCase())) return { kind: 'value', text: t.value, quoted: false, pos: t.pos };
    if (t.type === 'eof') throw JqlError.syntax('Expecting either a value, list or function before the end of the query.');
    throw JqlError.syntax(
      `Expecting either a value, list or function but got '${t.value}'. You must surround '${t.value}' in quotation marks to use it as a value.`,
      t.pos,
    );
  }

  private orderBy(): SortKey[] {
    this.next();
    const by = this.next();
    if (by.type !== 'word' || by.value.toLowerCase() !== 'by') {
      throw JqlError.syntax(by.type === 'eof' ? "Expecting 'by' before the end of the query." : `Expecting 'by' but got '${by.value}'.`, by.pos);
    }
    const keys: SortKey[] = [];
    do {
      if (keys.length > 0) this.next();
      const f = this.next();
      if ((f.type !== 'word' && f.type !== 'string') || (f.type === 'word' && RESERVED_WORDS.has(f.value.toLowerCase()))) {
        throw JqlError.syntax(f.type === 'eof' ? 'Expecting a field name before the end of the query.' : `Expecting a field name but got '${f.value}'.`, f.pos);
      }
      let direction: SortKey['direction'] = null;
      if (this.isWord('asc') || this.isWord('desc')) direction = this.next().value.toLowerCase() as 'asc' | 'desc';
      keys.push({ field: f.value, pos: f.pos, direction });
    } while (this.peek().type === 'comma');
    if (keys.length > MAX_SORT_FIELDS) throw JqlError.syntax(`The ORDER BY clause can contain at most ${MAX_SORT_FIELDS} fields.`);
    return keys;
  }

  private expect(type: Token['type'], label: string): Token {
    const t = this.next();
    if (t.type === type) return t;
    if (t.type === 'eof') throw JqlError.syntax(`Expecting ${label} before the end of the query.`);
    throw JqlError.syntax(`Expecting ${label} but got '${t.value}'.`, t.pos);
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.type === 'word' && t.value.toLowerCase() === word;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { type: 'eof', value: '', pos: 0 };
  }

  private next(): Token {
    const t = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return t;
  }
}
