import { z } from 'zod';
import { JiraClient } from './jira-client';
import { jiraRoute } from './route';
import { JiraHttpError, JiraResponseError, JiraUnavailableError, QuotaExhaustedError, RateLimitedError } from './errors';
import { json, scriptedHttp } from './testing/scripted-http';

const schema = z.object({ count: z.number() });
const req = { method: 'POST' as const, path: jiraRoute`/rest/api/3/search/approximate-count?${new URLSearchParams({ jql: 'secret' })}`, body: {} };

function client(script: Parameters<typeof scriptedHttp>[0], extra: ConstructorParameters<typeof JiraClient>[1] = {}) {
  const http = scriptedHttp(script);
  const waits: number[] = [];
  const c = new JiraClient(http, { sleep: async (ms) => void waits.push(ms), random: () => 0.5, clock: { nowMs: () => 0 }, ...extra });
  return { c, http, waits };
}

describe('JiraClient', () => {
  it('returns the validated body and counts the request', async () => {
    const { c } = client([json(200, { count: 7, extra: true })]);
    expect(await c.call('count', req, schema)).toEqual({ count: 7 });
    expect(c.stats.snapshot()).toEqual({ count: 1 });
  });

  it('retries 429 after Retry-After plus jitter and 500 with exponential backoff', async () => {
    const { c, waits } = client([json(429, {}, { 'retry-after': '3' }), json(500, {}), json(503, {}), json(200, { count: 1 })]);
    expect(await c.call('count', req, schema)).toEqual({ count: 1 });
    // 3 s + 0.5·500 ms jitter; then 1000·(0.5+0.25) and 2000·(0.5+0.25) for attempts 1 and 2.
    expect(waits).toEqual([3250, 750, 1500]);
    expect(c.stats.get('count')).toBe(4);
    expect(c.stats.retries).toBe(3);
    expect(c.stats.rateLimited).toBe(1);
  });

  it('stops after maxAttempts with an error naming the endpoint but not the query', async () => {
    const { c } = client([json(502, {}), json(502, {}), json(502, { errorMessages: ['bad gateway'] })], { maxAttempts: 3 });
    const err = await c.call('count', req, schema).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraHttpError);
    expect((err as Error).message).toBe('POST /rest/api/3/search/approximate-count answered HTTP 502: bad gateway');
  });

  it('does not retry a 400 or 404', async () => {
    const { c, http } = client([json(404, { errorMessages: ['No project'] })]);
    await expect(c.call('count', req, schema)).rejects.toMatchObject({ status: 404 });
    expect(http.requests).toHaveLength(1);
  });

  it('throws RateLimitedError instead of waiting longer than maxWaitMs', async () => {
    const { c, waits } = client([json(429, {}, { 'retry-after': '120' })], { maxWaitMs: 10_000 });
    const err = await c.call('count', req, schema).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterMs).toBe(120_250);
    expect(waits).toEqual([]);
  });

  it('does not start a wait that would pass the deadline', async () => {
    const { c } = client([json(503, {}, { 'retry-after': '5' })], { deadlineMs: 4_000 });
    await expect(c.call('count', req, schema)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('turns a jira-quota 429 into QuotaExhaustedError at once', async () => {
    const { c, http } = client([json(429, {}, { 'retry-after': '1800', 'ratelimit-reason': 'jira-quota-tenant-based' })]);
    const err = (await c.call('count', req, schema).catch((e: unknown) => e)) as QuotaExhaustedError;
    expect(err).toBeInstanceOf(QuotaExhaustedError);
    expect([err.resetAtMs, err.reason, http.requests.length]).toEqual([1_800_000, 'jira-quota-tenant-based', 1]);
  });

  it('names the endpoint and the field of a malformed answer', async () => {
    const { c } = client([json(200, { count: 'seven' })]);
    const err = await c.call('count', req, schema).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraResponseError);
    expect((err as Error).message).toBe('POST /rest/api/3/search/approximate-count answered an unexpected body: count: Invalid input: expected number, received string');
  });

  it('reports a truncated body as not JSON', async () => {
    const { c } = client([{ status: 200, headers: {}, text: '{"count": 1' }]);
    await expect(c.call('count', req, schema)).rejects.toThrow('answered an unexpected body: (body): not JSON (11 characters)');
  });

  it('retries network failures and time-outs, then gives up', async () => {
    const hang = () => new Promise<never>(() => undefined);
    const { c } = client([new Error('ECONNRESET'), hang, new Error('ECONNRESET')], { maxAttempts: 3, timeoutMs: 20 });
    const err = await c.call('count', req, schema).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as Error).message).toBe('POST /rest/api/3/search/approximate-count failed 3 times: ECONNRESET');
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return json(200, { count: 1 });
    };
    const { c } = client(Array.from({ length: 6 }, () => slow), { concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => c.call('count', req, schema)));
    expect(peak).toBe(2);
  });
});
