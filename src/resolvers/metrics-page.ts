import type { ResolverContext } from '../contract/context';
import { metricsQueryPayload } from '../contract/metrics-query';
import type { MetricsPageDto } from '../contract/metrics-page';
import { fromProjectSettings } from '../contract/modules';
import { pickSquad } from '../contract/pick-squad';
import { scopeFromAccess, squadNotFound, viewerOf, withSquadErrors } from '../squad-view';
import { notFound } from './app-error';
import { defineResolver, wrapHandler, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { metricsOf, type AskedAlready } from './metrics';
import { SquadAccess } from './squads-access';
import { detailOf, readableSummaries, squadsOfModule } from './squads-read';
import { userJira } from './squads-jira';

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
  const { records, projects } = await squadsOfModule(ctx, deps);
  const access = await SquadAccess.load(deps, userJira(ctx, deps), projects);
  const squads = readableSummaries(records, access);
  const choice = pickSquad(squads, p.squadId ?? null, ctx.projectKey ?? null);
  if (choice.kind === 'none') return { squads, choice };
  if (choice.kind === 'missing') return { squads, choice: { kind: 'missing', wanted: choice.wanted } };
  const record = records.find((r) => r.config.id === choice.squad.id);
  if (record === undefined) throw squadNotFound(choice.squad.id);
  const scope = scopeFromAccess(viewerOf(deps, ctx.accountId), projects, access.browsable(projects));
  const answer = await metricsAsked({ record, scope })({ ...p, squadId: record.config.id }, ctx, deps);
  return { squads, choice: { kind: 'chosen', squadId: record.config.id, detail: detailOf(record, access), answer } };
}
