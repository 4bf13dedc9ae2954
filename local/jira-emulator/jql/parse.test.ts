import { parseJql } from './parse';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits words, operators, quoted strings with escapes, and keeps 1-based positions', () => {
    expect(tokenize('summary ~ "a \\"b\\"" AND x!=-7d')).toEqual([
      { type: 'word', value: 'summary', pos: 1 },
      { type: 'op', value: '~', pos: 9 },
      { type: 'string', value: 'a "b"', pos: 11 },
      { type: 'word', value: 'AND', pos: 21 },
      { type: 'word', value: 'x', pos: 25 },
      { type: 'op', value: '!=', pos: 26 },
      { type: 'word', value: '-7d', pos: 28 },
      { type: 'eof', value: '', pos: 31 },
    ]);
  });

  it('reads single quotes and \\u escapes', () => {
    expect(tokenize("labels = 'it''s'")[2]).toEqual({ type: 'string', value: 'it', pos: 10 });
    expect(tokenize('labels = "\\u0025off"')[2]?.value).toBe('%off');
  });

  it('names reserved characters and unfinished strings the way Jira does', () => {
    expect(() => tokenize('labels = 50%')).toThrow(
      "Error in the JQL Query: The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 12)",
    );
    expect(() => tokenize('status = "In Prog')).toThrow("Error in the JQL Query: The quoted string 'In Prog' has not been completed. (line 1, character 10)");
    expect(() => tokenize('labels = "a\\qb"')).toThrow("Illegal escape sequence '\\q'");
  });
});

describe('parseJql', () => {
  it('gives AND precedence over OR and honours parentheses and NOT', () => {
    const q = parseJql('project = MKT OR project = IT AND NOT (labels is EMPTY)');
    expect(q.where).toMatchObject({
      kind: 'or',
      left: { kind: 'clause', field: 'project', op: '=', operand: { kind: 'value', text: 'MKT' } },
      right: {
        kind: 'and',
        left: { kind: 'clause', field: 'project', operand: { text: 'IT' } },
        right: { kind: 'not', expr: { kind: 'clause', field: 'labels', op: 'is', operand: { kind: 'empty' } } },
      },
    });
  });

  it('reads lists, NOT IN, IS NOT, functions and ORDER BY with directions', () => {
    const q = parseJql('status not in ("In Progress", 10001) and labels is not empty and assignee = currentUser() order by updated DESC, key');
    expect(q.orderBy).toEqual([
      { field: 'updated', pos: 100, direction: 'desc' },
      { field: 'key', pos: 114, direction: null },
    ]);
    expect(JSON.stringify(q.where)).toContain('"op":"not in"');
    expect(JSON.stringify(q.where)).toContain('"op":"is not"');
    expect(JSON.stringify(q.where)).toContain('{"kind":"function","name":"currentUser","pos":77}');
  });

  it('allows a query that is only ORDER BY (search refuses it as unbounded later)', () => {
    expect(parseJql('ORDER BY key DESC')).toEqual({ where: null, orderBy: [{ field: 'key', pos: 10, direction: 'desc' }] });
  });

  it.each([
    ['project MKT', "Error in the JQL Query: Expecting operator but got 'MKT'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)"],
    ['project =', 'Error in the JQL Query: Expecting either a value, list or function before the end of the query.'],
    ['project = MKT status = Idea', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)"],
    ['(project = MKT', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['project in (MKT, IT', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['project = AND', "Error in the JQL Query: Expecting either a value, list or function but got 'AND'. You must surround 'AND' in quotation marks to use it as a value. (line 1, character 11)"],
    ['labels is quick-win', "Error in the JQL Query: Expecting 'EMPTY' or 'NULL' but got 'quick-win'. (line 1, character 11)"],
    ['project = MKT ORDER key', "Error in the JQL Query: Expecting 'by' but got 'key'. (line 1, character 21)"],
    ['AND project = MKT', "Error in the JQL Query: Expecting a field name but got 'AND'. (line 1, character 1)"],
  ])('refuses %s', (jql, message) => {
    expect(() => parseJql(jql)).toThrow(message);
  });

  it('allows at most 7 ORDER BY fields', () => {
    expect(() => parseJql('project = MKT ORDER BY key, id, created, updated, key, id, created, updated')).toThrow(
      'Error in the JQL Query: The ORDER BY clause can contain at most 7 fields.',
    );
  });
});
