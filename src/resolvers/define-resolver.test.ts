import { z } from 'zod';
import { silentLogger, type Logger } from '../ports/logger';
import type { ResolverDeps } from './deps';
import { defineResolver, wrapHandler, type Resolver } from './define-resolver';
import { AppError } from './app-error';
import { invokeResolver, allResolvers } from './registry';
import { testResolverDeps } from './testing/test-deps';

function deps(log: Logger = silentLogger): ResolverDeps {
  return testResolverDeps({ log, clock: { nowMs: () => 0 } });
}
const ctx = { accountId: 'acc-1', moduleKey: 'squadflow-admin' };

describe('wrapHandler', () => {
  const echo = wrapHandler('demo.echo', z.object({ squadId: z.string().min(1), limit: z.number().int().max(10) }).strict(), async (p) => ({ got: p.squadId }));

  it('answers ok with the handler result for a valid payload', async () => {
    expect(await echo({ squadId: 'growth', limit: 3 }, ctx, deps())).toEqual({ ok: true, data: { got: 'growth' } });
  });

  it('answers BAD_REQUEST naming every bad field', async () => {
    const result = await echo({ squadId: '', limit: 11, extra: true }, ctx, deps());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    const paths = (result.error.details?.fields ?? []).map((f) => f.path).sort();
    expect(paths).toEqual(['extra', 'limit', 'squadId']);
    expect(result.error.message).toMatch(/^Invalid payload for demo\.echo: /);
  });

  it('keeps the code of a thrown AppError', async () => {
    const denied = wrapHandler('demo.denied', z.object({}), async () => {
      throw new AppError('FORBIDDEN', 'Only Jira admins may change squads');
    });
    expect(await denied({}, ctx, deps())).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Only Jira admins may change squads' } });
  });

  it('hides unexpected errors behind INTERNAL and logs no message text', async () => {
    const logged: Array<Record<string, unknown>> = [];
    const log: Logger = { ...silentLogger, error: (_m, f) => logged.push(f ?? {}) };
    const broken = wrapHandler('demo.broken', z.object({}), async () => {
      throw new TypeError('summary "Secret launch" is undefined');
    });
    const result = await broken({}, ctx, deps(log));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'demo.broken failed unexpectedly; the error was logged.' } });
    expect(logged).toEqual([{ resolver: 'demo.broken', errorType: 'TypeError' }]);
  });

  it('treats a missing payload as an empty object', async () => {
    const none = wrapHandler('demo.none', z.object({}).strict(), async () => 'fine');
    expect(await none(undefined, ctx, deps())).toEqual({ ok: true, data: 'fine' });
  });
});

describe('invokeResolver', () => {
  it('answers UNKNOWN_FUNCTION for a key nobody defined, listing the known ones', async () => {
    const result = await invokeResolver(allResolvers(), 'nope', {}, ctx, deps());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('UNKNOWN_FUNCTION');
      expect(result.error.message).toContain('app.info');
    }
  });

  it('does not treat inherited object keys as resolvers', async () => {
    const result = await invokeResolver(allResolvers(), 'toString', {}, ctx, deps());
    expect(result.ok).toBe(false);
  });

  it('runs app.info with the trusted context', async () => {
    expect(await invokeResolver(allResolvers(), 'app.info', {}, { ...ctx, projectKey: 'MKT' }, deps())).toEqual({
      ok: true,
      data: { app: 'SquadFlow', version: 'test', moduleKey: 'squadflow-admin', projectKey: 'MKT', mode: 'emulator' },
    });
  });
});

describe('defineResolver', () => {
  it('binds a contract key to its schema and answer type', async () => {
    const info: Resolver<'app.info'> = defineResolver('app.info', async (_p, c, d) => ({ app: 'SquadFlow', version: d.version, moduleKey: c.moduleKey ?? null, projectKey: null, mode: d.mode }));
    expect(info.key).toBe('app.info');
    expect(await info({ extra: 1 }, ctx, deps())).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    // @ts-expect-error -- the answer must be the contract's AppInfoDto
    defineResolver('app.info', async () => ({ app: 'Other' }));
    // @ts-expect-error -- a key the contract does not have
    defineResolver('demo.nothing', async () => null);
  });

  it('lists every contract key once in the registry', () => {
    const table = allResolvers();
    for (const [key, resolver] of Object.entries(table)) expect((resolver as Resolver<'app.info'>).key).toBe(key);
  });
});
