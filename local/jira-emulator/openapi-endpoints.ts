/**
 * The Jira REST operations the emulator serves, as `METHOD path` keys of the OpenAPI document,
 * with the emulator's endpoint name (the one `/__emulator/stats` and fault rules use).
 */
export const SERVED_OPERATIONS = {
  'POST /rest/api/3/search/jql': 'search',
  'GET /rest/api/3/search/jql': 'search',
  'POST /rest/api/3/search/approximate-count': 'approximate-count',
  'POST /rest/api/3/changelog/bulkfetch': 'bulkfetch',
  'GET /rest/api/3/issue/{issueIdOrKey}/changelog': 'changelog',
  'GET /rest/api/3/issue/{issueIdOrKey}': 'issue',
  'PUT /rest/api/3/issue/{issueIdOrKey}': 'issue-edit',
  'GET /rest/api/3/issue/{issueIdOrKey}/transitions': 'transitions',
  'POST /rest/api/3/issue/{issueIdOrKey}/transitions': 'transition',
  'GET /rest/api/3/project/search': 'project-search',
  'GET /rest/api/3/project/{projectIdOrKey}': 'project',
  'GET /rest/api/3/project/{projectIdOrKey}/statuses': 'project-statuses',
  'GET /rest/api/3/mypermissions': 'mypermissions',
  'POST /rest/api/3/permissions/check': 'permissions-check',
  'GET /rest/api/3/myself': 'myself',
  'GET /rest/api/3/status': 'status',
  'GET /rest/api/3/statuses/search': 'statuses-search',
  'GET /rest/api/3/field': 'field',
} as const;

export type ServedOperation = keyof typeof SERVED_OPERATIONS;

/**
 * Schemas of the values inside `IssueBean.fields` (typed only as "any" by the document), so tests
 * can check each rendered field too.
 */
export const FIELD_VALUE_SCHEMAS = {
  status: 'StatusDetails',
  issuetype: 'IssueTypeDetails',
  project: 'ProjectDetails',
  assignee: 'UserDetails',
  reporter: 'UserDetails',
  priority: 'Priority',
  resolution: 'Resolution',
  security: 'SecurityLevel',
  components: 'ProjectComponent',
  /** Flagged (the demo site's ID; a checkbox field holds `CustomFieldOption`s). */
  customfield_10021: 'CustomFieldOption',
} as const;

export const EXTRA_SCHEMAS = ['ErrorCollection', 'UserPermission', ...Object.values(FIELD_VALUE_SCHEMAS)] as const;
