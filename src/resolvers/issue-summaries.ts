import type { ResolverContext } from '../contract/context';
import type { IssueSummaryDto } from '../contract/issue-summaries';
import { searchSummaries } from '../jira/issue-summaries';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { JiraResponseError } from '../jira/errors';
import { malformedJiraAnswer, projectAccess, projectOfIssueKey, squadFitsModule, squadNotFound, viewerOf, withSquadErrors } from '../squad-view';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';

/**
 * `metrics.summaries`: the speed-metrics panel's tooltips name each item by its summary, which is
 * issue text and never stored (DESIGN §3a). It is read live as the viewer, only for keys of the
 * squad's projects the viewer may browse, so Jira itself leaves out every issue they may not see.
 */
export function issueSummariesResolvers(): ResolverGroup<'metrics.summaries'> {
  return {
    'metrics.summaries': defineResolver('metrics.summaries', (q, ctx, deps) => withSquadErrors(() => summariesOf(q.squadId, q.keys, ctx, deps))),
  };
}

async function summariesOf(squadId: string, keys: readonly string[], ctx: ResolverContext, deps: ResolverDeps): Promise<{ summaries: IssueSummaryDto[] }> {
  const config = await new SquadConfigRepo(deps.store).get(squadId);
  if (config === undefined || !squadFitsModule(ctx, config)) throw squadNotFound(squadId);
  const viewer = viewerOf(deps, ctx.accountId);
  const { visible } = await projectAccess(deps, viewer, config.projects);
  if (visible.length === 0) throw squadNotFound(squadId);
  // Keys of other projects (or of projects the viewer cannot browse) are not asked about at all.
  const asked = [...new Set(keys)].filter((k) => visible.includes(projectOfIssueKey(k) ?? ''));
  let found: Map<string, string>;
  try {
    found = await searchSummaries(viewer.jira, visible, asked);
  } catch (err) {
    // A malformed page is not "no summaries": the panel says they could not be read.
    if (err instanceof JiraResponseError) throw malformedJiraAnswer(err, 'Issue summaries could not be read: Jira answered the search in an unexpected form. Try again later.');
    throw err;
  }
  return { summaries: asked.filter((k) => found.has(k)).map((key) => ({ key, summary: found.get(key) ?? '' })) };
}
