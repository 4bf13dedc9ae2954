import { z } from 'zod';
import { isIssueLinkEvent, linkedIssueIds } from './issue-link-event';
import { issueJob, type IssueJob } from './jobs';
import { describeError, transientOutcome } from './job-failure';
import { processIssueChange } from './issue-change';
import { readQuotaPause } from './quota-pause';
import { DONE, type JobOutcome, type SyncDeps } from './sync-deps';

/**
 * The part of Forge's `avi:jira:created|updated|deleted:issue` event we read: which issue, which
 * project, which kind. Everything else (people, summaries) is ignored and never stored.
 */
export const issueEventSchema = z.looseObject({
  eventType: z.string(),
  issue: z.looseObject({
    id: z.string().regex(/^\d{1,18}$/),
    key: z.string().optional(),
    fields: z.looseObject({ project: z.looseObject({ key: z.string() }).optional() }).optional(),
  }),
});
export type IssueEventPayload = z.input<typeof issueEventSchema>;

const KIND = /:(created|updated|deleted):issue$/;
/** Forge delays a queued event by at most 15 minutes. */
const MAX_DELAY_SECONDS = 900;

/**
 * Issue trigger: updates the issue's timeline right away (two requests). A trigger cannot ask to
 * be retried later, so when Jira is rate limited, a segment is busy or anything fails, the change is
 * handed to the sync queue, whose consumer retries it. Answers what happened, for tests and logs.
 */
export async function handleIssueEvent(deps: SyncDeps, event: unknown): Promise<JobOutcome> {
  if (isIssueLinkEvent(event)) return handleLinkEvent(deps, event);
  const parsed = issueEventSchema.safeParse(event);
  const kind = parsed.success ? KIND.exec(parsed.data.eventType)?.[1] : undefined;
  if (!parsed.success || kind === undefined) {
    deps.log.warn('ignored issue event', { reason: parsed.success ? 'unknown eventType' : 'unexpected shape' });
    return DONE;
  }
  const projectKey = parsed.data.issue.fields?.project?.key;
  const job: IssueJob = {
    issueId: parsed.data.issue.id,
    eventType: kind as IssueJob['eventType'],
    ...(projectKey === undefined ? {} : { projectKey }),
  };
  return applyJob(deps, job);
}

/**
 * An issue link made or removed (`avi:jira:created|deleted:issuelink`): both issues are re-read as
 * if updated, so each stored copy carries its current links (hand-offs). Only their IDs are used.
 */
async function handleLinkEvent(deps: SyncDeps, event: unknown): Promise<JobOutcome> {
  const ids = linkedIssueIds(event);
  if (!ids.ok) {
    // Junk is not retried (it would never parse); the code and field path say what was wrong.
    deps.log.warn('ignored issue link event', { code: ids.code, field: ids.field });
    return DONE;
  }
  let outcome: JobOutcome = DONE;
  for (const issueId of ids.issueIds) {
    const result = await applyJob(deps, { issueId, eventType: 'updated' });
    if (result.status !== DONE.status) outcome = result;
  }
  return outcome;
}

async function applyJob(deps: SyncDeps, job: IssueJob): Promise<JobOutcome> {
  const nowMs = deps.clock.nowMs();
  const pausedUntil = await readQuotaPause(deps.store, nowMs);
  if (pausedUntil !== null) return defer(deps, job, pausedUntil - nowMs, 'jira-quota');
  try {
    return await processIssueChange(deps, job);
  } catch (err) {
    const transient = await transientOutcome(deps.store, err, deps.clock.nowMs());
    if (transient?.status === 'retry') return defer(deps, job, transient.retryAfterMs, transient.reason);
    deps.log.warn('issue event failed; queued for retry', { issueId: job.issueId, error: describeError(err).slice(0, 120) });
    return defer(deps, job, 60_000, 'failed');
  }
}

async function defer(deps: SyncDeps, job: IssueJob, afterMs: number, reason: string): Promise<JobOutcome> {
  await deps.queue.push([issueJob(job)], { delaySeconds: Math.min(MAX_DELAY_SECONDS, Math.max(1, Math.ceil(afterMs / 1000))) });
  return { status: 'retry', retryAfterMs: afterMs, reason: `queued: ${reason}` };
}
