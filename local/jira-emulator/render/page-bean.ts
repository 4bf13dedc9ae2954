/**
 * Jira's offset-paged answer (the `PageBean…` schemas of the OpenAPI document, used by
 * `project/search`, `statuses/search` and `issue/{id}/changelog`): one page of `all` from `startAt`,
 * with `nextPage` only when more follow.
 */
export function pageBean<T, R>(
  all: readonly T[],
  page: { startAt: number; maxResults: number },
  pageUrl: (startAt: number) => string,
  render: (item: T) => R,
): { self: string; nextPage?: string; maxResults: number; startAt: number; total: number; isLast: boolean; values: R[] } {
  const { startAt, maxResults } = page;
  const isLast = startAt + maxResults >= all.length;
  return {
    self: pageUrl(startAt),
    ...(isLast ? {} : { nextPage: pageUrl(startAt + maxResults) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: all.slice(startAt, startAt + maxResults).map(render),
  };
}
