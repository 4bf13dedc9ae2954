import Resolver from '@forge/resolver';
import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { forgeJiraHttp } from './jira/forge-transport';
import { systemClock } from './ports/clock';
import { consoleLogger } from './ports/logger';
import type { ResolverDeps } from './resolvers/deps';
import { toResolverContext } from './resolvers/forge-context';
import { allResolvers } from './resolvers/registry';
import { ForgeKvsStore } from './store/forge-kvs-store';
import { ForgeQueue } from './sync/forge-queue';
import type { SyncDeps } from './sync/sync-deps';
import { warmSquadAnswers } from './squad-view';
import { handleIssueEvent, handleJob, runReconcile } from './sync/handle-job';
import { runWarmAhead } from './sync/warm-ahead';

/**
 * Forge wiring only: the handlers named in manifest.yml. Dependencies are built per invocation
 * (they hold no tenant data: a warm process may serve several sites).
 */
const APP_VERSION = '0.1.0';
/** Forge accepts a retry delay of at most 15 minutes. */
const MAX_RETRY_AFTER_SECONDS = 900;

function deps(): ResolverDeps {
  return { jira: forgeJiraHttp, store: new ForgeKvsStore(), queue: new ForgeQueue(), clock: systemClock, log: consoleLogger, mode: 'forge', version: APP_VERSION };
}

/** Background work's deps: the resolvers' plus warming the answer cache after data changes (the sync cannot import the read side). */
function syncDeps(): SyncDeps {
  const d = deps();
  return { ...d, warmAnswers: (squadId, options) => warmSquadAnswers(d, squadId, options) };
}

const resolver = new Resolver();
for (const [key, run] of Object.entries(allResolvers())) {
  resolver.define(key, async (req: { payload: unknown; context: unknown }) => {
    const ctx = toResolverContext(req.context);
    if (ctx === null) return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sign in to Jira to use SquadFlow.' } };
    return run(req.payload, ctx, deps());
  });
}

/** `index.resolverHandler`: every Custom UI `invoke`, through the same resolvers as the local harness. */
export const resolverHandler = resolver.getDefinitions();

/** `index.issueEventHandler`: avi:jira:created|updated|deleted:issue. */
export async function issueEventHandler(event: unknown): Promise<void> {
  await handleIssueEvent(syncDeps(), event);
}

/** `index.reconcileHandler`: the hourly scheduled trigger (it may fire twice; a lease makes that harmless). */
export async function reconcileHandler(): Promise<void> {
  await runReconcile(syncDeps());
}

/**
 * `index.warmAheadHandler`: the five-minute scheduled trigger. In a time bucket's last five minutes
 * it queues warms of every published squad's first answers as of the next bucket (src/sync/warm-ahead.ts).
 */
export async function warmAheadHandler(): Promise<void> {
  await runWarmAhead(syncDeps());
}

/** `index.syncConsumerHandler`: one sync job; rate limits and busy squads come back via InvocationError. */
export async function syncConsumerHandler(event: AsyncEvent): Promise<InvocationError | undefined> {
  const body = event.body;
  const job = { kind: typeof body['kind'] === 'string' ? body['kind'] : '', payload: (body['payload'] ?? {}) as Record<string, unknown> };
  const outcome = await handleJob(syncDeps(), job);
  if (outcome.status === 'done') return undefined;
  return new InvocationError({
    retryAfter: Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(outcome.retryAfterMs / 1000))),
    retryReason: outcome.reason === 'jira-quota' || outcome.reason === 'rate-limited' ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
  });
}
