import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DemoUser } from '../users';
import { sendError } from './errors';

const requestUsers = new WeakMap<Request, DemoUser>();

/** The authenticated user of a request that passed `basicAuth`. */
export function currentUser(req: Request): DemoUser {
  const user = requestUsers.get(req);
  if (user === undefined) throw new Error('currentUser() called on a request that did not pass basicAuth');
  return user;
}

/**
 * Basic auth with e-mail and API token, as Jira Cloud's REST API takes it. Missing or wrong
 * credentials answer 401 in Jira's error shape.
 */
export function basicAuth(users: readonly DemoUser[], onUser: (user: DemoUser | null) => void): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.get('authorization') ?? '';
    const match = /^Basic\s+(.+)$/i.exec(header);
    if (match === null) {
      onUser(null);
      sendError(res, 401, ['You are not authenticated. Authentication required to perform this operation.']);
      return;
    }
    const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const email = decoded.slice(0, colon);
    const token = decoded.slice(colon + 1);
    const user = users.find((u) => u.email.toLowerCase() === email.toLowerCase() && u.apiToken === token);
    if (colon < 0 || user === undefined) {
      onUser(null);
      sendError(res, 401, ['Client must be authenticated to access this resource: the e-mail address or API token is wrong.']);
      return;
    }
    onUser(user);
    requestUsers.set(req, user);
    next();
  };
}
