import { statusById, type IssueRecord } from '../../demo-data';
import type { Clause, Operand, Operator, ValueOperand } from './ast';
import type { JqlContext } from './context';
import { parseJqlDate } from './dates';
import { JqlError } from './jql-error';
import { KNOWN_UNSUPPORTED_FIELDS } from './known-fields';
import { resolveId, resolveIssueType, resolveKey, resolveProject, resolveResolution, resolveStatus, resolveStatusCategory } from './values';

export type Matcher = (issue: IssueRecord) => boolean;

type Value = string | null;
interface EqualityField {
  kind: 'equality';
  ops: readonly Operator[];
  get(issue: IssueRecord): Value;
  resolve(v: ValueOperand, ctx: JqlContext): Value | Value[];
}
interface LabelsField {
  kind: 'labels';
  ops: readonly Operator[];
}
interface DateField {
  kind: 'date';
  ops: readonly Operator[];
  getMs: (issue: IssueRecord) => number;
}
/** A text field searched with `~`: Jira's full-text match, approximated (see textMatcher). */
interface TextField {
  kind: 'text';
  ops: readonly Operator[];
  get(issue: IssueRecord): string;
}
type FieldHandler = EqualityField | LabelsField | DateField | TextField;

const EQ: readonly Operator[] = ['=', '!=', 'in', 'not in'];
const EQ_EMPTY: readonly Operator[] = [...EQ, 'is', 'is not'];
const DATE_OPS: readonly Operator[] = ['=', '!=', '>', '>=', '<', '<='];

const FIELDS: Readonly<Record<string, FieldHandler>> = {
  project: { kind: 'equality', ops: EQ, get: (i) => i.projectKey, resolve: resolveProject },
  status: { kind: 'equality', ops: EQ, get: (i) => i.statusId, resolve: resolveStatus },
  statuscategory: { kind: 'equality', ops: EQ, get: (i) => statusById(i.statusId).category, resolve: (v) => resolveStatusCategory(v) },
  issuetype: { kind: 'equality', ops: EQ, get: (i) => i.issueTypeId, resolve: resolveIssueType },
  resolution: { kind: 'equality', ops: EQ_EMPTY, get: (i) => i.resolutionId, resolve: resolveResolution },
  key: { kind: 'equality', ops: EQ, get: (i) => i.id, resolve: resolveKey },
  id: { kind: 'equality', ops: EQ, get: (i) => i.id, resolve: (v) => resolveId(v) },
  labels: { kind: 'labels', ops: EQ_EMPTY },
  // Jira checks that the user exists; the emulator takes any account ID (none matches a stranger).
  assignee: { kind: 'equality', ops: EQ_EMPTY, get: (i) => i.assigneeAccountId, resolve: (v) => v.text },
  summary: { kind: 'text', ops: ['~', '!~'], get: (i) => i.summary },
  created: { kind: 'date', ops: DATE_OPS, getMs: (i) => i.createdMs },
  updated: { kind: 'date', ops: DATE_OPS, getMs: (i) => i.updatedMs },
};
const ALIASES: Readonly<Record<string, string>> = { type: 'issuetype', issuekey: 'key', createddate: 'created', updateddate: 'updated', label: 'labels' };
export const SUPPORTED_FIELDS = 'project, status, statusCategory, labels, issuetype, resolution, key, id, assignee, summary, created, updated';

