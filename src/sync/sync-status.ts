import type { SyncStatusDto } from '../contract/sync';
import type { KeyValueStore } from '../ports/key-value-store';
import { readManifest } from '../store/data-manifest';
import { readIssueCounts, totalOf } from '../store/issue-counts';
import { readQuotaPause } from './quota-pause';
import { readSyncState, type BackfillState, type SkippedIssues } from './sync-state';

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** Share of the whole backfill done: fetching is most of the work, building and publishing the rest. */
export function backfillPercent(b: BackfillState): number {
  if (b.step === 'fetch') {
    if (b.issuesEstimated === null || b.issuesEstimated === 0) return 0;
    return Math.min(89, Math.floor((90 * b.issuesDone) / b.issuesEstimated));
  }
  if (b.step === 'build') return 90 + Math.floor((8 * b.nextGroup) / b.groups);
  return 99;
}

/** Failures in a row after which the status says Jira is not answering (about a minute in). */
export const OUTAGE_AFTER_FAILURES = 2;

function skippedOf(s: SkippedIssues | null, named: boolean): SyncStatusDto['skipped'] {
  if (s === null || s.count === 0) return null;
  return { count: s.count, issues: named ? s.issues.map((i) => ({ key: i.key, reason: i.reason })) : null };
}

/** What the UI shows about a squad's data: phase, progress, freshness. Reads three small keys. */
export async function getSyncStatus(
  store: KeyValueStore,
  squadId: string,
  nowMs: number = Date.now(),
  /** Name skipped issues (for those who administer the squad); otherwise only their count. */
  options: { nameSkipped?: boolean } = {},
): Promise<SyncStatusDto> {
  const [state, manifest, pause, counts] = await Promise.all([readSyncState(store, squadId), readManifest(store, squadId), readQuotaPause(store, nowMs), readIssueCounts(store, squadId)]);
  const b = state.backfill;
  const phase: SyncStatusDto['phase'] =
    b !== null && pause !== null ? 'paused' : b !== null && state.error !== null ? 'failed' : b !== null ? 'backfilling' : manifest ? 'ready' : state.error !== null ? 'failed' : 'never';
  return {
    squadId,
    phase,
    hasData: manifest !== undefined,
    // The counts follow every incremental change; the manifest's figure is the publish's.
    issueCount: manifest === undefined ? 0 : counts?.generation === manifest.generation ? totalOf(counts.counts) : manifest.issueCount,
    progress: b === null ? null : { step: b.step, issuesDone: b.issuesDone, issuesEstimated: b.issuesEstimated, percent: backfillPercent(b) },
    lastSyncAt: iso(state.lastSyncMs),
    lastFullSyncAt: iso(state.lastFullSyncMs),
    pausedUntil: iso(pause),
    error: state.error,
    outage:
      b !== null && b.failingSinceMs !== null && b.failures >= OUTAGE_AFTER_FAILURES
        ? { httpStatus: b.lastFailureStatus, sinceAt: new Date(b.failingSinceMs).toISOString(), failures: b.failures }
        : null,
    skipped: skippedOf(b?.skipped.count ? b.skipped : (state.skipped ?? null), options.nameSkipped === true),
  };
}
