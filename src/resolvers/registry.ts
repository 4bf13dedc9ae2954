import type { ResolverContext } from '../contract/context';
import type { ResolverResult } from '../contract/result';
import type { ResolverDeps } from './deps';
import type { WrappedResolver } from './define-resolver';
import { systemResolvers } from './system';
import { squadResolvers } from './squads';
import { metricsResolvers } from './metrics';
import { syncStatusResolvers } from './sync-status';

/**
 * All resolvers by function key. Forge (src/index.ts) and the local harness both build their
 * handlers from this one map, so they run the very same code. Each feature adds one spread line.
 */
export function allResolvers(): Record<string, WrappedResolver> {
  return {
    ...systemResolvers(),
    ...squadResolvers(),
    ...metricsResolvers(),
    ...syncStatusResolvers(),
  };
}

/** Runs one resolver by key; an unknown key is an error answer, not a throw. */
export async function invokeResolver(
  resolvers: Record<string, WrappedResolver>,
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
