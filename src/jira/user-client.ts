import type { Clock } from '../ports/clock';
import type { JiraHttpFactory } from '../ports/jira-http';
import { JiraClient } from './jira-client';

/** Resolvers must answer within Forge's 25 s: stop starting retry waits well before that. */
const RESOLVER_BUDGET_MS = 20_000;
/** A resolver waits out at most this much of a `Retry-After`; longer answers RATE_LIMITED. */
const RESOLVER_MAX_WAIT_MS = 5_000;

/**
 * A Jira client acting as `accountId` inside a resolver: retries stop within the resolver's time
 * budget, counted from now.
 */
export function userClientForResolver(jira: JiraHttpFactory, accountId: string, clock: Clock): JiraClient {
  return new JiraClient(jira.asUser(accountId), { clock, deadlineMs: clock.nowMs() + RESOLVER_BUDGET_MS, maxWaitMs: RESOLVER_MAX_WAIT_MS });
}
