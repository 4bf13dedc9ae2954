/**
 * Jira fields the emulator knows exist but does not search or sort on: asking for them gets an
 * "unsupported" error naming the field, instead of Jira's "does not exist" one.
 */
export const KNOWN_UNSUPPORTED_FIELDS = new Set([
  'reporter', 'creator', 'description', 'text', 'comment', 'environment', 'priority',
  'component', 'fixversion', 'affectedversion', 'sprint', 'parent', 'epic link', 'resolutiondate', 'resolved',
  'duedate', 'due', 'watcher', 'watchers', 'voter', 'votes', 'lastviewed', 'level', 'filter', 'attachments',
  'originalestimate', 'remainingestimate', 'timespent', 'worklogdate', 'worklogauthor', 'workratio', 'subtasks',
  'issuelink', 'issuelinktype', 'category', 'statuscategorychangeddate', 'story points', 'customfield_10016',
  'project category', 'rank', 'team', 'labels[]',
]);
