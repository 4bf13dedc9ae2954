import { hostBridge } from '@host-bridge';

/** Host actions pages may trigger; everything else they need comes from `useHostContext`. */
export const submitGadgetConfig = (config: Record<string, unknown>): Promise<void> => hostBridge.submitGadgetConfig(config);
export const closeEditor = (): Promise<void> => hostBridge.close();
export const openSquadMetrics = (projectKey: string, squadId: string): Promise<void> => hostBridge.openSquadMetrics(projectKey, squadId);
export const openIssue = (issueKey: string): Promise<void> => hostBridge.openIssue(issueKey);
