import pLimit from 'p-limit';
import type { ResolverContext } from '../contract/context';
import { DEFAULT_PORTFOLIO_PERIOD, PORTFOLIO_CAPTION, type PortfolioAnswerDto, type PortfolioQuery, type PortfolioRowDto, type StagePair } from '../contract/portfolio';
import { hasStagePair, portfolioRow, type PortfolioRow } from '../domain/portfolio/portfolio-row';
import { portfolioTotal } from '../domain/portfolio/portfolio-total';
import { readPortfolioSummary, type PortfolioSummary } from '../store/portfolio-summary';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { isSummaryCurrent, refreshPortfolioSummary } from '../sync';
import { cachedAnswer, toAppError, issueVisibility, loadVisibleIssues, normaliseQuery, openSquadView, squadAccess, storedAsOfMs, viewerOf, viewerScope, viewerSeesWholeSquad, viewerSyncStatus, type Viewer, type ViewerScope } from '../squad-view';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { answeredSettings, effectiveSettings } from './portfolio-settings';
import { AppError } from './app-error';
import { withSquadErrors } from './squads-errors';

/** Squads computed at once: each reads its histories and may ask Jira about visibility. */
const SQUAD_CONCURRENCY = 4;
/** Jira count requests in flight at once (one per project, answered from memory afterwards). */
const COUNT_CONCURRENCY = 8;

/**
 * `portfolio.get`: one row per squad the viewer may see (all of them by default), for a relative
 * period and a stage pair. With the default settings and a viewer shown to see the whole squad
 * (browses every project, and Jira's count of their issues in each equals the stored count), the
 * row comes from the squad's precomputed summary in one storage read; otherwise it is computed
 * from the stored histories filtered to what the viewer may see. Squads the viewer cannot browse
 * at all are left out without a trace, and the caption is the same for everyone. Jira is asked
 * once about permissions for all squads (the read side's `viewerScope`), then once per project.
 */
export function portfolioResolvers(): ResolverGroup<'portfolio.get'> {
  return {
    'portfolio.get': defineResolver('portfolio.get', (q, ctx, deps) => withSquadErrors(() => portfolioOf(q, ctx, deps))),
  };
}

interface Built {
  dto: PortfolioRowDto;
  row: PortfolioRow | null;
}

async function portfolioOf(q: PortfolioQuery, ctx: ResolverContext, deps: ResolverDeps): Promise<PortfolioAnswerDto> {
  const settings = effectiveSettings(q, ctx);
  const viewer = viewerOf(deps, ctx.accountId);
  const records = await new SquadConfigRepo(deps.store).listRecords();
  // One bulk permission check for every squad's projects; counts and ID searches shared by squads.
  const scope = await viewerScope(deps, viewer, records.flatMap((r) => r.config.projects));
  const wanted = settings.squadIds === undefined ? null : new Set(settings.squadIds);
  const chosen = records
    .filter((r) => squadAccess(scope, r.config.projects).visible.length > 0 && (wanted === null || wanted.has(r.config.id)))
    .sort((a, b) => a.config.name.localeCompare(b.config.name) || a.config.id.localeCompare(b.config.id));

  const period = settings.period ?? DEFAULT_PORTFOLIO_PERIOD;
  // Squads that may be served from their summary need the viewer's issue count per project: ask for
  // all of them at once rather than squad by squad.
  const summaryCandidates = chosen.filter((r) => period === DEFAULT_PORTFOLIO_PERIOD && (settings.headline === undefined || samePair(settings.headline, r.config.leadTime)) && squadAccess(scope, r.config.projects).hidden.length === 0);
  await mapLimit([...new Set(summaryCandidates.flatMap((r) => r.config.projects))], COUNT_CONCURRENCY, (p) => scope.reads.count(p));
  const request: RowRequest = { period, headline: settings.headline ?? null, viewer, scope };
  // One squad failing (Jira refusing its search, an unreadable segment) costs that row, not the gadget.
  const built = await mapLimit(chosen, SQUAD_CONCURRENCY, (record) => rowFor(record, request, deps).catch((err: unknown) => failedRow(record, scope, err, deps)));
  const ready = built.flatMap((b) => (b.row === null ? [] : [b.row]));
  // Whether totalled squads share a project the viewer may see (their shared issues count in each).
  const seen = new Set<string>();
  let shared = false;
  chosen.forEach((record, i) => {
    if (built[i]?.row === null) return;
    for (const p of squadAccess(scope, record.config.projects).visible) {
      if (seen.has(p)) shared = true;
      seen.add(p);
    }
  });
  return {
    settings: answeredSettings(settings),
    rows: built.map((b) => b.dto),
    total: portfolioTotal(ready, shared),
    caption: PORTFOLIO_CAPTION,
    answeredAt: new Date(deps.clock.nowMs()).toISOString(),
  };
}

