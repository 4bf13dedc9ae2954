import type { ResolverContext } from '../contract/context';
import { JiraClient } from '../jira/jira-client';
import type { ResolverDeps } from './deps';

/** Resolvers must answer within Forge's 25 s: stop starting retry waits well before that. */
const RESOLVER_BUDGET_MS = 20_000;

/** A Jira client acting as the calling user, with a resolver's time budget. */
export function userJira(ctx: ResolverContext, deps: ResolverDeps): JiraClient {
  return new JiraClient(deps.jira.asUser(ctx.accountId), {
    deadlineMs: deps.clock.nowMs() + RESOLVER_BUDGET_MS,
    maxWaitMs: 5_000,
    clock: deps.clock,
  });
}
