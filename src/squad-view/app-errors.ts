import { AppError } from '../contract/app-error';
import { JiraError, JiraHttpError, RateLimitedError } from '../jira/errors';
import { SquadBusyError, SquadConflictError } from '../store/squad-config-repo';

/**
 * Runs a read (or squad) body, turning the typed errors of the Jira client and the config repo
 * into AppErrors with the right code; everything else passes through (INTERNAL at the wrapper).
 */
export async function withSquadErrors<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    throw toAppError(err);
  }
}

/** A Jira or storage failure as the app error a page can explain; anything else unchanged. */
export function toAppError(err: unknown): unknown {
  if (err instanceof SquadConflictError) return new AppError('CONFLICT', err.message, { squadId: err.squadId, actualRevision: err.actualRevision });
  if (err instanceof SquadBusyError) return new AppError('CONFLICT', err.message);
  if (err instanceof RateLimitedError) return new AppError('RATE_LIMITED', `Jira is rate limiting requests; try again in ${Math.ceil(err.retryAfterMs / 1000)} s`, { retryAfterMs: err.retryAfterMs });
  if (err instanceof JiraHttpError) {
    if (err.status === 401) return new AppError('UNAUTHENTICATED', 'Jira did not accept your session; reload the page');
    if (err.status === 403) return new AppError('FORBIDDEN', `Jira refused: ${err.message}`);
    if (err.status === 404) return new AppError('NOT_FOUND', `Jira could not find it: ${err.message}`);
    return new AppError('JIRA_ERROR', err.message);
  }
  if (err instanceof JiraError) return new AppError('JIRA_ERROR', err.message);
  return err;
}
