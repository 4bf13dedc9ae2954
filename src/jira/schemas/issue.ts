import { z } from 'zod';
import { parseJiraTimestamp } from '../../domain/time/parse-jira-timestamp';

/**
 * The subset of a Jira REST v3 issue bean (search/jql result) and of its changelog that SquadFlow
 * reads. Objects are loose: Jira adds fields freely and custom fields live beside the system ones.
 * Shapes checked against the platform OpenAPI document (IssueBean, PageOfChangelogs, Changelog,
 * ChangeDetails, IssueChangeLog, BulkChangelogResponseBean).
 */

/** A Jira timestamp such as `2024-03-05T14:07:33.512+0000`. */
export const jiraTimestampSchema = z
  .string()
  .refine((s) => !Number.isNaN(parseJiraTimestamp(s)), 'must be a Jira timestamp such as 2024-03-05T14:07:33.512+0000');

export const jiraChangeItemSchema = z.looseObject({
  field: z.string().optional(),
  fieldId: z.string().optional(),
  fieldtype: z.string().optional(),
  from: z.string().nullish(),
  fromString: z.string().nullish(),
  to: z.string().nullish(),
  // `toString` (the new value's name) is deliberately not declared: a missing own property would
  // resolve to Object.prototype.toString and fail validation. Loose objects pass it through.
});

/** One changelog entry: `changelog.histories[i]` (search) or `changeHistories[i]` (bulkfetch). */
export const jiraChangeHistorySchema = z.looseObject({
  id: z.string().optional(),
  created: jiraTimestampSchema,
  items: z.array(jiraChangeItemSchema),
});

export const jiraStatusSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  statusCategory: z
    .looseObject({ id: z.number().optional(), key: z.string().optional(), name: z.string().optional() })
    .optional(),
});

const named = z.looseObject({ id: z.string().optional(), name: z.string() });

export const jiraIssueFieldsSchema = z.looseObject({
  created: jiraTimestampSchema,
  status: jiraStatusSchema,
  project: z.looseObject({ id: z.string().optional(), key: z.string().min(1), name: z.string().optional() }),
  issuetype: named.optional(),
  labels: z.array(z.string()).optional(),
  components: z.array(named).optional(),
  resolution: named.nullish(),
});

export const jiraIssueSchema = z.looseObject({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: jiraIssueFieldsSchema,
  /** Search shape (`expand=changelog` or `/issue/{id}/changelog` pages merged by the caller). */
  changelog: z.looseObject({ histories: z.array(jiraChangeHistorySchema) }).optional(),
  /** Bulkfetch shape, when a caller stores the issue together with its changelog. */
  changeHistories: z.array(jiraChangeHistorySchema).optional(),
});

/** One entry of `POST /rest/api/3/changelog/bulkfetch` → `issueChangeLogs[]`. */
export const jiraIssueChangeLogSchema = z.looseObject({
  issueId: z.string().min(1),
  changeHistories: z.array(jiraChangeHistorySchema).default([]),
});

export const jiraBulkChangelogResponseSchema = z.looseObject({
  issueChangeLogs: z.array(jiraIssueChangeLogSchema).default([]),
  nextPageToken: z.string().nullish(),
});

export type JiraChangeItem = z.infer<typeof jiraChangeItemSchema>;
export type JiraChangeHistory = z.infer<typeof jiraChangeHistorySchema>;
export type JiraIssue = z.infer<typeof jiraIssueSchema>;
export type JiraIssueChangeLog = z.infer<typeof jiraIssueChangeLogSchema>;
export type JiraBulkChangelogResponse = z.infer<typeof jiraBulkChangelogResponseSchema>;
