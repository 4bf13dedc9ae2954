import type { IssueHistory } from '../domain/model/issue-history';
import { parseJiraTimestamp } from '../domain/time/parse-jira-timestamp';
import { issueToHistory } from '../jira/issue-to-history';
import type { JiraChangeHistory } from '../jira/schemas/issue';
import type { SyncIssue } from '../jira/schemas/search';
import { encodeIssue, type IssueMeta, type StoredIssue } from '../store/stored-issue';
import type { FetchScope } from './fetch-scope';

/** `fields.updated` in ms, or `created` when Jira left it out. */
export function updatedMsOf(issue: SyncIssue): number {
  const updated = issue.fields.updated === undefined ? NaN : parseJiraTimestamp(issue.fields.updated);
  return Number.isNaN(updated) ? parseJiraTimestamp(issue.fields.created) : updated;
}

export function metaOf(issue: SyncIssue): IssueMeta {
  return { updatedMs: updatedMsOf(issue), secured: issue.fields.security !== undefined && issue.fields.security !== null };
}

/** An issue's history with only the labels a rule of the squad needs (`scope.labels`). */
export function historyOf(issue: SyncIssue, histories: readonly JiraChangeHistory[] | undefined, scope: FetchScope): IssueHistory {
  const history = issueToHistory(issue, histories ?? [], {
    effortFieldId: scope.effortFieldId ?? undefined,
    disciplineFieldId: scope.disciplineFieldId ?? undefined,
  });
  const kept = new Set(scope.labels);
  return { ...history, labels: history.labels.filter((l) => kept.has(l)) };
}

/** A fetched issue and its status histories as one stored tuple (nothing personal kept). */
export function toStored(issue: SyncIssue, histories: readonly JiraChangeHistory[] | undefined, scope: FetchScope): StoredIssue {
  return encodeIssue(historyOf(issue, histories, scope), metaOf(issue));
}
