import type { IssueEvent, LinkEvent } from '../jira-emulator';

/** The Forge product-event payload our trigger reads (`avi:jira:<type>:issue`), built from an emulator event. */
export interface ForgeIssueEvent {
  eventType: `avi:jira:${IssueEvent['type']}:issue`;
  issue: { id: string; key: string; fields: { project: { key: string } } };
  changelog?: IssueEvent['changelog'];
}

/** What Forge would deliver to the `squadflow-issue-events` trigger for this emulator change. */
export function toForgeIssueEvent(event: IssueEvent): ForgeIssueEvent {
  return {
    eventType: `avi:jira:${event.type}:issue`,
    issue: { id: event.issueId, key: event.issueKey, fields: { project: { key: event.projectKey } } },
    ...(event.changelog === undefined ? {} : { changelog: event.changelog }),
  };
}

/** The Forge product-event payload of `avi:jira:<type>:issuelink` (IDs and the link type; no people). */
export interface ForgeIssueLinkEvent {
  eventType: `avi:jira:${LinkEvent['type']}:issuelink`;
  id: string;
  sourceIssueId: string;
  destinationIssueId: string;
  issueLinkType: { id: string };
}

/** What Forge would deliver for an emulator link change: the outward (source) and inward (destination) issues. */
export function toForgeLinkEvent(event: LinkEvent): ForgeIssueLinkEvent {
  return {
    eventType: `avi:jira:${event.type}:issuelink`,
    id: event.link.id,
    sourceIssueId: event.link.outwardIssueId,
    destinationIssueId: event.link.inwardIssueId,
    issueLinkType: { id: event.link.typeId },
  };
}

/**
 * Runs trigger handlers one at a time, off the emulator's request (Forge delivers triggers
 * asynchronously, after the change). `idle()` resolves when every event so far is handled.
 */
export class SerialRunner {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (err: unknown) => void) {}

  add(task: () => Promise<unknown>): void {
    this.tail = this.tail.then(
      () => task().then(() => undefined, this.onError),
      () => undefined,
    );
  }

  idle(): Promise<void> {
    return this.tail;
  }
}
