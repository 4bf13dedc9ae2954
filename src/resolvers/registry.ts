import type { ResolverContext } from '../contract/context';
import type { FunctionKey } from '../contract/functions';
import type { ResolverResult } from '../contract/result';
import type { ResolverDeps } from './deps';
import type { Resolver, WrappedResolver } from './define-resolver';
import { systemResolvers } from './system';
import { squadReadResolvers } from './squads-read';
import { squadSetupResolvers } from './squads-setup';
import { squadWriteResolvers } from './squads-write';
import { metricsResolvers } from './metrics';
import { metricsPageResolvers } from './metrics-page';
import { syncStatusResolvers } from './sync-status';
import { portfolioResolvers } from './portfolio';
import { boardResolvers } from './board';
import { boardPageResolvers } from './board-page';
import { issueSummariesResolvers } from './issue-summaries';

/** Every contract key bound to its one resolver. */
export type ResolverTable = { readonly [K in FunctionKey]: Resolver<K> };

/** Keys that occur in more than one group: `never` when every key is bound exactly once. */
type Overlap<Groups extends readonly object[], Seen = never> = Groups extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? (keyof Head & Seen) | Overlap<Rest, Seen | keyof Head>
  : never;

/**
 * All resolvers by function key. Forge (src/index.ts) and the local harness both build their
 * handlers from this one map, so they run the very same code. Each feature adds one group here;
 * the compiler refuses a key bound twice (`Overlap`), a key left unbound or one the contract lacks
 * (`ResolverTable`).
 */
export function allResolvers(): ResolverTable {
  const groups = [systemResolvers(), squadReadResolvers(), squadWriteResolvers(), squadSetupResolvers(), metricsResolvers(), metricsPageResolvers(), syncStatusResolvers(), portfolioResolvers(), boardResolvers(), boardPageResolvers(), issueSummariesResolvers()] as const;
  const exactlyOnce: [Overlap<typeof groups>] extends [never] ? true : { boundTwice: Overlap<typeof groups> } = true;
  void exactlyOnce;
  const [system, squadRead, squadWrite, squadSetup, metrics, metricsPage, sync, portfolio, board, boardPage, summaries] = groups;
  return { ...system, ...squadRead, ...squadWrite, ...squadSetup, ...metrics, ...metricsPage, ...sync, ...portfolio, ...board, ...boardPage, ...summaries };
}

/** Runs one resolver by key; an unknown key is an error answer, not a throw. */
export async function invokeResolver(
  resolvers: Readonly<Partial<Record<string, WrappedResolver>>>,
  functionKey: string,
  payload: unknown,
  ctx: ResolverContext,
  deps: ResolverDeps,
): Promise<ResolverResult<unknown>> {
  const resolver = Object.hasOwn(resolvers, functionKey) ? resolvers[functionKey] : undefined;
  if (!resolver) {
    return { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: `No resolver named "${functionKey}". Known: ${Object.keys(resolvers).sort().join(', ')}` } };
  }
  return resolver(payload, ctx, deps);
}
