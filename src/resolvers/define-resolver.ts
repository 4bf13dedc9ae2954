import { z } from 'zod';
import { toFieldIssues, describeFieldIssues } from '../contract/field-issues';
import { FUNCTION_PAYLOADS, type FunctionData, type FunctionKey, type ParsedPayload } from '../contract/functions';
import { JIRA_MALFORMED_ANSWER, type ResolverResult } from '../contract/result';
import type { ResolverContext } from '../contract/context';
import type { ResolverDeps } from './deps';
import { AppError } from './app-error';
import { FieldRangeError } from '../domain/field-range-error';

export type ResolverHandler<P, T> = (payload: P, ctx: ResolverContext, deps: ResolverDeps) => Promise<T>;

/** A resolver after wrapping: takes untrusted input, never throws, always answers a result. */
export type WrappedResolver = (payload: unknown, ctx: ResolverContext, deps: ResolverDeps) => Promise<ResolverResult<unknown>>;

/** The contract's schemas as a mapped type, so indexing by a generic key keeps the key's output type. */
const PAYLOADS: { readonly [K in FunctionKey]: z.ZodType<ParsedPayload<K>> } = FUNCTION_PAYLOADS;

/** The resolver bound to contract key `K`: it answers exactly `Functions[K]['data']`. */
export type Resolver<K extends FunctionKey> = ((payload: unknown, ctx: ResolverContext, deps: ResolverDeps) => Promise<ResolverResult<FunctionData<K>>>) & {
  readonly key: K;
};

/** A feature's resolvers: each under its own key (a resolver filed under another key does not compile). */
export type ResolverGroup<K extends FunctionKey> = { readonly [P in K]: Resolver<P> };

/**
 * Binds the handler of contract key `K`: the payload is validated with `FUNCTION_PAYLOADS[K]`
 * (so its type is the schema's output, never restated) and the handler must answer
 * `Functions[K]['data']`.
 */
export function defineResolver<K extends FunctionKey>(key: K, handler: ResolverHandler<ParsedPayload<K>, FunctionData<K>>): Resolver<K> {
  const schema = PAYLOADS[key];
  return Object.assign(wrapHandler(key, schema, handler), { key });
}

/**
 * Validates the payload with `schema`, runs `handler`, and turns every failure into
 * `{ok:false, error}`: zod failures are BAD_REQUEST with field-level details, AppErrors keep their
 * code, anything else is INTERNAL and logged without its message (it may hold issue text).
 */
export function wrapHandler<P, T>(name: string, schema: z.ZodType<P>, handler: ResolverHandler<P, T>): (payload: unknown, ctx: ResolverContext, deps: ResolverDeps) => Promise<ResolverResult<T>> {
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
    // A malformed Jira answer is reported to the page as a sentence and logged here by code (the
    // endpoint and field path, never the answer's values or the viewer).
    if (err.details?.['reason'] === JIRA_MALFORMED_ANSWER) deps.log.warn('Jira answer malformed', { resolver: name, code: JIRA_MALFORMED_ANSWER, endpoint: String(err.details['endpoint']), field: String(err.details['field']) });
    return err.details ? { code: err.code, message: err.message, details: err.details } : { code: err.code, message: err.message };
  }
  if (err instanceof FieldRangeError) {
    // The engine refused a value the payload carried: the caller's mistake, named by field.
    return { code: 'BAD_REQUEST', message: `${err.field}: ${err.message}`, details: { fields: [{ path: err.field, message: err.message }] } };
  }
  if (err instanceof z.ZodError) {
    const fields = toFieldIssues(err);
    return { code: 'BAD_REQUEST', message: describeFieldIssues(fields), details: { fields } };
  }
  deps.log.error('resolver failed', { resolver: name, errorType: err instanceof Error ? err.name : typeof err });
  return { code: 'INTERNAL', message: `${name} failed unexpectedly; the error was logged.` };
}
