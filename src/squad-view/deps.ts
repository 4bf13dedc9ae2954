import type { JiraClient } from '../jira/jira-client';
import { userClientForResolver } from '../jira/user-client';
import { JiraClient as Client } from '../jira/jira-client';
import type { Clock } from '../ports/clock';
import type { JiraHttpFactory } from '../ports/jira-http';
import type { KeyValueStore } from '../ports/key-value-store';

/**
 * What the read side needs, and nothing more: storage, a clock, and Jira as the viewer or the app.
 * Resolver dependencies satisfy it as they are; so does anything else that can read a squad.
 */
export interface SquadViewDeps {
  store: KeyValueStore;
  clock: Clock;
  jira: JiraHttpFactory;
}

/** One caller of one request: Jira as them, within a resolver's time budget. Never stored. */
export interface Viewer {
  readonly jira: JiraClient;
}

export function viewerOf(deps: SquadViewDeps, accountId: string): Viewer {
  return { jira: userClientForResolver(deps.jira, accountId, deps.clock) };
}

/** Jira as the app: only for facts that are the same for everyone (project IDs). */
export function appJira(deps: SquadViewDeps): JiraClient {
  return new Client(deps.jira.asApp(), { clock: deps.clock, maxWaitMs: 5_000 });
}
