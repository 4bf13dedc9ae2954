import { DEFAULT_PORTFOLIO_PERIOD } from '../contract/portfolio';
import type { SquadConfig } from '../contract/squad-config';
import { portfolioRowSteps } from '../domain/portfolio/portfolio-row';
import type { IssueHistory } from '../domain/model/issue-history';
import { drain, STEP_MASK, type Steps } from '../domain/steps';
import { runSteps } from '../ports/time-slice';
import { formatDay } from '../domain/time/civil';
import { DayCalendar } from '../domain/time/day-calendar';
import type { Clock } from '../ports/clock';
import type { KeyValueStore } from '../ports/key-value-store';
import type { Logger } from '../ports/logger';
import { readPublishedIssues, type PublishedIssues } from '../store/issue-segments';
import { SUMMARY_MAX_SAMPLES, thinSample, writePortfolioSummary, type PortfolioSummary } from '../store/portfolio-summary';
import { SquadConfigRepo, type SquadRecord } from '../store/squad-config-repo';
import { decodeIssue, storedProject, type StoredIssue } from '../store/stored-issue';

/** Oldest in-progress items the summary lists (for headline tiles). */
const OLDEST_KEPT = 10;

/** Today (`YYYY-MM-DD`) in the squad's zone: a summary from another day is stale. */
export function summaryDay(config: SquadConfig, nowMs: number): string {
  return formatDay(new DayCalendar(config.calendar, nowMs, nowMs).dayOf(nowMs));
}

/** Whether a stored summary answers the default settings for this config today. */
export function isSummaryCurrent(summary: PortfolioSummary, record: SquadRecord, nowMs: number): boolean {
  const config = record.config;
  return summary.revision === record.revision && summary.period === DEFAULT_PORTFOLIO_PERIOD && summary.from === config.leadTime.from && summary.to === config.leadTime.to && summary.day === summaryDay(config, nowMs);
}

/** The summary of a squad's whole published data, as of `nowMs` (pure apart from decoding). */
export function buildPortfolioSummary(record: SquadRecord, published: PublishedIssues, nowMs: number): PortfolioSummary {
  return drain(portfolioSummarySteps(record, published, nowMs));
}

/** `buildPortfolioSummary` in steps: refreshes give the event loop turns while they compute. */
export function* portfolioSummarySteps(record: SquadRecord, published: PublishedIssues, nowMs: number): Steps<PortfolioSummary> {
  const config = record.config;
  const projectCounts: Record<string, number> = Object.fromEntries(config.projects.map((p) => [p, 0]));
  const histories: IssueHistory[] = new Array<IssueHistory>(published.issues.length);
  for (let i = 0; i < published.issues.length; i++) {
    if ((i & STEP_MASK) === STEP_MASK) yield;
    const s = published.issues[i] as StoredIssue;
    const p = storedProject(s);
    projectCounts[p] = (projectCounts[p] ?? 0) + 1;
    histories[i] = decodeIssue(s);
  }
  const row = yield* portfolioRowSteps(config, histories, { nowMs, period: DEFAULT_PORTFOLIO_PERIOD, oldest: OLDEST_KEPT });
  const thinned = row.leadTimeSample.length > SUMMARY_MAX_SAMPLES || row.previousSample.length > SUMMARY_MAX_SAMPLES;
  return {
    v: 1,
    generation: published.manifest.generation,
    revision: record.revision,
    period: DEFAULT_PORTFOLIO_PERIOD,
    from: config.leadTime.from,
    to: config.leadTime.to,
    day: summaryDay(config, nowMs),
    computedAtMs: nowMs,
    projectCounts,
    figures: row.figures,
    sample: thinSample(row.leadTimeSample, SUMMARY_MAX_SAMPLES),
    previousSample: thinSample(row.previousSample, SUMMARY_MAX_SAMPLES),
    thinned,
    oldest: row.oldest,
  };
}

export interface SummaryDeps {
  store: KeyValueStore;
  clock: Clock;
  log: Logger;
}

/**
 * Recomputes and stores a squad's portfolio summary from its published data. Called when a
 * generation publishes and after incremental changes; a failure is logged, never fatal to the
 * sync work that called it (readers then compute from the histories). Answers the summary written,
 * or undefined when the squad has no config or no published data.
 */
export async function refreshPortfolioSummary(deps: SummaryDeps, squadId: string): Promise<PortfolioSummary | undefined> {
  try {
    const [record, published] = await Promise.all([new SquadConfigRepo(deps.store).getRecord(squadId), readPublishedIssues(deps.store, squadId)]);
    if (record === undefined || published === undefined) return undefined;
    const summary = await runSteps(portfolioSummarySteps(record, published, deps.clock.nowMs()));
    await writePortfolioSummary(deps.store, squadId, summary);
    return summary;
  } catch (err) {
    deps.log.warn('portfolio summary not refreshed', { squadId, errorType: err instanceof Error ? err.name : typeof err });
    return undefined;
  }
}
