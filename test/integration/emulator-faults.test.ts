import type { Call } from '../../local/jira-emulator/testing/test-client';
import { useTestEmulator } from '../helpers/emulator';

describe('emulator faults and request stats', () => {
  const env = useTestEmulator();
  beforeEach(async () => {
    expect((await env().anonymous('DELETE', '/__emulator/faults')).status).toBe(204);
    expect((await env().anonymous('DELETE', '/__emulator/stats')).status).toBe(204);
  });

  const setFaults = async (body: unknown): Promise<{ status: number; body: unknown }> => env().anonymous('POST', '/__emulator/faults', body);
  const search = (): ReturnType<Call> => env().as('app')('POST', '/rest/api/3/search/jql', { jql: 'project = MKT', maxResults: 1 });

  it('answers 429 with Retry-After at the configured rate, the same way for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      expect((await setFaults({ rules: [{ endpoint: 'search', status: 429, retryAfterSeconds: 2, rate: 0.25 }], seed: 11 })).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await search();
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.headers.get('retry-after')).toBe('2');
          expect(res.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
        }
      }
      return statuses;
    };
    const first = await run();
    const limited = first.filter((s) => s === 429).length;
    expect(limited).toBeGreaterThanOrEqual(4);
    expect(limited).toBeLessThanOrEqual(18);
    expect(first.every((s) => s === 200 || s === 429)).toBe(true);
    expect(await run()).toEqual(first);
    expect((await env().as('app')('GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('sends Jira’s quota headers when a rate-limit reason is given', async () => {
    await setFaults({ rules: [{ status: 429, retryAfterSeconds: 30, rateLimitReason: 'jira-quota-tenant-based', count: 1 }] });
    const res = await env().as('app')('GET', '/rest/api/3/myself');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.headers.get('ratelimit-reason')).toBe('jira-quota-tenant-based');
    expect(res.headers.get('x-ratelimit-reason')).toBe('jira-quota-tenant-based');
    expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
    expect((await env().as('app')('GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('skips, counts and targets endpoints: the 3rd bulkfetch fails once with a 503', async () => {
    await setFaults({ rules: [{ endpoint: ['bulkfetch'], skip: 2, count: 1, status: 503 }] });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await env().as('app')('POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['MKT-1'] })).status);
    expect(statuses).toEqual([200, 200, 503, 200, 200]);
    const listed = (await env().anonymous('GET', '/__emulator/faults')).body;
    expect(listed).toEqual({ rules: [{ endpoint: ['bulkfetch'], skip: 2, count: 1, status: 503, fired: 1 }] });
  });

  it('delays, truncates and mangles bodies on demand', async () => {
    await setFaults({ rules: [{ endpoint: 'myself', latencyMs: 150, count: 1 }] });
    const started = Date.now();
    expect((await env().as('app')('GET', '/rest/api/3/myself')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    await setFaults({ rules: [{ endpoint: 'search', body: 'truncated', count: 1 }, { endpoint: 'field', body: 'malformed', count: 1 }] });
    const truncated = await search();
    expect(truncated.status).toBe(200);
    expect(() => JSON.parse(truncated.text) as unknown).toThrow();
    expect(truncated.text.startsWith('{"issues":[')).toBe(true);
    const malformed = await env().as('app')('GET', '/rest/api/3/field');
    expect(malformed.headers.get('content-type')).toContain('application/json');
    expect(malformed.text).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');
    expect((await search()).body).toMatchObject({ isLast: false });
  });

  it('refuses malformed rules, naming the field', async () => {
    const res = await setFaults({ rules: [{ status: 200 }] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errors: { 'rules.0.status': expect.stringContaining('400') as unknown } });
    expect((await setFaults({ rules: [{ statusCode: 429 }] })).status).toBe(400);
  });

  it('counts requests per endpoint and user, and resets', async () => {
    await search();
    await search();
    await env().as('mia')('GET', '/rest/api/3/issue/MKT-1');
    await env().as('mia')('GET', '/rest/api/3/issue/MKT-1/changelog');
    await env().anonymous('GET', '/rest/api/3/myself');
    await setFaults({ rules: [{ endpoint: 'field', status: 500 }] });
    await env().as('alice')('GET', '/rest/api/3/field');
    expect((await env().anonymous('GET', '/__emulator/stats')).body).toEqual({
      total: 6,
      byEndpoint: { search: 2, issue: 1, changelog: 1, myself: 1, field: 1 },
      byUser: { app: 2, mia: 2, anonymous: 1 },
      faultsInjected: 1,
    });
    expect(env().emulator.state.stats().total).toBe(6);
    env().emulator.state.resetStats();
    expect((await env().anonymous('GET', '/__emulator/stats')).body).toEqual({ total: 0, byEndpoint: {}, byUser: {}, faultsInjected: 1 });
  });
});
