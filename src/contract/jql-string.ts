/** Line breaks and tabs are written as JQL's escapes, so a literal never spans lines. */
const JQL_ESCAPES: Readonly<Record<string, string>> = { '\n': 'n', '\r': 'r', '\t': 't' };

/**
 * A JQL string literal. Values are validated before they get here (project keys, numeric IDs), but
 * quoting keeps reserved words (a project keyed `IN` or `OR`) from being read as JQL, and escaping
 * keeps a stray quote or backslash from ending the literal. In the contract so the UI's links to
 * Jira's issue search quote exactly as the server's searches do.
 *
 * @example `project = ${jqlString('MKT')}` // project = "MKT"
 */
export function jqlString(value: string): string {
  return `"${value.replace(/["\\\n\r\t]/g, (c) => `\\${JQL_ESCAPES[c] ?? c}`)}"`;
}

