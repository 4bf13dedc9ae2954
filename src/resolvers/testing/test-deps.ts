import type { JiraHttp } from '../../ports/jira-http';
import { silentLogger } from '../../ports/logger';
import { MemoryStore } from '../../store/memory-store';
import type { ResolverDeps } from '../deps';

const noJira: JiraHttp = { request: () => Promise.reject(new Error('no Jira in this test')) };

/**
 * ResolverDeps for unit tests: an in-memory store, a queue that accepts everything, a fixed clock,
 * no logs, and a Jira per account (`jiraAs`; the app account is "app") — each part replaceable.
 */
export function testResolverDeps(options: Partial<Omit<ResolverDeps, 'jira'>> & { jiraAs?: (accountId: string) => JiraHttp } = {}): ResolverDeps {
  const { jiraAs = () => noJira, ...rest } = options;
  return {
    jira: { asUser: (accountId) => jiraAs(accountId), asApp: () => jiraAs('app') },
    store: new MemoryStore(),
    queue: { push: () => Promise.resolve() },
    clock: { nowMs: () => 1_000 },
    log: silentLogger,
    mode: 'emulator',
    version: 'test',
    ...rest,
  };
}
