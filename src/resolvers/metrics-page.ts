import type { ResolverContext } from '../contract/context';
import { metricsQueryPayload } from '../contract/metrics-query';
import type { MetricsPageDto } from '../contract/metrics-page';
import { fromProjectSettings } from '../contract/modules';
import { withSquadErrors } from '../squad-view';
import { notFound } from './app-error';
import { defineResolver, wrapHandler, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { metricsOf, type AskedAlready } from './metrics';
import { firstViewOf } from './page-first-view';
import { detailOf } from './squads-read';

/**
 * `metrics.page` (src/contract/metrics-page.ts): the speed-metrics page's first view in one call,
 * on ONE bulk permission check as the caller over every project of the squads the page may offer.
 * The squad's detail and answer are exactly what `squads.get` and `metrics.get` would answer: the
 * same builders, and the answer goes through `metrics.get`'s own wrapper (payload check, errors).
 */
export function metricsPageResolvers(): ResolverGroup<'metrics.page'> {
  return {
    'metrics.page': defineResolver('metrics.page', (p, ctx, deps) => withSquadErrors(() => pageOf(p, ctx, deps))),
  };
}

/** `metrics.get` for a squad this request already read, on browse permissions it already has. */
const metricsAsked = (already: AskedAlready) =>
  wrapHandler('metrics.get', metricsQueryPayload, (q, ctx: ResolverContext, deps: ResolverDeps) => withSquadErrors(() => metricsOf(q, ctx, deps, already)));

async function pageOf(p: { squadId?: string | undefined }, ctx: ResolverContext, deps: ResolverDeps): Promise<MetricsPageDto> {
  // The page is a project page (or opened from the admin list); project settings have no such page.
  if (fromProjectSettings(ctx)) throw notFound("A project's settings have no speed-metrics page: open it from the project.");
  const view = await firstViewOf(p.squadId, ctx, deps);
  if (view.chosen === null) return { squads: view.squads, choice: view.choice };
  const { record, access, scope } = view.chosen;
  const answer = await metricsAsked({ record, scope })({ ...p, squadId: record.config.id }, ctx, deps);
  return { squads: view.squads, choice: { kind: 'chosen', squadId: record.config.id, detail: detailOf(record, access), answer } };
}
