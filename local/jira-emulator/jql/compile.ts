import type { IssueRecord } from '../../demo-data';
import type { Expr, JqlQuery } from './ast';
import { clauseProjectScope, compileClause, type Matcher } from './clause';
import type { JqlContext } from './context';
import { JqlError } from './jql-error';
import { compileOrder, type IssueComparator } from './order';
import { parseJql } from './parse';

export interface CompiledJql {
  matches: (issue: IssueRecord) => boolean;
  compare: IssueComparator;
  /**
   * Project keys every match lies in, or null when the query is not confined by project. Lets a
   * search look only at those projects' issues (as Jira answers from its index), with the same result.
   */
  projects: ReadonlySet<string> | null;
}

/** Parsed queries by JQL text: the read side sends the same few queries on every view. */
const parsed = new Map<string, JqlQuery>();
const PARSE_CACHE_SIZE = 512;

function parseCached(jql: string): JqlQuery {
  const hit = parsed.get(jql);
  if (hit !== undefined) return hit;
  const query = parseJql(jql); // syntax errors throw and are not cached
  parsed.set(jql, query);
  if (parsed.size > PARSE_CACHE_SIZE) parsed.delete(parsed.keys().next().value ?? '');
  return query;
}

/**
 * Parses and checks a JQL query against the user's view of the site. Throws `JqlError` with
 * Jira's wording for syntax errors, unknown values, and anything the emulator does not support.
 * Search requires a bounded query (a WHERE part), as Jira's enhanced search does. Only the parse
 * is cached: values resolve against each user's view and relative dates against the clock.
 */
export function compileJql(jql: string, ctx: JqlContext): CompiledJql {
  const query = parseCached(jql);
  if (query.where === null) {
    throw new JqlError('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  return { matches: compileExpr(query.where, ctx), compare: compileOrder(query.orderBy), projects: projectScope(query.where, ctx) };
}

function projectScope(expr: Expr, ctx: JqlContext): ReadonlySet<string> | null {
  switch (expr.kind) {
    case 'clause':
      return clauseProjectScope(expr, ctx);
    case 'not':
      return null;
    case 'and': {
      const left = projectScope(expr.left, ctx);
      const right = projectScope(expr.right, ctx);
      if (left === null || right === null) return left ?? right;
      return new Set([...left].filter((k) => right.has(k)));
    }
    case 'or': {
      const left = projectScope(expr.left, ctx);
      const right = projectScope(expr.right, ctx);
      return left === null || right === null ? null : new Set([...left, ...right]);
    }
  }
}

function compileExpr(expr: Expr, ctx: JqlContext): Matcher {
  switch (expr.kind) {
    case 'clause':
      return compileClause(expr, ctx);
    case 'not': {
      const inner = compileExpr(expr.expr, ctx);
      return (i) => !inner(i);
    }
    case 'and': {
      const left = compileExpr(expr.left, ctx);
      const right = compileExpr(expr.right, ctx);
      return (i) => left(i) && right(i);
    }
    case 'or': {
      const left = compileExpr(expr.left, ctx);
      const right = compileExpr(expr.right, ctx);
      return (i) => left(i) || right(i);
    }
  }
}
