import type { MetricsAnswerDto, MetricsQuery } from '../contract/metrics-query';
import type { SquadConfig } from '../contract/squad-config';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { cachedAnswer, loadVisibleIssues, METRICS_SET_FIELDS, metricsFigures, normaliseQuery, projectAccess, readableSquadView, squadAccess, squadFitsModule, squadNotFound, storedAsOfMs, viewerOf, viewerSyncStatus, withSquadErrors, type ViewerScope } from '../squad-view';
import { badRequest, type AppError } from './app-error';
import type { ResolverContext } from '../contract/context';
import { defineResolver, type ResolverGroup } from './define-resolver';
import { configAsSeen } from './squads-read';
import type { ResolverDeps } from './deps';

/** The refusal for stages the squad does not have, or in the wrong order; null when they are fine. */
function stageProblem(config: SquadConfig, q: MetricsQuery): AppError | null {
  const names = config.stages.map((s) => s.name);
  const unknown = [q.from, q.to].filter((s): s is string => s !== undefined && !names.includes(s));
  if (unknown.length > 0) {
    return badRequest(`Unknown stage ${unknown.map((s) => `"${s}"`).join(', ')}; the squad's stages are ${names.join(', ')}`, unknown.map((s) => ({ path: s === q.from ? 'from' : 'to', message: `unknown stage "${s}"` })));
  }
  const from = names.indexOf(q.from ?? config.leadTime.from);
  const to = names.indexOf(q.to ?? config.leadTime.to);
  if (from >= to) return badRequest(`"${names[to] ?? ''}" must come after "${names[from] ?? ''}"`, [{ path: 'to', message: 'must come after from' }]);
  return null;
}

/**
 * `metrics.get`: a squad's flow metrics for the calling user. The squad comes from the payload,
 * what the user may see from the trusted context: issues of projects they cannot browse, or hidden
 * by a security level, are left out before anything is computed.
 */
export function metricsResolvers(): ResolverGroup<'metrics.get'> {
  return {
    'metrics.get': defineResolver('metrics.get', (q, ctx, deps) => withSquadErrors(() => metricsOf(q, ctx, deps))),
  };
}

/** What a request already has when it asks for an answer (`metrics.page`): the squad read, the caller's access asked. */
export interface AskedAlready {
  record: SquadRecord;
  scope: ViewerScope;
}

/**
 * The answer for `q` as the caller may see it. With `already`, the squad was read and the caller's
 * browse permissions asked in this request, and neither is asked again.
 */
export async function metricsOf(q: MetricsQuery, ctx: ResolverContext, deps: ResolverDeps, already?: AskedAlready): Promise<MetricsAnswerDto> {
  const stored = already?.record ?? (await new SquadConfigRepo(deps.store).getRecord(q.squadId));
  if (stored === undefined || !squadFitsModule(ctx, stored.config)) throw squadNotFound(q.squadId);
  const stageError = stageProblem(stored.config, q);
  if (stageError !== null) {
    // The refusal names the squad's stages, which someone who may not read the squad must not learn.
    const projects = stored.config.projects;
    const { visible } = already === undefined ? await projectAccess(deps, viewerOf(deps, ctx.accountId), projects) : squadAccess(already.scope, projects);
    throw visible.length === 0 ? squadNotFound(q.squadId) : stageError;
  }
  const { record, view, viewer } = await readableSquadView(deps, ctx, q.squadId, { record: stored, scope: already?.scope });
  const sync = viewerSyncStatus(view);
  const projects = view.access.visible;
  const nowMs = deps.clock.nowMs();
  if (view.published !== null) {
    // Stored data: the figures depend only on the data's version, the config, the question, what
    // the viewer sees and the time; the squad's answer cache holds them under a digest of those.
    const question = { kind: 'metrics.get', revision: record.revision, query: normaliseQuery(q, METRICS_SET_FIELDS), nowMs };
    const { answer } = await cachedAnswer(deps, view, question, async () => {
      const data = await loadVisibleIssues(deps, viewer, view);
      return { answer: metricsFigures(configAsSeen(view.config, projects), q, data.issues, nowMs), cacheable: data.source === 'store' };
    });
    const asOfMs = storedAsOfMs(view);
    const asOf = asOfMs === null ? null : new Date(asOfMs).toISOString();
    return { metrics: answer.metrics, data: { projects, source: 'store', asOf, itemsOmitted: answer.itemsOmitted, rowsTotal: answer.rowsTotal }, sync };
  }
  const data = await loadVisibleIssues(deps, viewer, view);
  const asOf = data.asOfMs === null ? null : new Date(data.asOfMs).toISOString();
  if (data.source === 'none') return { metrics: null, data: { projects, source: 'none', asOf, itemsOmitted: false, rowsTotal: null }, sync };
  const figures = metricsFigures(configAsSeen(view.config, projects), q, data.issues, nowMs);
  return { metrics: figures.metrics, data: { projects, source: data.source, asOf, itemsOmitted: figures.itemsOmitted, rowsTotal: figures.rowsTotal }, sync };
}
