import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../../src/ports/logger';
import { INVOKE_LIMITS, sendError } from './invoke-handler';
import { escapeHtml, harnessPage } from './html';

/** What no route answered: JSON under /api, an HTML page elsewhere. */
export const notFound: RequestHandler = (req, res) => {
  if (req.path.startsWith('/api/')) {
    sendError(res, { code: 'NOT_FOUND', message: `No harness API at ${req.method} ${req.originalUrl}; use POST /api/invoke.` });
    return;
  }
  res.status(404).type('html').send(harnessPage('Not found', `<p class="error">Nothing at ${escapeHtml(req.path)}.</p><p><a href="/">All pages</a></p>`));
};

/** Body-parser failures (malformed JSON, too large), missing assets, and anything a route threw. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.parse.failed') return sendError(res, { code: 'BAD_REQUEST', message: `Malformed JSON body: ${e.message ?? 'cannot parse'}` });
    if (e.type === 'entity.too.large') {
      return sendError(res, { code: 'BAD_REQUEST', message: `Request body larger than ${INVOKE_LIMITS.requestBytes / 1024} KB, Forge's invoke limit.` }, 413);
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      return sendError(res, { code: e.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: `${req.method} ${req.path}: ${e.message ?? 'bad request'}` }, e.status);
    }
    log.error('harness route failed', { path: req.path, errorType: err instanceof Error ? err.name : typeof err });
    sendError(res, { code: 'INTERNAL', message: 'The harness failed to answer; see its log.' });
  };
}
