import { hostBridge } from '@host-bridge';

/** Host actions pages may trigger; everything else they need comes from `useHostContext`. */
export const submitGadgetConfig = (config: Record<string, unknown>): Promise<void> => hostBridge.submitGadgetConfig(config);
export const closeEditor = (): Promise<void> => hostBridge.close();
export const openSquadMetrics = (projectKey: string, squadId: string): Promise<void> => hostBridge.openSquadMetrics(projectKey, squadId);
export const openIssue = (issueKey: string): Promise<void> => hostBridge.openIssue(issueKey);
export const readPageQuery = (): Promise<string> => hostBridge.readQuery();
/** A change the user made: a new history entry, so Back returns to the view before it. */
export const pushPageQuery = (search: string): Promise<void> => hostBridge.writeQuery(search, 'push');
/** Calls `listener` with the query string the user went back or forward to. */
export const watchPageQuery = (listener: (search: string) => void): (() => void) => hostBridge.watchQuery(listener);
/** Opens a Jira path (an issue, an issue search) in a new tab through the host's router. */
export const openInJira = (path: string): Promise<void> => hostBridge.openJira(path);
