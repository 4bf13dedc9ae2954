import type { JiraHttpFactory } from '../ports/jira-http';
import type { KeyValueStore } from '../ports/key-value-store';
import type { JobQueue } from '../ports/job-queue';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';

/** Everything a resolver may touch; Forge and the local harness each build one of these. */
export interface ResolverDeps {
  jira: JiraHttpFactory;
  store: KeyValueStore;
  queue: JobQueue;
  clock: Clock;
  log: Logger;
  mode: 'forge' | 'emulator' | 'site';
  version: string;
}
