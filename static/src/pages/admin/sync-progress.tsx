import { useEffect, useState } from 'react';
import ProgressBar from '@atlaskit/progress-bar';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { SkippedIssuesDto, SyncOutageDto, SyncStatusDto } from '../../../../src/contract/sync';
import { invoke } from '../../api/invoke';
import { InvokeError } from '../../api/invoke-error';

/** First poll after a second, then backing off to every 10 s: a long backfill needs no 1 s updates. */
const POLL_FIRST_MS = 1_000;
const POLL_MAX_MS = 10_000;

const PHASE: Record<SyncStatusDto['phase'], { label: string; appearance: 'default' | 'inprogress' | 'success' | 'removed' | 'moved' }> = {
  never: { label: 'Not synced', appearance: 'default' },
  backfilling: { label: 'Loading history', appearance: 'inprogress' },
  ready: { label: 'Up to date', appearance: 'success' },
  failed: { label: 'Failed', appearance: 'removed' },
  paused: { label: 'Paused by Jira rate limits', appearance: 'moved' },
};

const clockTime = (iso: string): string => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** "Jira is not answering (HTTP 500) since 14:05, retrying." */
export function outageSentence(outage: SyncOutageDto): string {
  const what = outage.httpStatus === null ? 'Jira is not answering' : `Jira is not answering (HTTP ${outage.httpStatus})`;
  return `${what} since ${clockTime(outage.sinceAt)}, retrying.`;
}

/** Issues Jira answered without a field the app needs: named to admins, counted for everyone else. */
function SkippedIssues({ skipped }: { skipped: SkippedIssuesDto }) {
  const n = skipped.count === 1 ? '1 issue was' : `${skipped.count.toLocaleString('en')} issues were`;
  return (
    <Stack space="space.050" testId="sync-skipped">
      <Text size="small" color="color.text.warning">
        {n} left out because Jira answered without a field SquadFlow needs; the rest loaded normally.
      </Text>
      {skipped.issues !== null && skipped.issues.length > 0 && (
        <Stack as="ul" space="space.025">
          {skipped.issues.map((i, n) => (
            <li key={`${i.key ?? 'unknown'}-${n}`}>
              <Text size="small">
                <Text as="strong" size="small">
                  {i.key ?? 'An issue without a key'}
                </Text>
                : {i.reason}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Progress of the backfill a save started, polled from `sync.status` until it ends. */
export function SyncProgress({ squadId, initial, onStatus }: { squadId: string; initial: SyncStatusDto | null; onStatus?: (status: SyncStatusDto) => void }) {
  const [status, setStatus] = useState<SyncStatusDto | null>(initial);
  // The page around it (the saved banner) says what the status says, never something older.
  useEffect(() => {
    if (status !== null) onStatus?.(status);
  }, [status, onStatus]);
  const [pollError, setPollError] = useState<string | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const done = gaveUp || (status !== null && (status.phase === 'ready' || status.phase === 'failed'));

  useEffect(() => {
    if (done) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delayMs = POLL_FIRST_MS;
    // One request at a time, the next a while after the last answer: a slow answer cannot land
    // after a newer one, and each poll costs Jira permission checks, so they must not pile up.
    const poll = (): void => {
      void invoke('sync.status', { squadId })
        .then(
          (s) => live && (setStatus(s), setPollError(null)),
          (err: unknown) => {
            if (!live) return;
            setPollError(err instanceof Error ? err.message : String(err));
            // Errors that a retry cannot fix (no such resolver, squad gone) end the polling.
            if (err instanceof InvokeError && (err.code === 'UNKNOWN_FUNCTION' || err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) setGaveUp(true);
          },
        )
        .finally(() => {
          delayMs = Math.min(POLL_MAX_MS, Math.round(delayMs * 1.5));
          if (live) timer = setTimeout(poll, delayMs);
        });
    };
    timer = setTimeout(poll, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [squadId, done]);

  const phase = PHASE[status?.phase ?? 'never'];
  const percent = status?.phase === 'ready' ? 100 : (status?.progress?.percent ?? 0);
  const progress = status?.progress;
  return (
    <Stack space="space.100" testId="sync-progress">
      <Inline space="space.100" alignBlock="center">
        <Text weight="medium">Issue history</Text>
        <Lozenge appearance={phase.appearance} testId="sync-phase">
          {phase.label}
        </Lozenge>
      </Inline>
      <ProgressBar value={percent / 100} isIndeterminate={status === null || (status.phase === 'backfilling' && progress?.issuesEstimated === null)} ariaLabel="Backfill progress" />
      <Text size="small" color="color.text.subtle" testId="sync-detail">
        {status === null
          ? 'Waiting for the backfill to start…'
          : status.phase === 'ready'
            ? `${status.issueCount} issues loaded.`
            : progress
              ? `${progress.step === 'fetch' ? 'Fetching' : progress.step === 'build' ? 'Building timelines' : 'Publishing'}: ${progress.issuesDone}${progress.issuesEstimated === null ? '' : ` of about ${progress.issuesEstimated}`} issues (${percent} %).`
              : (status.error ?? 'Waiting…')}
      </Text>
      {status?.outage && (
        <Text color="color.text.warning" testId="sync-outage">
          {outageSentence(status.outage)}
        </Text>
      )}
      {status?.skipped && <SkippedIssues skipped={status.skipped} />}
      {pollError !== null && <Text color="color.text.warning">Could not read the progress: {pollError}</Text>}
    </Stack>
  );
}
