import type { ChangeItem, IssueLinkRecord } from '../demo-data';

/** What the harness turns into Forge-like issue triggers (avi:jira:created|updated|deleted:issue). */
export interface IssueEvent {
  type: 'created' | 'updated' | 'deleted';
  issueId: string;
  issueKey: string;
  projectKey: string;
  /** The changelog entry written by an update. */
  changelog?: { id: string; items: ChangeItem[] };
  atMs: number;
}

export type IssueEventListener = (event: IssueEvent) => void;

/** Synchronous fan-out; a throwing listener does not stop the others or the change itself. */
export class IssueEventHub {
  private readonly listeners = new Set<IssueEventListener>();

  subscribe(listener: IssueEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: IssueEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('Jira emulator: an issue event listener threw', error);
      }
    }
  }
}

/** An issue link made or removed (Forge: avi:jira:created|deleted:issuelink). */
export interface LinkEvent {
  type: 'created' | 'deleted';
  link: IssueLinkRecord;
  atMs: number;
}

export type LinkEventListener = (event: LinkEvent) => void;

/** Like {@link IssueEventHub}, for link events. */
export class LinkEventHub {
  private readonly listeners = new Set<LinkEventListener>();

  subscribe(listener: LinkEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: LinkEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('Jira emulator: a link event listener threw', error);
      }
    }
  }
}
