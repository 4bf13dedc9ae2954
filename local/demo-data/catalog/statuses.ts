/** The three Jira status categories with the IDs and colours Jira Cloud uses. */
export const STATUS_CATEGORIES = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;

/** Resolutions: Done for delivered work, Won't Do for the dropped outcome. */
export const RESOLUTIONS = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: 'This issue won\'t be actioned.' },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
] as const;

export const RESOLUTION_DONE = '10000';
export const RESOLUTION_WONT_DO = '10001';

export const PRIORITIES = [
  { id: '1', name: 'Highest', description: 'This problem will block progress.' },
  { id: '2', name: 'High', description: 'Serious problem that could block progress.' },
  { id: '3', name: 'Medium', description: 'Has the potential to affect progress.' },
  { id: '4', name: 'Low', description: 'Minor problem or easily worked around.' },
  { id: '5', name: 'Lowest', description: 'Trivial problem with little or no impact on progress.' },
] as const;

export const ISSUE_TYPES = [
  { id: '10000', name: 'Epic', description: 'A big user story that needs to be broken down.', hierarchyLevel: 1 },
  { id: '10001', name: 'Story', description: 'Functionality or a feature expressed as a user goal.', hierarchyLevel: 0 },
  { id: '10002', name: 'Task', description: 'A small, distinct piece of work.', hierarchyLevel: 0 },
  { id: '10003', name: 'Experiment', description: 'A time-boxed test of an idea with a measurable outcome.', hierarchyLevel: 0 },
] as const;

export const ISSUE_TYPE = { epic: '10000', story: '10001', task: '10002', experiment: '10003' } as const;

/** Issue security: one scheme with one level, used by some IT issues. */
export const SECURITY_SCHEME_ID = '10000';
export const SECURITY_LEVELS = [
  {
    id: '10100',
    name: 'Restricted',
    description: 'Security-sensitive IT work: visible to IT, the CIO and Jira admins only.',
  },
] as const;
export const SECURITY_RESTRICTED = '10100';

/** The numeric story-points field (company-managed "Story Points"), the default effort field. */
export const STORY_POINTS_FIELD_ID = 'customfield_10016';

/**
 * Jira Software's "Flagged" field: a checkbox custom field whose one option is "Impediment". Its ID
 * differs per site (apps find it by name through `GET /field`); the demo site uses this one.
 */
export const FLAGGED_FIELD_ID = 'customfield_10021';
export const FLAGGED_OPTION = { id: '10019', value: 'Impediment' } as const;
