import { AppError } from '../contract/app-error';
import { JIRA_MALFORMED_ANSWER } from '../contract/result';
import { JiraError, JiraHttpError, JiraResponseError, RateLimitedError } from '../jira/errors';

/**
 * A Jira answer that is not the documented shape, as a sentence for the page (`message`) and a
 * code, endpoint and field path for the log (`details`): never the answer's values.
 */
export function malformedJiraAnswer(err: JiraResponseError, message: string): AppError {
  return new AppError('JIRA_ERROR', message, { reason: JIRA_MALFORMED_ANSWER, endpoint: err.endpoint, field: err.field });
}
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
  if (err instanceof JiraResponseError) return malformedJiraAnswer(err, 'Jira answered in a form SquadFlow does not expect, so this could not be read. Try again; if it keeps happening, tell your Jira admin.');
  if (err instanceof JiraError) return new AppError('JIRA_ERROR', err.message);
  return err;
}
