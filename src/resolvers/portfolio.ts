import pLimit from 'p-limit';
import type { ResolverContext } from '../contract/context';
import { DEFAULT_PORTFOLIO_PERIOD, PORTFOLIO_CAPTION, type PortfolioAnswerDto, type PortfolioQuery, type PortfolioRowDto, type StagePair } from '../contract/portfolio';
import { hasStagePair, portfolioRow, type PortfolioRow } from '../domain/portfolio/portfolio-row';
import { portfolioTotal } from '../domain/portfolio/portfolio-total';
import type { JiraClient } from '../jira/jira-client';
import { jqlString } from '../jira/jql';
import { getMyProjectPermissions } from '../jira/my-permissions';
import { approximateCount } from '../jira/search';
import { readPortfolioSummary, type PortfolioSummary } from '../store/portfolio-summary';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { isSummaryCurrent, refreshPortfolioSummary } from '../sync';
import { loadSquadIssues } from '../squad-view';
import { defineResolver, type ResolverGroup } from './define-resolver';
import type { ResolverDeps } from './deps';
import { answeredSettings, effectiveSettings } from './portfolio-settings';
import { withSquadErrors } from './squads-errors';
import { userJira } from './squads-jira';

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
 * at all are left out without a trace, and the caption is the same for everyone.
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
  const user = userJira(ctx, deps);
  const records = await new SquadConfigRepo(deps.store).listRecords();
  const projects = [...new Set(records.flatMap((r) => r.config.projects))];
  const perms = projects.length === 0 ? {} : await getMyProjectPermissions(user, projects, ['BROWSE_PROJECTS']);
  const browsable = (p: string): boolean => perms[p]?.BROWSE_PROJECTS === true;
  const wanted = settings.squadIds === undefined ? null : new Set(settings.squadIds);
  const chosen = records
    .filter((r) => r.config.projects.some(browsable) && (wanted === null || wanted.has(r.config.id)))
    .sort((a, b) => a.config.name.localeCompare(b.config.name) || a.config.id.localeCompare(b.config.id));

  const visibleCount = memoCounts(user);
  const period = settings.period ?? DEFAULT_PORTFOLIO_PERIOD;
  // Squads that may be served from their summary need the viewer's issue count per project: ask for
  // all of them at once rather than squad by squad.
  const summaryCandidates = chosen.filter((r) => period === DEFAULT_PORTFOLIO_PERIOD && (settings.headline === undefined || samePair(settings.headline, r.config.leadTime)) && r.config.projects.every(browsable));
  await mapLimit([...new Set(summaryCandidates.flatMap((r) => r.config.projects))], COUNT_CONCURRENCY, visibleCount);
  const built = await mapLimit(chosen, SQUAD_CONCURRENCY, (record) =>
    rowFor(record, { period, headline: settings.headline ?? null, projectKey: record.config.projects.find(browsable) ?? '', wholeProjects: record.config.projects.every(browsable), visibleCount }, ctx, deps),
  );
  const ready = built.flatMap((b) => (b.row === null ? [] : [b.row]));
  return {
    settings: answeredSettings(settings),
    rows: built.map((b) => b.dto),
    total: portfolioTotal(ready),
    caption: PORTFOLIO_CAPTION,
    answeredAt: new Date(deps.clock.nowMs()).toISOString(),
  };
}

interface RowRequest {
  period: PortfolioAnswerDto['settings']['period'];
  headline: StagePair | null;
  /** The first project of the squad the viewer may browse. */
  projectKey: string;
  /** The viewer browses every project of the squad (not yet every issue). */
  wholeProjects: boolean;
  visibleCount: (project: string) => Promise<number | null>;
}

const samePair = (a: StagePair, b: StagePair): boolean => a.from === b.from && a.to === b.to;

async function rowFor(record: SquadRecord, req: RowRequest, ctx: ResolverContext, deps: ResolverDeps): Promise<Built> {
  const config = record.config;
  const base = { squadId: config.id, squadName: config.name, projectKey: req.projectKey };
  if (req.headline !== null && !hasStagePair(config, req.headline)) {
    return { dto: { status: 'no-pair', ...base, stageNames: config.stages.map((s) => s.name) }, row: null };
  }
  const pair = req.headline ?? config.leadTime;
  const nowMs = deps.clock.nowMs();
  if (req.period === DEFAULT_PORTFOLIO_PERIOD && samePair(pair, config.leadTime) && req.wholeProjects) {
    const summary = await currentSummary(record, deps, nowMs);
    if (summary !== undefined && (await seesEveryIssue(summary, req.visibleCount))) {
      const row: PortfolioRow = { figures: summary.figures, leadTimeSample: summary.sample, previousSample: summary.previousSample, oldest: summary.oldest };
      return { dto: { status: 'ready', ...base, figures: summary.figures, source: 'summary', dataAsOf: new Date(summary.computedAtMs).toISOString() }, row };
    }
  }
  const data = await loadSquadIssues(deps, config, ctx.accountId);
  if (data.source === 'none') return { dto: { status: 'syncing', ...base, sync: data.sync }, row: null };
  const row = portfolioRow(config, data.issues, { nowMs, period: req.period, pair });
  const dataAsOf = data.asOfMs === null ? null : new Date(data.asOfMs).toISOString();
  return { dto: { status: 'ready', ...base, figures: row.figures, source: data.source === 'live' ? 'live' : 'computed', dataAsOf }, row };
}

/** The stored summary if it answers today's default settings; else a fresh one from the published data. */
async function currentSummary(record: SquadRecord, deps: ResolverDeps, nowMs: number): Promise<PortfolioSummary | undefined> {
  const stored = await readPortfolioSummary(deps.store, record.config.id);
  if (stored !== undefined && isSummaryCurrent(stored, record, nowMs)) return stored;
  return refreshPortfolioSummary(deps, record.config.id);
}

/** Jira's count of the viewer's issues equals the stored count in every project of the squad. */
async function seesEveryIssue(summary: PortfolioSummary, visibleCount: RowRequest['visibleCount']): Promise<boolean> {
  for (const [project, stored] of Object.entries(summary.projectCounts)) {
    if ((await visibleCount(project)) !== stored) return false;
  }
  return true;
}

/** One `approximate-count` per project per request, as the viewer (shared by squads of the same project). */
function memoCounts(user: JiraClient): (project: string) => Promise<number | null> {
  const counts = new Map<string, Promise<number | null>>();
  return (project) => {
    let c = counts.get(project);
    if (c === undefined) {
      c = approximateCount(user, `project = ${jqlString(project)}`);
      counts.set(project, c);
    }
    return c;
  };
}

/** `fn` over every item, at most `limit` at once, answers in the items' order. */
function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const run = pLimit(limit);
  return Promise.all(items.map((item) => run(() => fn(item))));
}
