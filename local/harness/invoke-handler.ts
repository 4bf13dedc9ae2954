import type { Request, Response } from 'express';
import { ERROR_HTTP_STATUS, type AppErrorBody, type ResolverResult } from '../../src/contract/result';
import type { ResolverContext } from '../../src/contract/context';
import type { ResolverDeps } from '../../src/resolvers/deps';
import type { WrappedResolver } from '../../src/resolvers/define-resolver';
import { invokeResolver } from '../../src/resolvers/registry';
import { parseInvokeRequest } from './invoke-request';

/** Forge's limits on a resolver call (DESIGN §3), enforced here so local code fits Forge. */
export const INVOKE_LIMITS = { requestBytes: 500 * 1024, responseBytes: 5 * 1024 * 1024, timeoutMs: 25_000 } as const;

export interface InvokeHandlerOptions {
  resolvers: Record<string, WrappedResolver>;
  deps: ResolverDeps;
  isKnownAccount: (accountId: string) => boolean;
  /** A gadget instance's saved configuration, attached to calls made from it (as Jira attaches `extension.gadgetConfiguration`). */
  gadgetConfig?: (gadgetId: string) => Record<string, unknown> | null;
  timeoutMs?: number;
}

export function sendError(res: Response, error: AppErrorBody, status = ERROR_HTTP_STATUS[error.code]): void {
  res.status(status).json({ ok: false, error } satisfies ResolverResult<never>);
}

function withTimeout(run: Promise<ResolverResult<unknown>>, functionKey: string, timeoutMs: number): Promise<ResolverResult<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ResolverResult<unknown>>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: { code: 'TIMEOUT', message: `SquadFlow took longer than ${timeoutMs / 1000} s to answer, the most Jira allows an app for one request.` } }),
      timeoutMs,
    );
  });
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `POST /api/invoke {functionKey, payload, context?}`: runs the real resolver in-process with the
 * context Jira would give it. Answers `{ok:true, data}` with 200, or `{ok:false, error}` with the
 * status of its code (400 bad payload, 401 no or unknown user, 404 unknown resolver, …).
 */
export function createInvokeHandler(options: InvokeHandlerOptions): (req: Request, res: Response) => Promise<void> {
  const timeoutMs = options.timeoutMs ?? INVOKE_LIMITS.timeoutMs;
  return async (req, res) => {
    const parsed = parseInvokeRequest(req.body);
    if (!parsed.ok) return sendError(res, parsed.error);
    const { functionKey, payload, context = {} } = parsed.request;
    // Forge answers an invocation without a signed-in user with UNAUTHENTICATED; so does the harness.
    const accountId = context.accountId;
    if (accountId === undefined) {
      return sendError(res, { code: 'UNAUTHENTICATED', message: 'No user: send context.accountId (see GET / for the demo users), as Jira attaches the signed-in user.' });
    }
    if (!options.isKnownAccount(accountId)) {
      return sendError(res, { code: 'UNAUTHENTICATED', message: `No user with account ID "${accountId}" can sign in here; see GET / for the demo users.` });
    }
    // From a gadget, Jira attaches the configuration saved on the dashboard, never one the page sends.
    const { gadgetId, ...rest } = context;
    const saved = gadgetId === undefined ? null : (options.gadgetConfig?.(gadgetId) ?? {});
    const ctx: ResolverContext = { ...rest, accountId, ...(saved === null ? {} : { gadgetConfig: saved }) };
    const result = await withTimeout(invokeResolver(options.resolvers, functionKey, payload, ctx, options.deps), functionKey, timeoutMs);
    if (!result.ok) return sendError(res, result.error);
    // Encoded once, measured and sent as these bytes. Not through `res.send`: it would encode the
    // text again and hash it for an ETag, which no POST is ever revalidated against (a burst call's
    // answer is ~115 KB, so both showed in its CPU profile).
    const body = Buffer.from(JSON.stringify(result), 'utf8');
    if (body.length > INVOKE_LIMITS.responseBytes) {
      options.deps.log.error('resolver answer too large for Forge', { resolver: functionKey, bytes: body.length });
      return sendError(res, { code: 'INTERNAL', message: `${functionKey} answered ${body.length} bytes; Forge refuses answers over 5 MB.` });
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  };
}
