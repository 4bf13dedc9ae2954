import { setImmediate as nextTurn } from 'node:timers/promises';
import { metricsQueryPayload, type MetricsQuery } from '../contract/metrics-query';
import type { IssueHistory } from '../domain/model/issue-history';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { getSyncStatus } from '../sync';
import { cachedAnswer, normaliseQuery, type CacheDeps } from './answer-cache';
import { METRICS_SET_FIELDS, metricsFiguresSteps } from './metrics-figures';
import { runSteps } from '../ports/time-slice';
import { visibleStoredIssues } from './squad-issues';
import type { SquadView } from './squad-view';
import { readDataVersion, storedCounts } from './stored-data';
import type { SquadVisibility } from './visibility';
import { firstQuestions } from './warm-questions';

/** What a warm did (the sync's WarmReport, restated here: the read side does not import sync internals). */
export interface WarmResult {
  warmed: number;
  cached: number;
  skipped: 'budget' | 'no-data' | null;
}

/** Issues decoded between two turns of the event loop: pages answer while a big squad warms. */
const YIELD_EVERY = 2000;

/**
 * Computes, as the app, the answers a viewer who sees the WHOLE squad asks first
 * (`firstQuestions`), and stores them in the squad's answer cache under exactly the key that
 * viewer's own call computes: the published generation and stamp, the config's revision, the
 * whole-squad visibility key (every project, every stored issue), the squad's day, the time bucket
 * and the normalised question. Nothing is warmed for partial viewers: their key carries their
 * visibility, and they compute as before. Nothing about any viewer is read or stored.
 *
 * Also writes the per-project count index for this data version, so that viewer's first call reads
 * no segment at all. With `atMs` (the start of the next time bucket), the answers are those a call
 * at that instant computes for the data as it is now. An answer already cached is not computed again; past `deadlineMs` no further
 * answer is started. The cache's writes are all-or-nothing for a reader (parts, then the head that
 * names them), so a warm that fails half-way leaves nothing a reader would take.
 */
export async function warmSquadAnswers(deps: CacheDeps, squadId: string, options: { deadlineMs: number; atMs?: number }): Promise<WarmResult> {
  const result: WarmResult = { warmed: 0, cached: 0, skipped: null };
  const record = await new SquadConfigRepo(deps.store).getRecord(squadId);
  const version = record === undefined ? undefined : await readDataVersion(deps, squadId);
  if (record === undefined || version === undefined) return { ...result, skipped: 'no-data' };
  const config = record.config;
  // As of now, or of a time bucket ahead (the next quarter hour's first viewer then finds it cached).
  const nowMs = options.atMs ?? deps.clock.nowMs();
  const [sync, stored] = await Promise.all([getSyncStatus(deps.store, squadId, nowMs), storedCounts(deps, squadId, version)]);
  const visibility: SquadVisibility = { projects: config.projects.map((project) => ({ project, whole: true })), someProjectsHidden: false };
  const view: SquadView = {
    config,
    sync,
    access: { visible: [...config.projects], hidden: [] },
    published: { version: stored.version, counts: stored.counts, visibility, issues: stored.issues },
  };
  let issues: IssueHistory[] | undefined;
  for (const asked of firstQuestions(squadId)) {
    if (deps.clock.nowMs() >= options.deadlineMs) return { ...result, skipped: 'budget' };
    // Parsed as the resolver parses a payload, so the normalised question (and the key) is the same.
    const q: MetricsQuery = metricsQueryPayload.parse(asked);
    const question = { kind: 'metrics.get', revision: record.revision, query: normaliseQuery(q, METRICS_SET_FIELDS), nowMs };
    const { cached } = await cachedAnswer(deps, view, question, async () => {
      issues ??= await visibleStoredIssues(deps, view, { yieldEvery: YIELD_EVERY });
      // The whole squad is visible: the config as such a viewer sees it is the config itself. Computed
      // in steps, giving the event loop a turn every slice (pages answer while a big squad warms).
      return { answer: await runSteps(metricsFiguresSteps(config, q, issues, nowMs)), cacheable: true };
    });
    if (cached) result.cached++;
    else result.warmed++;
    await nextTurn();
  }
  return result;
}
