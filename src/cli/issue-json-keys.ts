import { bytes } from './json-cursor';

/** Member names the fast reader looks for, as bytes (compared without decoding). */
export const K = {
  id: bytes('id'),
  key: bytes('key'),
  fields: bytes('fields'),
  changelog: bytes('changelog'),
  changeHistories: bytes('changeHistories'),
  issues: bytes('issues'),
  histories: bytes('histories'),
  created: bytes('created'),
  items: bytes('items'),
  status: bytes('status'),
  name: bytes('name'),
  statusCategory: bytes('statusCategory'),
  project: bytes('project'),
  issuetype: bytes('issuetype'),
  labels: bytes('labels'),
  components: bytes('components'),
  resolution: bytes('resolution'),
  field: bytes('field'),
  fieldId: bytes('fieldId'),
  fieldtype: bytes('fieldtype'),
  from: bytes('from'),
  fromString: bytes('fromString'),
  to: bytes('to'),
  toString: bytes('toString'),
  value: bytes('value'),
  issuelinks: bytes('issuelinks'),
  parent: bytes('parent'),
  type: bytes('type'),
  inwardIssue: bytes('inwardIssue'),
  outwardIssue: bytes('outwardIssue'),
};

/** The shared empty default of labels and components (each issue gets its own array). */
export const NO_STRINGS: string[] = [];

/** `field` values that matter (status change, key change) and the same for `fieldId`. */
export const FIELD_NAMES = [bytes('status'), bytes('Key')];
export const FIELD_ID_NAMES = [bytes('status'), bytes('key')];

/** Field ids the reader parses itself: a squad field with one of these names goes the slow way. */
export const SYSTEM_FIELDS = new Set(['created', 'status', 'project', 'issuetype', 'labels', 'components', 'resolution', 'issuelinks', 'parent']);
