import { z } from 'zod';
import { toFieldIssues, describeFieldIssues } from '../contract/field-issues';
import type { ResolverResult } from '../contract/result';
import type { ResolverContext } from '../contract/context';
import type { ResolverDeps } from './deps';
import { AppError } from './app-error';

export type ResolverHandler<P, T> = (payload: P, ctx: ResolverContext, deps: ResolverDeps) => Promise<T>;

/** A resolver after wrapping: takes untrusted input, never throws, always answers a result. */
export type WrappedResolver = (payload: unknown, ctx: ResolverContext, deps: ResolverDeps) => Promise<ResolverResult<unknown>>;

/**
 * Validates the payload with `schema`, runs `handler`, and turns every failure into
 * `{ok:false, error}`: zod failures are BAD_REQUEST with field-level details, AppErrors keep their
 * code, anything else is INTERNAL and logged without its message (it may hold issue text).
 */
export function defineResolver<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: ResolverHandler<z.output<S>, T>,
): WrappedResolver {
  return async (payload, ctx, deps) => {
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      const fields = toFieldIssues(parsed.error);
      return { ok: false, error: { code: 'BAD_REQUEST', message: `Invalid payload for ${name}: ${describeFieldIssues(fields)}`, details: { fields } } };
    }
    try {
      return { ok: true, data: await handler(parsed.data, ctx, deps) };
    } catch (err) {
      return { ok: false, error: toErrorBody(err, name, deps) };
    }
  };
}

function toErrorBody(err: unknown, name: string, deps: ResolverDeps): { code: AppError['code']; message: string; details?: Record<string, unknown> } {
  if (err instanceof AppError) {
    return err.details ? { code: err.code, message: err.message, details: err.details } : { code: err.code, message: err.message };
  }
  if (err instanceof z.ZodError) {
    const fields = toFieldIssues(err);
    return { code: 'BAD_REQUEST', message: describeFieldIssues(fields), details: { fields } };
  }
  deps.log.error('resolver failed', { resolver: name, errorType: err instanceof Error ? err.name : typeof err });
  return { code: 'INTERNAL', message: `${name} failed unexpectedly; the error was logged.` };
}
