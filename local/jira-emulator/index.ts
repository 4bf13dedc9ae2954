export { createJiraEmulator, type JiraEmulator, type JiraEmulatorOptions, type RunningEmulator } from './create-emulator';
export type { IssueEvent, IssueEventListener, LinkEvent, LinkEventListener } from './events';
export type { FaultRule } from './faults';
export type { FieldChanges } from './issue-store';
export type { CreateIssueInput, ChangeOptions, EmulatorState } from './state-api';
export type { LoggedRequest, StatsSnapshot } from './stats';
export { APP_USER, DEMO_USERS, type DemoUser, type GlobalPermission, type ProjectPermission } from './users';
export { STORY_POINTS_FIELD_ID } from '../demo-data';
