import { z } from 'zod';

/** Jira issue IDs are decimal numbers, sent as text; a number is taken as its text. */
const issueId = z.union([z.string().regex(/^\d{1,18}$/), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).transform(String)]);

/**
 * Forge's `avi:jira:created:issuelink` / `avi:jira:deleted:issuelink` payload, as the Forge events
 * reference lists it: at the top level the link's `id`, `sourceIssueId`, `destinationIssueId`,
 * `sourceProjectId`, `destinationProjectId` and `issueLinkType` (`{id, name, inward, outward}`),
 * plus `eventType` (and Forge's own keys such as `atlassianId`, `context`, which are ignored). We
 * read only the two issue IDs: both issues are re-read, which brings their current links. Anything
 * else — IDs nested under another key, missing or not numeric — is refused (and logged by code).
 */
export const issueLinkEventSchema = z.looseObject({
  eventType: z.enum(['avi:jira:created:issuelink', 'avi:jira:deleted:issuelink']),
  id: issueId,
  sourceIssueId: issueId,
  destinationIssueId: issueId,
  sourceProjectId: issueId.optional(),
  destinationProjectId: issueId.optional(),
  issueLinkType: z.looseObject({ id: issueId, name: z.string().optional(), inward: z.string().optional(), outward: z.string().optional() }),
});

/** Whether `event` says it is a link event at all (then its shape decides what to do). */
export function isIssueLinkEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && typeof (event as { eventType?: unknown }).eventType === 'string' && /:issuelink$/.test((event as { eventType: string }).eventType);
}

export type LinkEventIds = { ok: true; issueIds: string[] } | { ok: false; code: 'SYNC_LINK_EVENT_SHAPE'; field: string };

/**
 * The IDs of the issues a link event touched (one when a link joins an issue to itself, else two),
 * or the first field that does not have the documented shape — its path only, never its value.
 */
export function linkedIssueIds(event: unknown): LinkEventIds {
  const parsed = issueLinkEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, code: 'SYNC_LINK_EVENT_SHAPE', field: parsed.error.issues[0]?.path.join('.') || '(root)' };
  return { ok: true, issueIds: [...new Set([parsed.data.sourceIssueId, parsed.data.destinationIssueId])] };
}
