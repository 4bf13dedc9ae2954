import { z } from 'zod';

const squadId = z.string().max(63, 'must be lower-case letters, digits and dashes (at most 63)').regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');
const issueKey = z.string().max(20, 'must be an issue key such as MKT-12').regex(/^[A-Z][A-Z0-9_]{1,9}-\d{1,9}$/, 'must be an issue key such as MKT-12');

/** Keys one `metrics.summaries` call may ask for: one Jira search page. */
export const MAX_SUMMARY_KEYS = 100;

/**
 * `metrics.summaries`: the summaries of some of a squad's issues, read live from Jira as the viewer
 * (summaries are never stored). Only issues of the squad's projects that the viewer may browse
 * are answered; the others are simply absent.
 */
export const issueSummariesPayload = z
  .object({
    squadId,
    keys: z.array(issueKey).min(1).max(MAX_SUMMARY_KEYS, `at most ${MAX_SUMMARY_KEYS} keys a call`),
  })
  .strict();

export interface IssueSummaryDto {
  key: string;
  summary: string;
}

export interface IssueSummariesFunctions {
  'metrics.summaries': { payload: z.input<typeof issueSummariesPayload>; data: { summaries: IssueSummaryDto[] } };
}
