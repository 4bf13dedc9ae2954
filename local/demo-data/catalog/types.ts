/** Jira's three status categories, by their REST `key`. */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusDef {
  id: string;
  name: string;
  description: string;
  category: StatusCategoryKey;
  /** Resolution set when an issue enters this status (Done-category statuses only). */
  resolutionId?: string;
}

export interface TransitionDef {
  /** Transition IDs are per workflow, as in Jira. */
  id: string;
  name: string;
  toStatusId: string;
  fromStatusIds: readonly string[];
  /** The transition shows a screen; `required` fields must be sent with it. */
  screen?: { fields: readonly ScreenFieldDef[] };
  /** A workflow validator: Jira refuses the move with `message` while the condition fails. */
  validator?: { kind: 'assignee-required'; message: string };
}

/** A field on a transition screen (`FieldMetadata` in REST). */
export interface ScreenFieldDef {
  /** Field ID, e.g. `resolution`. */
  key: string;
  name: string;
  required: boolean;
  schema: { type: string; system?: string };
  /** Values the field may take, as REST renders them (resolutions, options). */
  allowed?: 'resolutions';
}

export interface WorkflowDef {
  /** Workflow entity ID, as the `Workflow` changelog item of a move records it. */
  id: string;
  name: string;
  initialStatusId: string;
  statuses: readonly StatusDef[];
  transitions: readonly TransitionDef[];
}

export interface ComponentDef {
  id: string;
  name: string;
  description: string;
}

export interface ProjectDef {
  id: string;
  key: string;
  name: string;
  description: string;
  projectTypeKey: 'software' | 'business';
  leadAccountId: string;
  components: readonly ComponentDef[];
  workflow: WorkflowDef;
  /** Issue security levels available in this project (empty: no issue security scheme). */
  securityLevelIds: readonly string[];
}

export interface IssueTypeDef {
  id: string;
  name: string;
  description: string;
  hierarchyLevel: number;
}

export interface NamedDef {
  id: string;
  name: string;
  description: string;
}

export type Discipline = 'Marketing' | 'IT' | 'Agile';

export interface PersonDef {
  /** Jira Cloud account ID (24 hex digits, or `712020:<uuid>` for newer accounts). */
  accountId: string;
  displayName: string;
  /** Work e-mail; `example.com` so nothing leaves the machine. */
  email: string;
  discipline: Discipline;
  /** Job title, shown in the emulator's README. */
  title: string;
}
