import { z } from 'zod';
import type { Job } from '../ports/job-queue';

/**
 * The background jobs of the sync, each a bounded piece of work. Delivery is at-least-once and
 * unordered, so each payload names exactly what it is about and handlers check it against the
 * stored state before acting.
 */
const squadId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const issueId = z.string().regex(/^\d{1,18}$/);

export const backfillJobSchema = z.object({ squadId, generation: z.number().int().positive(), seq: z.number().int().nonnegative() });
export const issueJobSchema = z.object({
  issueId,
  eventType: z.enum(['created', 'updated', 'deleted']),
  /** Project the event named (deletes cannot be fetched again to find it). */
  projectKey: z.string().optional(),
  /** Only these squads; absent means every squad the issue may concern. */
  squadIds: z.array(squadId).optional(),
});
/** Removes every generation key of the squad other than the published one and a running backfill's. */
export const cleanupJobSchema = z.object({ squadId });
export const reconcileJobSchema = z.object({ squadId });
/**
 * Computes and caches the answers a whole-squad viewer asks first, for the data as it is when the
 * job runs: as of now, or as of `atMs`, the start of the next time bucket (a warm ahead).
 */
export const warmJobSchema = z.object({ squadId, atMs: z.number().int().positive().optional() });
/** Removes a deleted squad's data: every generation up to `upToGeneration`, and its small keys if no squad took the ID again. */
export const purgeJobSchema = z.object({ squadId, upToGeneration: z.number().int().nonnegative() });

export type BackfillJob = z.infer<typeof backfillJobSchema>;
export type IssueJob = z.infer<typeof issueJobSchema>;
export type CleanupJob = z.infer<typeof cleanupJobSchema>;
export type ReconcileJob = z.infer<typeof reconcileJobSchema>;
export type PurgeJob = z.infer<typeof purgeJobSchema>;
export type WarmJob = z.infer<typeof warmJobSchema>;

export const JOB_KINDS = {
  backfill: 'sync.backfill',
  issue: 'sync.issue',
  cleanup: 'sync.cleanup',
  reconcile: 'sync.reconcile',
  purge: 'sync.purge',
  warm: 'sync.warm',
} as const;

export const backfillJob = (p: BackfillJob): Job => ({ kind: JOB_KINDS.backfill, payload: { ...p } });
export const issueJob = (p: IssueJob): Job => ({ kind: JOB_KINDS.issue, payload: { ...p } });
export const cleanupJob = (p: CleanupJob): Job => ({ kind: JOB_KINDS.cleanup, payload: { ...p } });
export const reconcileJob = (p: ReconcileJob): Job => ({ kind: JOB_KINDS.reconcile, payload: { ...p } });
export const purgeJob = (p: PurgeJob): Job => ({ kind: JOB_KINDS.purge, payload: { ...p } });
export const warmJob = (p: WarmJob): Job => ({ kind: JOB_KINDS.warm, payload: { ...p } });
