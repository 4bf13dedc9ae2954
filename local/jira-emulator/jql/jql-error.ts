/**
 * A JQL problem, worded as Jira words it. `syntax` errors carry Jira's "Error in the JQL Query:"
 * prefix and a position; semantic ones (unknown values, operators) are plain sentences, as in Jira.
 */
export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }

  static syntax(detail: string, position?: number): JqlError {
    const where = position === undefined ? '' : ` (line 1, character ${position})`;
    return new JqlError(`Error in the JQL Query: ${detail}${where}`);
  }
}
