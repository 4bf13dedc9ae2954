import type { Router } from 'express';
import { z } from 'zod';
import type { ChangeItem, HistoryEntry, IssueRecord } from '../../demo-data';
import { ISSUE_NOT_FOUND, sendError } from '../http/errors';
import { decodePageToken, encodePageToken } from '../http/paging-token';
import { apiEndpoint, queryInt } from '../http/route-kit';
import { pageBean } from '../render/page-bean';
import { renderHistory } from '../render/render-changelog';
import { findVisibleIssue, linksFor, type EmulatorRuntime } from '../runtime';

const bulkBody = z.strictObject({
  issueIdsOrKeys: z.array(z.string().min(1)).min(1, 'At least one issue ID or key is required.').max(1000, 'At most 1000 issue IDs or keys can be requested.'),
  fieldIds: z.array(z.string().min(1)).max(10, 'At most 10 field IDs can be requested.').optional(),
  maxResults: z.number().int().min(1).max(10000).optional(),
  nextPageToken: z.string().nullish(),
});

const PER_ISSUE_MAX = 100;

/**
 * Changelogs: `POST /changelog/bulkfetch` pages through the histories of up to 1,000 issues
 * (issues in ID order, each issue's histories oldest first; `maxResults` counts histories, so an
 * issue's histories may continue on the next page), filtered to `fieldIds`. Issues the user cannot
 * see are left out silently. `GET /issue/{id}/changelog` pages one issue's histories by offset.
 */
export function registerChangelog(router: Router, rt: EmulatorRuntime): void {
  router.post(
    '/rest/api/3/changelog/bulkfetch',
    ...apiEndpoint(rt, 'bulkfetch', (req, res, user) => {
      const body = bulkBody.parse(req.body ?? {});
      const fieldIds = body.fieldIds ?? [];
      const byId = new Map<string, IssueRecord>();
      for (const ref of body.issueIdsOrKeys) {
        const issue = findVisibleIssue(rt, user, ref);
        if (issue !== undefined) byId.set(issue.id, issue);
      }
      const issues = [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
      const fingerprint = `${user.accountId}\n${issues.map((i) => i.id).join(',')}\n${[...fieldIds].sort().join(',')}`;
      const offset = body.nextPageToken == null ? 0 : decodePageToken(body.nextPageToken, fingerprint);
      if (offset === null) return sendError(res, 400, ['The provided next page token is invalid or belongs to another request.']);

      const rows: Array<{ issueId: string; entry: HistoryEntry; items: ChangeItem[] }> = [];
      for (const issue of issues) {
        for (const entry of [...issue.histories].sort((a, b) => a.createdMs - b.createdMs)) {
          const items = fieldIds.length === 0 ? entry.items : entry.items.filter((i) => i.fieldId !== undefined && fieldIds.includes(i.fieldId));
          if (items.length > 0) rows.push({ issueId: issue.id, entry, items });
        }
      }
      const pageSize = body.maxResults ?? 1000;
      const page = rows.slice(offset, offset + pageSize);
      const links = linksFor(req);
      const issueChangeLogs: Array<{ issueId: string; changeHistories: Array<Record<string, unknown>> }> = [];
      for (const row of page) {
        let last = issueChangeLogs.at(-1);
        if (last?.issueId !== row.issueId) {
          last = { issueId: row.issueId, changeHistories: [] };
          issueChangeLogs.push(last);
        }
        last.changeHistories.push(renderHistory(row.entry, links, rt.appUser, row.items));
      }
      const more = offset + pageSize < rows.length;
      res.json(more ? { issueChangeLogs, nextPageToken: encodePageToken(offset + pageSize, fingerprint) } : { issueChangeLogs });
    }),
  );

  router.get(
    '/rest/api/3/issue/:issueIdOrKey/changelog',
    ...apiEndpoint(rt, 'changelog', (req, res, user) => {
      const issue = findVisibleIssue(rt, user, String(req.params.issueIdOrKey));
      if (issue === undefined) return sendError(res, 404, [ISSUE_NOT_FOUND]);
      const startAt = queryInt(req.query.startAt, 0, 'startAt');
      const maxResults = Math.max(1, Math.min(queryInt(req.query.maxResults, PER_ISSUE_MAX, 'maxResults'), PER_ISSUE_MAX));
      const links = linksFor(req);
      const all = [...issue.histories].sort((a, b) => a.createdMs - b.createdMs);
      const pageUrl = (at: number): string => links.api(`issue/${issue.key}/changelog?startAt=${at}&maxResults=${maxResults}`);
      res.json(pageBean(all, { startAt, maxResults }, pageUrl, (h) => renderHistory(h, links, rt.appUser)));
    }),
  );
}
