import { FLAGGED_FIELD_ID, STORY_POINTS_FIELD_ID } from '../demo-data';

function system(id: string, name: string, type: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, key: id, name, custom: false, orderable: true, navigable: true, searchable: true, clauseNames: [id], schema: { type, system: id, ...extra } };
}

/** `GET /field`: the system fields the emulator serves, the story-points and the Flagged custom fields. */
export const FIELD_DEFINITIONS: ReadonlyArray<Record<string, unknown>> = [
  system('summary', 'Summary', 'string'),
  system('status', 'Status', 'status'),
  system('project', 'Project', 'project'),
  system('issuetype', 'Issue Type', 'issuetype', {}),
  system('labels', 'Labels', 'array', { items: 'string' }),
  system('components', 'Components', 'array', { items: 'component' }),
  system('resolution', 'Resolution', 'resolution'),
  system('resolutiondate', 'Resolved', 'datetime'),
  system('created', 'Created', 'datetime'),
  system('updated', 'Updated', 'datetime'),
  system('statuscategorychangedate', 'Status Category Changed', 'datetime'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('priority', 'Priority', 'priority'),
  system('security', 'Security Level', 'securitylevel'),
  system('parent', 'Parent', 'issuelink'),
  {
    id: STORY_POINTS_FIELD_ID,
    key: STORY_POINTS_FIELD_ID,
    name: 'Story Points',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10016]', 'Story Points', 'Story Points[Number]'],
    schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 },
  },
  {
    id: FLAGGED_FIELD_ID,
    key: FLAGGED_FIELD_ID,
    name: 'Flagged',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10021]', 'Flagged', 'Flagged[Checkboxes]'],
    schema: { type: 'array', items: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes', customId: 10021 },
  },
];
