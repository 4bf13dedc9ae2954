import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { sendError } from '../http/errors';
import { decodePageToken, encodePageToken } from '../http/paging-token';
import { apiEndpoint, queryInt, queryList, queryString } from '../http/route-kit';
import type { IssueRecord } from '../../demo-data';
import { compileJql, JqlError, type CompiledJql } from '../jql';
import { canBrowseIssue } from '../permissions';
import { selectFields } from '../render/field-selection';
import { renderIssue } from '../render/render-issue';
import { jqlContextFor, renderContextFor, type EmulatorRuntime } from '../runtime';
import type { DemoUser } from '../users';

const searchBody = z.strictObject({
  jql: z.string().optional(),
  fields: z.array(z.string()).optional(),
  maxResults: z.number().int().min(0).optional(),
  nextPageToken: z.string().nullish(),
  expand: z.union([z.string(), z.array(z.string())]).optional(),
  properties: z.array(z.string()).max(5).optional(),
  fieldsByKeys: z.boolean().optional(),
  failFast: z.boolean().optional(),
  reconcileIssues: z.array(z.number().int()).max(50).optional(),
});

const countBody = z.strictObject({ jql: z.string().optional() });

interface SearchParams {
  jql: string;
  fields: string[];
  maxResults: number;
  nextPageToken: string | null;
  expand: string[];
}

/** Jira's page caps: 5,000 when only IDs/keys are asked for, 100 with fields. */
const MAX_IDS_PAGE = 5000;
const MAX_FIELDS_PAGE = 100;
const CACHE_SIZE = 16;

/** Issues a query could match: only its projects' when it names them (same result, as it still filters). */
export function searchCandidates(rt: EmulatorRuntime, compiled: CompiledJql): Iterable<IssueRecord> {
  return compiled.projects === null ? rt.store.all() : rt.store.inProjects(compiled.projects);
}

/**
 * Enhanced search (`/rest/api/3/search/jql`): JQL subset, `fields`, `expand=changelog`, and
 * `nextPageToken` paging without `total`. The old `/rest/api/3/search` answers 410, as on Cloud.
 */
export function registerSearch(router: Router, rt: EmulatorRuntime): void {
  const cache = new Map<string, { version: number; ids: string[] }>();

  const search = (req: Request, res: Response, user: DemoUser, params: SearchParams): void => {
    let compiled;
    try {
      compiled = compileJql(params.jql, jqlContextFor(rt, user));
    } catch (error) {
      if (error instanceof JqlError) return sendError(res, 400, [error.message]);
      throw error;
    }
    const fields = selectFields(params.fields, 'none');
    const pageSize = Math.max(1, Math.min(params.maxResults, fields.length === 0 ? MAX_IDS_PAGE : MAX_FIELDS_PAGE));
    const fingerprint = `${user.accountId}\n${params.jql}`;
    const offset = params.nextPageToken === null ? 0 : decodePageToken(params.nextPageToken, fingerprint);
    if (offset === null) return sendError(res, 400, ['The provided next page token is invalid or expired, or belongs to another query.']);

    // The first page always evaluates afresh: relative dates (`updated >= -1h`) move with the clock.
    // Later pages reuse that snapshot, as a page token pins the query.
    let hit = params.nextPageToken === null ? undefined : cache.get(fingerprint);
    if (hit === undefined || hit.version !== rt.store.version) {
      const matches = [...searchCandidates(rt, compiled)].filter((i) => canBrowseIssue(user, i) && compiled.matches(i)).sort(compiled.compare);
      hit = { version: rt.store.version, ids: matches.map((i) => i.id) };
      cache.delete(fingerprint);
      cache.set(fingerprint, hit);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
    }
    const ctx = renderContextFor(rt, req, user);
    const withChangelog = params.expand.includes('changelog');
    const issues = hit.ids.slice(offset, offset + pageSize).flatMap((id) => {
      const issue = rt.store.find(id);
      return issue === undefined ? [] : [renderIssue(issue, fields, ctx, withChangelog)];
    });
    const isLast = offset + pageSize >= hit.ids.length;
    res.json(isLast ? { issues, isLast } : { issues, nextPageToken: encodePageToken(offset + pageSize, fingerprint), isLast });
  };

  router.post(
    '/rest/api/3/search/jql',
    ...apiEndpoint(rt, 'search', (req, res, user) => {
      const body = searchBody.parse(req.body ?? {});
      search(req, res, user, {
        jql: body.jql ?? '',
        fields: body.fields ?? [],
        maxResults: body.maxResults ?? 50,
        nextPageToken: body.nextPageToken ?? null,
        expand: queryList(body.expand),
      });
    }),
  );

  router.get(
    '/rest/api/3/search/jql',
    ...apiEndpoint(rt, 'search', (req, res, user) => {
      search(req, res, user, {
        jql: queryString(req.query.jql) ?? '',
        fields: queryList(req.query.fields),
        maxResults: queryInt(req.query.maxResults, 50, 'maxResults'),
        nextPageToken: queryString(req.query.nextPageToken) ?? null,
        expand: queryList(req.query.expand),
      });
    }),
  );

  router.post(
    '/rest/api/3/search/approximate-count',
    ...apiEndpoint(rt, 'approximate-count', (_req, res, user) => {
      const body = countBody.parse(_req.body ?? {});
      const jql = body.jql ?? '';
      if (!/\S/.test(jql.replace(/\border\s+by\b[\s\S]*$/i, ''))) {
        return sendError(res, 400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
      }
      let compiled;
      try {
        compiled = compileJql(jql, jqlContextFor(rt, user));
      } catch (error) {
        if (error instanceof JqlError) return sendError(res, 400, [error.message]);
        throw error;
      }
      let count = 0;
      for (const issue of searchCandidates(rt, compiled)) if (canBrowseIssue(user, issue) && compiled.matches(issue)) count++;
      res.json({ count });
    }),
  );

  const gone = (_req: Request, res: Response): void =>
    sendError(res, 410, [
      'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
    ]);
  router.get('/rest/api/3/search', gone);
  router.post('/rest/api/3/search', gone);
}
