import type { SquadConfig } from '../contract/squad-config';
import { jqlString } from '../jira/jql';
import { badRequest } from './app-error';

/**
 * The board's JQL: the squad's projects (and issue types), every item not in a Done-category
 * status, plus items in a status mapped to the last stage that changed within the done window
 * (the synced history then says whether they *reached* the last stage in it). Only projects the
 * viewer may browse are named: Jira refuses JQL naming a project the caller cannot see.
 */
export function boardJql(config: SquadConfig, projects: readonly string[], order = true): string {
  const last = config.stages[config.stages.length - 1]?.name ?? '';
  const lastIds = Object.values(config.statusMap).flatMap((map) => Object.entries(map).filter(([, s]) => s === last).map(([id]) => id));
  const types = config.issueTypes.length === 0 ? '' : ` AND issuetype in (${config.issueTypes.map(jqlString).join(', ')})`;
  const done = lastIds.length === 0 ? '' : ` OR (status in (${[...new Set(lastIds)].map(jqlString).join(', ')}) AND updated >= ${jqlString(`-${config.board.doneWindowDays}d`)})`;
  return `project in (${projects.map(jqlString).join(', ')})${types} AND (statusCategory != Done${done})${order ? ' ORDER BY created ASC' : ''}`;
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
