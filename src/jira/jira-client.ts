import pLimit from 'p-limit';
import type { z } from 'zod';
import type { Clock } from '../ports/clock';
import { systemClock } from '../ports/clock';
import type { JiraHttp, JiraRequest, JiraResponse } from '../ports/jira-http';
import { JiraHttpError, JiraResponseError, JiraUnavailableError, QuotaExhaustedError, RateLimitedError } from './errors';
import { RequestStats } from './request-stats';
import { backoffDelayMs, retryAfterMs, RETRYABLE_STATUSES } from './retry-policy';

export interface JiraClientOptions {
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /**
   * Longest single wait the client sits through. A longer `Retry-After` is thrown as
   * {@link RateLimitedError} so a queue job can reschedule instead of sleeping.
   */
  maxWaitMs?: number;
  /** Per request. */
  timeoutMs?: number;
  /** Requests in flight at once through this client. */
  concurrency?: number;
  /** Absolute epoch ms after which no retry wait is started (a resolver's 25 s budget). */
  deadlineMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  clock?: Clock;
  stats?: RequestStats;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Jira REST client every reader uses: bounded retries with exponential backoff and jitter that
 * honour `Retry-After` on 429/5xx, a time-out per request, a concurrency limit, a count of every
 * request, and zod validation of every answer. A `jira-quota-*` 429 is not retried: it throws
 * {@link QuotaExhaustedError} so background work pauses until the reset.
 */
export class JiraClient {
  readonly stats: RequestStats;
  private readonly opts: Required<Omit<JiraClientOptions, 'deadlineMs' | 'stats'>> & { deadlineMs: number | undefined };
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(
    private readonly http: JiraHttp,
    options: JiraClientOptions = {},
  ) {
    this.stats = options.stats ?? new RequestStats();
    this.opts = {
      maxAttempts: options.maxAttempts ?? 5,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      maxWaitMs: options.maxWaitMs ?? 30_000,
      timeoutMs: options.timeoutMs ?? 20_000,
      concurrency: options.concurrency ?? 4,
      deadlineMs: options.deadlineMs,
      sleep: options.sleep ?? realSleep,
      random: options.random ?? Math.random,
      clock: options.clock ?? systemClock,
    };
    this.limit = pLimit(this.opts.concurrency);
  }

  /** Sends `req` and returns its body parsed by `schema`; `label` groups the request in the stats. */
  async call<S extends z.ZodType>(label: string, req: JiraRequest, schema: S): Promise<z.output<S>> {
    const endpoint = describe(req);
    const res = await this.send(label, req);
    let body: unknown;
    try {
      body = res.text === '' ? undefined : JSON.parse(res.text);
    } catch {
      throw new JiraResponseError(endpoint, '(body)', `not JSON (${res.text.length} characters)`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const field = first === undefined || first.path.length === 0 ? '(root)' : first.path.map(String).join('.');
      throw new JiraResponseError(endpoint, field, first?.message ?? 'invalid');
    }
    return parsed.data;
  }

  /** Sends a request whose answer has no body worth reading (PUT labels, POST transitions). */
  async callNoContent(label: string, req: JiraRequest): Promise<void> {
    await this.send(label, req);
  }

  /** The raw exchange with retries; answers 2xx, throws for everything else. */
  async send(label: string, req: JiraRequest): Promise<JiraResponse> {
    const endpoint = describe(req);
    let lastProblem = '';
    for (let attempt = 0; attempt < this.opts.maxAttempts; attempt++) {
      let serverWaitMs: number | undefined;
      try {
        const res = await this.limit(() => this.once(label, req));
        if (res.status >= 200 && res.status < 300) return res;
        const nowMs = this.opts.clock.nowMs();
        serverWaitMs = retryAfterMs(res.headers, nowMs);
        if (res.status === 429) {
          this.stats.rateLimited++;
          const reason = res.headers['ratelimit-reason'] ?? '';
          if (reason.startsWith('jira-quota')) {
            const waitMs = serverWaitMs ?? 60 * 60_000;
            throw new QuotaExhaustedError(endpoint, waitMs, nowMs + waitMs, reason);
          }
        }
        if (!RETRYABLE_STATUSES.has(res.status)) throw new JiraHttpError(endpoint, res.status, errorDetail(res.text));
        lastProblem = `HTTP ${res.status}`;
        if (attempt === this.opts.maxAttempts - 1) {
          if (res.status === 429) throw new RateLimitedError(endpoint, serverWaitMs ?? this.opts.maxDelayMs);
          throw new JiraHttpError(endpoint, res.status, errorDetail(res.text));
        }
      } catch (err) {
        if (err instanceof JiraHttpError || err instanceof RateLimitedError) throw err;
        // Network failure or time-out: retried like a 503 without Retry-After.
        lastProblem = err instanceof Error ? err.message : String(err);
        if (attempt === this.opts.maxAttempts - 1) break;
      }
      const waitMs = backoffDelayMs(attempt, this.opts, serverWaitMs);
      const deadline = this.opts.deadlineMs;
      if (waitMs > this.opts.maxWaitMs || (deadline !== undefined && this.opts.clock.nowMs() + waitMs > deadline)) {
        throw new RateLimitedError(endpoint, waitMs);
      }
      this.stats.retries++;
      await this.opts.sleep(waitMs);
    }
    throw new JiraUnavailableError(endpoint, this.opts.maxAttempts, lastProblem);
  }

  private async once(label: string, req: JiraRequest): Promise<JiraResponse> {
    this.stats.count(label);
    const timeoutMs = req.timeoutMs ?? this.opts.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.http.request({ ...req, timeoutMs }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** "POST /rest/api/3/search/jql": the query string is left out, it may hold JQL or keys. */
export function describe(req: JiraRequest): string {
  return `${req.method} ${req.path.split('?')[0] ?? ''}`;
}

/** Jira's own error text (errorMessages/errors), shortened; never the request. */
function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as { errorMessages?: unknown; errors?: unknown };
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages.filter((m): m is string => typeof m === 'string') : [];
    const errors = body.errors !== null && typeof body.errors === 'object' ? Object.entries(body.errors as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`) : [];
    return [...messages, ...errors].join('; ').slice(0, 300);
  } catch {
    return '';
  }
}
