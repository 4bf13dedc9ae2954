import type { BoardNarrow } from '../contract/board';
import type { SquadConfig } from '../contract/squad-config';
import { jqlString } from '../jira/jql';
import { badRequest } from './app-error';

/**
 * The board's JQL: the squad's projects (and issue types), every item not in a Done-category
 * status, plus items in a status mapped to the last stage that changed within the done window
 * (the synced history then says whether they *reached* the last stage in it). Only projects the
 * viewer may browse are named: Jira refuses JQL naming a project the caller cannot see.
 */
export function boardJql(config: SquadConfig, browsable: readonly string[], order = true, narrow?: BoardNarrow): string {
  const projects = narrow === undefined ? browsable : narrowProjects(config, narrow, browsable);
  const last = config.stages[config.stages.length - 1]?.name ?? '';
  const lastIds = Object.values(config.statusMap).flatMap((map) => Object.entries(map).filter(([, s]) => s === last).map(([id]) => id));
  const types = config.issueTypes.length === 0 ? '' : ` AND issuetype in (${config.issueTypes.map(jqlString).join(', ')})`;
  const done = lastIds.length === 0 ? '' : ` OR (status in (${[...new Set(lastIds)].map(jqlString).join(', ')}) AND updated >= ${jqlString(`-${config.board.doneWindowDays}d`)})`;
  const filters = narrow === undefined ? '' : narrowJql(config, narrow);
  return `project in (${projects.map(jqlString).join(', ')})${types} AND (statusCategory != Done${done})${filters}${order ? ' ORDER BY created ASC' : ''}`;
}

const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]{1,9}-\d{1,9}$/;

/**
 * The quick filters as JQL clauses (each starting " AND "), only those JQL says exactly for this
 * squad: a filter left out here still applies in the browser, on a superset. Values within one
 * filter are alternatives, filters combine, as on the board.
 */
export function narrowJql(config: SquadConfig, n: BoardNarrow): string {
  const parts: string[] = [];
  const list = (values: readonly string[]): string => values.map(jqlString).join(', ');
  if (n.quickWins === true) parts.push(`labels = ${jqlString(config.quickWin.label)}`);
  if (n.issueTypes !== undefined && n.issueTypes.length > 0) parts.push(`issuetype in (${list(n.issueTypes)})`);
  const d = disciplineJql(config, n.disciplines ?? []);
  if (d !== null) parts.push(d);
  if (n.assignees !== undefined && n.assignees.length > 0) {
    const ids = n.assignees.filter((a): a is string => a !== null);
    const who = [...(ids.length > 0 ? [`assignee in (${list(ids)})`] : []), ...(n.assignees.includes(null) ? ['assignee is EMPTY'] : [])];
    parts.push(who.length === 1 ? (who[0] ?? '') : `(${who.join(' OR ')})`);
  }
  if (n.text !== undefined) {
    // Jira's text search reads + - & | ! ( ) { } [ ] ^ " ~ * ? : \ / and upper-case AND, OR, NOT as
    // operators: words only, lower-case (the search ignores case anyway).
    const plain = n.text.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ').replace(/\s+/g, ' ').trim();
    const clauses = [...(plain === '' ? [] : [`summary ~ ${jqlString(plain)}`]), ...(ISSUE_KEY.test(n.text) ? [`key = ${jqlString(n.text.toUpperCase())}`] : [])];
    if (clauses.length > 0) parts.push(clauses.length === 1 ? (clauses[0] ?? '') : `(${clauses.join(' OR ')})`);
  }
  return parts.map((p) => ` AND ${p}`).join('');
}

/** The rule's values (projects or labels) giving the chosen disciplines; null when JQL cannot say it exactly. */
function disciplineValues(config: SquadConfig, names: readonly string[]): string[] | null {
  if (names.length === 0) return null;
  const rule = config.discipline;
  if (rule.by !== 'project' && rule.by !== 'label') return null;
  const known = new Set(Object.values(rule.values));
  // A name the rule does not give (items with no discipline) cannot be said in JQL: keep the superset.
  if (names.some((n) => !known.has(n))) return null;
  return Object.entries(rule.values).filter(([, name]) => names.includes(name)).map(([value]) => value);
}

/** Disciplines by label as a JQL clause. */
function disciplineJql(config: SquadConfig, names: readonly string[]): string | null {
  const values = config.discipline.by === 'label' ? disciplineValues(config, names) : null;
  return values === null ? null : `labels in (${values.map(jqlString).join(', ')})`;
}

/**
 * The projects to ask about: with disciplines by project, only the browsable ones of the chosen
 * disciplines (naming a project the viewer cannot browse makes Jira refuse the query). Empty when
 * the filters leave none: the board is then empty without asking.
 */
export function narrowProjects(config: SquadConfig, narrow: BoardNarrow, browsable: readonly string[]): string[] {
  const values = config.discipline.by === 'project' ? disciplineValues(config, narrow.disciplines ?? []) : null;
  return values === null ? [...browsable] : browsable.filter((p) => values.includes(p));
}

/**
 * Where paging stands: Jira's token, how many items came before, and the projects the first page
 * found browsable (so every page asks Jira the same question). The cursor comes back from the
 * browser: projects outside the squad are refused, and Jira, asked as the viewer, answers only
 * what they may see whatever it says.
 */
export interface BoardCursor {
  token: string;
  loaded: number;
  projects: string[];
}

export function encodeCursor(c: BoardCursor): string {
  return Buffer.from(JSON.stringify([c.token, c.loaded, c.projects]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string, config: SquadConfig): BoardCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1]) && (value[1] as number) >= 0 && Array.isArray(value[2])) {
      const projects = value[2] as unknown[];
      if (projects.length > 0 && projects.every((p) => typeof p === 'string' && config.projects.includes(p))) {
        return { token: value[0], loaded: value[1] as number, projects: projects as string[] };
      }
    }
  } catch {
    // falls through to the refusal
  }
  throw badRequest('The board page cursor is not one this board handed out; reload the board', [{ path: 'cursor', message: 'unknown cursor' }]);
}
