import type { ResolverContext } from '../contract/context';
import type { JiraClient } from '../jira/jira-client';
import { userClientForResolver } from '../jira/user-client';
import type { ResolverDeps } from './deps';

/** A Jira client acting as the calling user, with a resolver's time budget. */
export function userJira(ctx: ResolverContext, deps: ResolverDeps): JiraClient {
  return userClientForResolver(deps.jira, ctx.accountId, deps.clock);
}
