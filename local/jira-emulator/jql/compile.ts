import type { IssueRecord } from '../../demo-data';
import type { Expr } from './ast';
import { compileClause, type Matcher } from './clause';
import type { JqlContext } from './context';
import { JqlError } from './jql-error';
import { compileOrder, type IssueComparator } from './order';
import { parseJql } from './parse';

export interface CompiledJql {
  matches: (issue: IssueRecord) => boolean;
  compare: IssueComparator;
}

/**
 * Parses and checks a JQL query against the user's view of the site. Throws `JqlError` with
 * Jira's wording for syntax errors, unknown values, and anything the emulator does not support.
 * Search requires a bounded query (a WHERE part), as Jira's enhanced search does.
 */
export function compileJql(jql: string, ctx: JqlContext): CompiledJql {
  const query = parseJql(jql);
  if (query.where === null) {
    throw new JqlError('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  return { matches: compileExpr(query.where, ctx), compare: compileOrder(query.orderBy) };
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
