import { z } from 'zod';

const issueId = z.string().regex(/^\d{1,18}$/);

/**
 * The part of Forge's `avi:jira:created|deleted:issuelink` event we read: the two issues' IDs
 * (`sourceIssueId`, `destinationIssueId`; accepted at the top level or inside `issueLink`). The
 * link type and people are not needed: re-reading both issues brings their current links.
 */
export const issueLinkEventSchema = z.looseObject({
  eventType: z.string().regex(/:(created|deleted):issuelink$/),
  sourceIssueId: issueId.optional(),
  destinationIssueId: issueId.optional(),
  issueLink: z.looseObject({ sourceIssueId: issueId.optional(), destinationIssueId: issueId.optional() }).optional(),
});

/** Whether `event` looks like a link event at all (then its shape decides what to do). */
export function isIssueLinkEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && typeof (event as { eventType?: unknown }).eventType === 'string' && /:issuelink$/.test((event as { eventType: string }).eventType);
}

/** The IDs of the issues a link event touched (one or two, never repeated); empty when the shape is unexpected. */
export function linkedIssueIds(event: unknown): string[] {
  const parsed = issueLinkEventSchema.safeParse(event);
  if (!parsed.success) return [];
  const e = parsed.data;
  const ids = [e.sourceIssueId ?? e.issueLink?.sourceIssueId, e.destinationIssueId ?? e.issueLink?.destinationIssueId];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}
