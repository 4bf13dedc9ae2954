import pLimit from 'p-limit';
import type { BoardQuickWinDto, BoardQuickWinResultDto } from '../contract/board';
import type { ResolverContext } from '../contract/context';
import type { SquadConfig } from '../contract/squad-config';
import { JiraHttpError } from '../jira/errors';
import { getIssue } from '../jira/get-issue';
import { editLabel } from '../jira/labels';
import { getMyProjectPermissions } from '../jira/my-permissions';
import type { ResolverDeps } from './deps';
import { userJira } from './squads-jira';

/**
 * `board.quickWin`: adds or removes the squad's quick-win label, as the viewer, on each issue that
 * they can see, that is on this squad's board and whose project they may edit (checked server side
 * before writing). One result per issue; one failure does not stop the others.
 */
export async function boardQuickWin(config: SquadConfig, p: { issueKeys: string[]; action: 'add' | 'remove' }, ctx: ResolverContext, deps: ResolverDeps): Promise<BoardQuickWinDto> {
  const user = userJira(ctx, deps);
  const keys = [...new Set(p.issueKeys)];
  const limit = pLimit(4);
  const issues = await Promise.all(keys.map((k) => limit(() => getIssue(user, k, ['project', 'labels', 'status', 'created']))));
  const projects = [...new Set(issues.flatMap((i) => (i === undefined ? [] : [i.fields.project.key])))].filter((k) => config.projects.includes(k));
  const perms = await getMyProjectPermissions(user, projects, ['EDIT_ISSUES']);
  const label = config.quickWin.label;
  const results = await Promise.all(
    keys.map((key, n) =>
      limit(async (): Promise<BoardQuickWinResultDto> => {
        const issue = issues[n];
        if (issue === undefined || !config.projects.includes(issue.fields.project.key)) {
          return { issueKey: key, ok: false, message: `${key} does not exist, you cannot see it, or it is not on this squad's board` };
        }
        if (perms[issue.fields.project.key]?.EDIT_ISSUES !== true) return { issueKey: key, ok: false, message: `You may not edit issues in ${issue.fields.project.key}` };
        try {
          await editLabel(user, issue.key, p.action, label);
          return { issueKey: issue.key, ok: true, message: null };
        } catch (err) {
          if (err instanceof JiraHttpError && err.status < 500) return { issueKey: key, ok: false, message: err.detail === '' ? 'Jira refused the change.' : err.detail };
          throw err;
        }
      }),
    ),
  );
  return { label, action: p.action, results };
}
