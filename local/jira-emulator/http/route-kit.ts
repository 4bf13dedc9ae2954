import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import type { EmulatorRuntime } from '../runtime';
import type { DemoUser } from '../users';
import { basicAuth, currentUser } from './auth';
import { sendError, sendInvalidPayload } from './errors';

export type ApiHandler = (req: Request, res: Response, user: DemoUser) => void;

/**
 * The middleware chain of one REST endpoint: count it, maybe inject a fault, authenticate, then
 * run the handler; a zod error becomes Jira's 400, anything else a 500 in Jira's shape.
 */
export function apiEndpoint(rt: EmulatorRuntime, name: string, handler: ApiHandler): RequestHandler[] {
  const count: RequestHandler = (req, _res, next) => {
    rt.stats.count(name);
    rt.stats.record({ endpoint: name, method: req.method, rawUrl: req.originalUrl, jql: jqlOf(req) });
    next();
  };
  const auth = basicAuth(rt.loginUsers, (user) => rt.stats.countUser(user?.handle ?? 'anonymous'));
  const run = (req: Request, res: Response, _next: NextFunction): void => {
    try {
      handler(req, res, currentUser(req));
    } catch (error) {
      if (error instanceof ZodError) sendInvalidPayload(res, error);
      else if (error instanceof QueryParamError) sendError(res, 400, [error.message]);
      else {
        console.error(`Jira emulator: ${name} failed`, error);
        sendError(res, 500, ['Internal server error.']);
      }
    }
  };
  return [count, rt.faults.middleware(name, () => rt.now()), auth, run];
}

/** The JQL a request carries (body or query), for the request log. */
function jqlOf(req: Request): string | null {
  const body: unknown = req.body;
  if (typeof body === 'object' && body !== null && typeof (body as { jql?: unknown }).jql === 'string') return (body as { jql: string }).jql;
  return queryString(req.query['jql']) ?? null;
}

/** A query parameter that may be repeated or comma-separated, as a flat list. */
export function queryList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

export function queryString(value: unknown): string | undefined {
  if (Array.isArray(value)) return queryString(value[0]);
  return typeof value === 'string' ? value : undefined;
}

/** A non-negative integer query parameter, or the fallback; a malformed one is a 400 via zod-like error. */
export function queryInt(value: unknown, fallback: number, name: string): number {
  const text = queryString(value);
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new QueryParamError(name, text);
  return n;
}

export class QueryParamError extends Error {
  constructor(
    readonly param: string,
    readonly value: string,
  ) {
    super(`The '${param}' parameter must be a whole number ≥ 0, got '${value}'.`);
  }
}
