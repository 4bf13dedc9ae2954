import type { z } from 'zod';
import type { HttpMethod, JiraHttp, JiraPath } from '../ports/jira-http';

/** A Jira answer that was not 2xx or did not have the documented shape. */
export class JiraReadError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'JiraReadError';
  }
}

/**
 * One Jira request whose JSON answer is checked with `schema`. Non-2xx answers throw a
 * JiraReadError carrying the status (and Retry-After) so callers can map 404 or 429; the small
 * reads of the squad admin flow use it until they are routed through the general client.
 */
export async function readJiraJson<S extends z.ZodType>(
  http: JiraHttp,
  method: HttpMethod,
  path: JiraPath,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  const res = await http.request(body === undefined ? { method, path } : { method, path, body });
  const route = path.split('?')[0] ?? path;
  if (res.status < 200 || res.status >= 300) {
    const retryAfter = Number(res.headers['retry-after']);
    throw new JiraReadError(res.status, route, `Jira answered ${res.status} for ${method} ${route}`, Number.isFinite(retryAfter) ? retryAfter : undefined);
  }
  let json: unknown;
  try {
    json = JSON.parse(res.text);
  } catch {
    throw new JiraReadError(res.status, route, `Jira answered ${method} ${route} with a body that is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new JiraReadError(res.status, route, `Jira's answer to ${method} ${route} has an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return parsed.data;
}
