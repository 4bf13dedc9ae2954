import { z } from 'zod';
import { jiraChangeHistorySchema, jiraIssueFieldsSchema, jiraIssueSchema, jiraTimestampSchema } from './issue';

/**
 * Answers of the endpoints the sync reads, checked against the platform OpenAPI document
 * (SearchAndReconcileResults, JQLCountResultsBean, PageBeanChangelog). The issue bean adds to the
 * shared schema the two fields only the sync needs: `updated` (which copy is newer) and `security`
 * (whether an issue-level security level restricts it).
 */
export const syncIssueSchema = jiraIssueSchema.extend({
  fields: jiraIssueFieldsSchema.extend({
    updated: jiraTimestampSchema.optional(),
    security: z.looseObject({ id: z.string().optional() }).nullish(),
  }),
});
export type SyncIssue = z.infer<typeof syncIssueSchema>;

export const searchPageSchema = z.looseObject({
  issues: z.array(syncIssueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/** The page without its issues checked: each is checked on its own (search.ts `checkIssues`). */
export const searchPageEnvelopeSchema = z.looseObject({
  issues: z.array(z.unknown()).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export const idPageSchema = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string().regex(/^\d+$/, 'must be a numeric issue ID') })).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export const approximateCountSchema = z.looseObject({ count: z.number().int().nonnegative() });

export const changelogPageSchema = z.looseObject({
  startAt: z.number().int().nonnegative().optional(),
  maxResults: z.number().int().optional(),
  total: z.number().int().nonnegative().optional(),
  isLast: z.boolean().optional(),
  values: z.array(jiraChangeHistorySchema).default([]),
});