/** The canonical field name for a name as written, or an error naming what is unsupported. */
export function canonicalField(name: string, pos: number): string {
  const lower = name.toLowerCase();
  const canonical = ALIASES[lower] ?? lower;
  if (FIELDS[canonical] !== undefined) return canonical;
  if (KNOWN_UNSUPPORTED_FIELDS.has(lower) || /^customfield_\d+$/.test(lower)) {
    throw JqlError.syntax(`The Jira emulator does not support searching by the field '${name}'. Supported fields: ${SUPPORTED_FIELDS}.`, pos);
  }
  throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

/** Compiles one `field operator operand` clause into a predicate, checking values as Jira does. */
export function compileClause(clause: Clause, ctx: JqlContext): Matcher {
  const name = canonicalField(clause.field, clause.fieldPos);
  const handler = FIELDS[name];
  if (handler === undefined || !handler.ops.includes(clause.op)) {
    throw new JqlError(`The operator '${clause.op.toUpperCase()}' is not supported by the '${clause.field}' field.`);
  }
  const values = operandValues(clause);
  if (handler.kind === 'date') {
    const [first] = values;
    if (first === undefined || first === null) throw new JqlError(`The operator '${clause.op}' does not support the value EMPTY for field '${clause.field}'.`);
    return dateMatcher(clause.op, handler.getMs, parseJqlDate(first.text, clause.field, ctx.nowMs, ctx.timeZone));
  }
  if (handler.kind === 'text') {
    const [first] = values;
    if (first === undefined || first === null) throw new JqlError(`The operator '${clause.op}' does not support the value EMPTY for field '${clause.field}'.`);
    const match = textMatcher(handler.get, first.text);
    return clause.op === '~' ? match : (i) => !match(i);
  }
  if (handler.kind === 'labels') return labelsMatcher(clause.op, values.map((v) => (v === null ? null : v.text)));
  const wanted = new Set<Value>();
  for (const v of values) {
    const resolved = v === null ? null : handler.resolve(v, ctx);
    for (const r of Array.isArray(resolved) ? resolved : [resolved]) wanted.add(r);
  }
  const get = handler.get;
  switch (clause.op) {
    case '=':
    case 'in':
    case 'is':
      return (i) => wanted.has(get(i));
    default:
      return (i) => {
        const value = get(i);
        return clause.op === 'is not' ? value !== null : value !== null && !wanted.has(value);
      };
  }
}

/**
 * The project keys a clause confines matches to (`project = X`, `project in (...)`), or null when it
 * does not confine them by project. Call after `compileClause` accepted the clause.
 */
export function clauseProjectScope(clause: Clause, ctx: JqlContext): ReadonlySet<string> | null {
  if (canonicalField(clause.field, clause.fieldPos) !== 'project' || (clause.op !== '=' && clause.op !== 'in')) return null;
  const keys = new Set<string>();
  for (const v of operandValues(clause)) if (v !== null) keys.add(resolveProject(v, ctx));
  return keys;
}

/** The operand as a list of values (null for EMPTY), checking it fits the operator. */
function operandValues(clause: Clause): Array<ValueOperand | null> {
  const o: Operand = clause.operand;
  const list = clause.op === 'in' || clause.op === 'not in';
  if (o.kind === 'function') {
    throw JqlError.syntax(`The Jira emulator does not support the function '${o.name}'. Use literal values instead.`, o.pos);
  }
  if (list && o.kind !== 'list') throw new JqlError(`The operator '${clause.op.toUpperCase()}' requires a list of values in parentheses for field '${clause.field}'.`);
  if (!list && o.kind === 'list') throw new JqlError(`The operator '${clause.op}' does not support a list of values for field '${clause.field}'.`);
  if (o.kind === 'list') return o.items;
  return [o.kind === 'empty' ? null : o];
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/**
 * Jira's `summary ~ "…"` as the emulator approximates it: every word of the query starts a word of
 * the summary, in any order, case-insensitive (Jira adds stemming and relevance, not modelled).
 */
function textMatcher(get: (issue: IssueRecord) => string, query: string): Matcher {
  const wanted = words(query);
  return (i) => {
    const have = words(get(i));
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  };
}

function labelsMatcher(op: Operator, wanted: Array<string | null>): Matcher {
  const set = new Set(wanted.filter((w): w is string => w !== null));
  const emptyWanted = wanted.includes(null);
  switch (op) {
    case 'is':
      return (i) => i.labels.length === 0;
    case 'is not':
      return (i) => i.labels.length > 0;
    case '=':
    case 'in':
      return (i) => (emptyWanted && i.labels.length === 0) || i.labels.some((l) => set.has(l));
    default:
      // Jira's != and NOT IN never match issues without labels.
      return (i) => i.labels.length > 0 && !i.labels.some((l) => set.has(l));
  }
}

const MINUTE_MS = 60_000;

function dateMatcher(op: Operator, getMs: (i: IssueRecord) => number, valueMs: number): Matcher {
  switch (op) {
    case '>':
      return (i) => getMs(i) > valueMs;
    case '>=':
      return (i) => getMs(i) >= valueMs;
    case '<':
      return (i) => getMs(i) < valueMs;
    case '<=':
      return (i) => getMs(i) <= valueMs;
    case '=':
      return (i) => Math.floor(getMs(i) / MINUTE_MS) === Math.floor(valueMs / MINUTE_MS);
    default:
      return (i) => Math.floor(getMs(i) / MINUTE_MS) !== Math.floor(valueMs / MINUTE_MS);
  }
}
