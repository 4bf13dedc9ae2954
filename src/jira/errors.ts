/**
 * Errors of the Jira client. Each names the endpoint (method and path without its query, which may
 * hold JQL) so a failure reads "POST /rest/api/3/search/jql answered …", never a crash deep inside
 * the metrics. Messages carry no issue text or personal data.
 */
export class JiraError extends Error {
  constructor(
    message: string,
    readonly endpoint: string,
  ) {
    super(message);
    this.name = 'JiraError';
  }
}

/** Jira answered with a status the client does not retry (400, 401, 403, 404, …) or retries ran out. */
export class JiraHttpError extends JiraError {
  constructor(
    endpoint: string,
    readonly status: number,
    /** Jira's own messages (errorMessages and errors), shortened; may be shown to the user who asked. */
    readonly detail: string,
  ) {
    super(`${endpoint} answered HTTP ${status}${detail === '' ? '' : `: ${detail}`}`, endpoint);
    this.name = 'JiraHttpError';
  }
}

/** The body is not JSON or not the expected shape; `field` is the dotted path of the first problem. */
export class JiraResponseError extends JiraError {
  constructor(
    endpoint: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${endpoint} answered an unexpected body: ${field}: ${problem}`, endpoint);
    this.name = 'JiraResponseError';
  }
}

/** Rate limited for longer than the caller may wait here: reschedule after `retryAfterMs`. */
export class RateLimitedError extends JiraError {
  constructor(
    endpoint: string,
    readonly retryAfterMs: number,
  ) {
    super(`${endpoint} is rate limited; retry in ${Math.ceil(retryAfterMs / 1000)} s`, endpoint);
    this.name = 'RateLimitedError';
  }
}

/**
 * Jira's points quota for the app is used up (`RateLimit-Reason: jira-quota-*`): every background
 * request of the installation would fail until `resetAtMs`, so callers pause all of it.
 */
export class QuotaExhaustedError extends RateLimitedError {
  constructor(
    endpoint: string,
    retryAfterMs: number,
    readonly resetAtMs: number,
    readonly reason: string,
  ) {
    super(endpoint, retryAfterMs);
    this.message = `${endpoint}: Jira quota exhausted (${reason}) until ${new Date(resetAtMs).toISOString()}`;
    this.name = 'QuotaExhaustedError';
  }
}

/** Network failures or time-outs on every attempt. */
export class JiraUnavailableError extends JiraError {
  constructor(endpoint: string, attempts: number, cause: string) {
    super(`${endpoint} failed ${attempts} times: ${cause}`, endpoint);
    this.name = 'JiraUnavailableError';
  }
}
