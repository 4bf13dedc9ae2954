/** Jira's status categories by their REST `key`; `undefined` is Jira's own key for "no category". */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done' | 'undefined';

/** What the config domain needs to know about one of a project's statuses. */
export interface StatusInfo {
  id: string;
  name: string;
  category: StatusCategoryKey;
}
