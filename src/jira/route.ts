import type { JiraPath } from '../ports/jira-http';

/**
 * Builds a Jira REST path the way `@forge/api`'s `route` does: every interpolated value is
 * URI-encoded, so a key or ID cannot add path segments, a query, or `..`. Query values may be passed
 * as a URLSearchParams, which encodes them itself.
 *
 * @example jiraRoute`/rest/api/3/issue/${key}/transitions` // "/rest/api/3/issue/MKT-1/transitions"
 */
export function jiraRoute(strings: TemplateStringsArray, ...values: Array<string | number | URLSearchParams>): JiraPath {
  let path = strings[0] ?? '';
  values.forEach((value, i) => {
    const encoded = value instanceof URLSearchParams ? value.toString() : encodeSegment(String(value));
    path += encoded + (strings[i + 1] ?? '');
  });
  if (!path.startsWith('/rest/')) throw new Error(`Jira paths start with /rest/: ${path}`);
  return path as JiraPath;
}

function encodeSegment(value: string): string {
  if (value === '.' || value === '..') throw new Error(`Refusing path segment "${value}"`);
  return encodeURIComponent(value);
}