interface RowRequest {
  period: PortfolioAnswerDto['settings']['period'];
  headline: StagePair | null;
  viewer: Viewer;
  /** The request's one permission check and its shared per-project reads. */
  scope: ViewerScope;
}

const samePair = (a: StagePair, b: StagePair): boolean => a.from === b.from && a.to === b.to;

async function rowFor(record: SquadRecord, req: RowRequest, deps: ResolverDeps): Promise<Built> {
  const config = record.config;
  const access = squadAccess(req.scope, config.projects);
  // The first project of the squad the viewer may browse (the row opens its metrics panel).
  const base = { squadId: config.id, squadName: config.name, projectKey: access.visible[0] ?? '' };
  if (req.headline !== null && !hasStagePair(config, req.headline)) {
    return { dto: { status: 'no-pair', ...base, stageNames: config.stages.map((s) => s.name) }, row: null };
  }
  const pair = req.headline ?? config.leadTime;
  const nowMs = deps.clock.nowMs();
  if (req.period === DEFAULT_PORTFOLIO_PERIOD && samePair(pair, config.leadTime) && access.hidden.length === 0) {
    const summary = await currentSummary(record, deps, nowMs);
    // The read side's rule against the summary's own per-project counts (the reads are shared, so
    // an ID search made here serves the computed path below too).
    if (summary !== undefined && viewerSeesWholeSquad(await issueVisibility(req.viewer, access, summary.projectCounts, req.scope.reads))) {
      const row: PortfolioRow = { figures: summary.figures, leadTimeSample: summary.sample, previousSample: summary.previousSample, oldest: summary.oldest };
      return { dto: { status: 'ready', ...base, figures: summary.figures, source: 'summary', dataAsOf: new Date(summary.computedAtMs).toISOString() }, row };
    }
  }
  const view = await openSquadView(deps, req.viewer, config, req.scope);
  if (view.published !== null) {
    // From the stored data: the squad's answer cache holds the row for this data version, config,
    // period, pair, visibility and quarter hour, so a filtered viewer's row is not recomputed per view.
    const question = { kind: 'portfolio.row', revision: record.revision, query: normaliseQuery({ period: req.period, pair }, NO_SETS), nowMs };
    const { answer: row } = await cachedAnswer(deps, view, question, async () => {
      const data = await loadVisibleIssues(deps, req.viewer, view);
      return { answer: portfolioRow(config, data.issues, { nowMs, period: req.period, pair }), cacheable: data.source === 'store' };
    });
    const asOfMs = storedAsOfMs(view);
    return { dto: { status: 'ready', ...base, figures: row.figures, source: 'computed', dataAsOf: asOfMs === null ? null : new Date(asOfMs).toISOString() }, row };
  }
  const data = await loadVisibleIssues(deps, req.viewer, view);
  if (data.source === 'none') return { dto: { status: 'syncing', ...base, sync: viewerSyncStatus(view) }, row: null };
  const row = portfolioRow(config, data.issues, { nowMs, period: req.period, pair });
  const dataAsOf = data.asOfMs === null ? null : new Date(data.asOfMs).toISOString();
  return { dto: { status: 'ready', ...base, figures: row.figures, source: data.source === 'live' ? 'live' : 'computed', dataAsOf }, row };
}

const NO_SETS: ReadonlySet<string> = new Set();

/** The row of a squad whose figures failed: its code only (no upstream text), logged without personal data. */
function failedRow(record: SquadRecord, scope: ViewerScope, err: unknown, deps: ResolverDeps): Built {
  const mapped = toAppError(err);
  const code = mapped instanceof AppError ? mapped.code : 'INTERNAL';
  deps.log.warn('portfolio row failed', { squadId: record.config.id, code, errorType: err instanceof Error ? err.name : typeof err });
  const visible = squadAccess(scope, record.config.projects).visible;
  return { dto: { status: 'error', squadId: record.config.id, squadName: record.config.name, projectKey: visible[0] ?? '', code }, row: null };
}

/** The stored summary if it answers today's default settings; else a fresh one from the published data. */
async function currentSummary(record: SquadRecord, deps: ResolverDeps, nowMs: number): Promise<PortfolioSummary | undefined> {
  const stored = await readPortfolioSummary(deps.store, record.config.id);
  if (stored !== undefined && isSummaryCurrent(stored, record, nowMs)) return stored;
  return refreshPortfolioSummary(deps, record.config.id);
}

/** `fn` over every item, at most `limit` at once, answers in the items' order. */
function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const run = pLimit(limit);
  return Promise.all(items.map((item) => run(() => fn(item))));
}
