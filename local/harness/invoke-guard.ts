import type { RequestHandler } from 'express';
import { INVOKE_LIMITS, sendError } from './invoke-handler';
import { jsonDepthExceeds } from './json-depth';

/**
 * Deepest envelope the harness parses. Forge parses the invoke payload itself and refuses absurd
 * nesting; no SquadFlow payload nests deeper than about 8 (a config's stage rules).
 */
export const INVOKE_MAX_DEPTH = 64;

/** Same host and port as the harness (127.0.0.1 or localhost: the harness prints localhost). */
export function isSameSiteOrigin(origin: string, harnessUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const own = new URL(harnessUrl);
  const loopback = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  return parsed.protocol === own.protocol && parsed.port === own.port && (parsed.hostname === own.hostname || (loopback(parsed.hostname) && loopback(own.hostname)));
}

/**
 * Checks made before the body is read, as Forge's front door would: only the harness's own pages
 * (or a client sending no Origin, such as curl or the CLI) may call, and only with a JSON body. A
 * form or `text/plain` post from another site, which a browser sends without asking, is refused.
 */
export function invokeGate(harnessUrl: () => string): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !isSameSiteOrigin(origin, harnessUrl())) {
      return sendError(res, { code: 'FORBIDDEN', message: `Requests from ${origin.slice(0, 100)} may not call this harness; only its own pages (or clients sending no Origin) may.` });
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type !== 'application/json') {
      return sendError(res, { code: 'BAD_REQUEST', message: `POST /api/invoke takes content-type application/json, not "${type === '' ? 'none' : type.slice(0, 60)}".` }, 415);
    }
    next();
  };
}

/**
 * Parses the raw body (express.text) into `req.body`, refusing nesting past {@link INVOKE_MAX_DEPTH}
 * before JSON.parse or any schema walks it.
 */
export const parseInvokeBody: RequestHandler = (req, res, next) => {
  const text: unknown = req.body;
  if (typeof text !== 'string' || text === '') {
    return sendError(res, { code: 'BAD_REQUEST', message: 'POST /api/invoke expects a JSON object {functionKey, payload, context}.' });
  }
  if (jsonDepthExceeds(text, INVOKE_MAX_DEPTH)) {
    return sendError(res, { code: 'BAD_REQUEST', message: `The request nests deeper than ${INVOKE_MAX_DEPTH} levels; no SquadFlow call needs that.` });
  }
  try {
    req.body = JSON.parse(text) as unknown;
  } catch (err) {
    return sendError(res, { code: 'BAD_REQUEST', message: `Malformed JSON body: ${err instanceof Error ? err.message.slice(0, 200) : 'cannot parse'}` });
  }
  next();
};

export const INVOKE_BODY_LIMIT = INVOKE_LIMITS.requestBytes;
