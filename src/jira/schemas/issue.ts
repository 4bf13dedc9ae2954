import { z } from 'zod';
import { parseJiraTimestamp } from '../../domain/time/parse-jira-timestamp';

/**
 * The subset of a Jira REST v3 issue bean (search/jql result) and of its changelog that SquadFlow
 * reads. Objects are loose: Jira adds fields freely and custom fields live beside the system ones.
 * Shapes checked against the platform OpenAPI document (IssueBean, PageOfChangelogs, Changelog,
 * ChangeDetails, IssueChangeLog, BulkChangelogResponseBean).
 */

/** A Jira timestamp such as `2024-03-05T14:07:33.512+0000`. */
export const jiraTimestampSchema = z
  .string()
  .refine((s) => !Number.isNaN(parseJiraTimestamp(s)), 'must be a Jira timestamp such as 2024-03-05T14:07:33.512+0000');

export const jiraChangeItemSchema = z.looseObject({
  field: z.string().optional(),
  fieldId: z.string().optional(),
  fieldtype: z.string().optional(),
  from: z.string().nullish(),
  fromString: z.string().nullish(),
  to: z.string().nullish(),
  // `toString` (the new value's name) is deliberately not declared: a missing own property would
  // resolve to Object.prototype.toString and fail validation. Loose objects pass it through.
});

/** One changelog entry: `changelog.histories[i]` (search) or `changeHistories[i]` (bulkfetch). */
export const jiraChangeHistorySchema = z.looseObject({
  id: z.string().optional(),
  created: jiraTimestampSchema,
  items: z.array(jiraChangeItemSchema),
});

export const jiraStatusSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  statusCategory: z
    .looseObject({ id: z.number().optional(), key: z.string().optional(), name: z.string().optional() })
    .optional(),
});

const named = z.looseObject({ id: z.string().optional(), name: z.string() });

export const jiraIssueFieldsSchema = z.looseObject({
  created: jiraTimestampSchema,
  status: jiraStatusSchema,
  project: z.looseObject({ id: z.string().optional(), key: z.string().min(1), name: z.string().optional() }),
  issuetype: named.optional(),
  labels: z.array(z.string()).optional(),
  components: z.array(named).optional(),
  resolution: named.nullish(),
});

export const jiraIssueSchema = z.looseObject({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: jiraIssueFieldsSchema,
  /** Search shape (`expand=changelog` or `/issue/{id}/changelog` pages merged by the caller). */
  changelog: z.looseObject({ histories: z.array(jiraChangeHistorySchema) }).optional(),
  /** Bulkfetch shape, when a caller stores the issue together with its changelog. */
  changeHistories: z.array(jiraChangeHistorySchema).optional(),
});

/** One entry of `POST /rest/api/3/changelog/bulkfetch` → `issueChangeLogs[]`. */
export const jiraIssueChangeLogSchema = z.looseObject({
  issueId: z.string().min(1),
  changeHistories: z.array(jiraChangeHistorySchema).default([]),
});

export const jiraBulkChangelogResponseSchema = z.looseObject({
  issueChangeLogs: z.array(jiraIssueChangeLogSchema).default([]),
  nextPageToken: z.string().nullish(),
});

export type JiraChangeItem = z.infer<typeof jiraChangeItemSchema>;
export type JiraChangeHistory = z.infer<typeof jiraChangeHistorySchema>;
export type JiraIssue = z.infer<typeof jiraIssueSchema>;
export type JiraIssueChangeLog = z.infer<typeof jiraIssueChangeLogSchema>;
export type JiraBulkChangelogResponse = z.infer<typeof jiraBulkChangelogResponseSchema>;

/*
 * A hand-written guard with exactly the rules of `jiraIssueSchema`, for hot paths (the CLI reads
 * 100k issues; zod takes a second for that). It never accepts what the schema refuses; when it
 * says no, run `jiraIssueSchema.safeParse` for the field-level message.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const nullishStr = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
const isTimestamp = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(parseJiraTimestamp(v));
const isNamed = (v: unknown): boolean => isObj(v) && optStr(v['id']) && typeof v['name'] === 'string';

function isHistory(h: unknown): boolean {
  if (!isObj(h) || !optStr(h['id']) || !isTimestamp(h['created'])) return false;
  const items = h['items'];
  if (!Array.isArray(items)) return false;
  for (const it of items) {
    if (!isObj(it) || !optStr(it['field']) || !optStr(it['fieldId']) || !optStr(it['fieldtype'])) return false;
    if (!nullishStr(it['from']) || !nullishStr(it['fromString']) || !nullishStr(it['to'])) return false;
  }
  return true;
}

function isHistories(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const h of v) if (!isHistory(h)) return false;
  return true;
}

/** True when `raw` satisfies {@link jiraIssueSchema} (then it can be used as a `JiraIssue` as is). */
export function isJiraIssueShape(raw: unknown): raw is JiraIssue {
  if (!isObj(raw) || !nonEmpty(raw['id']) || !nonEmpty(raw['key'])) return false;
  const f = raw['fields'];
  if (!isObj(f) || !isTimestamp(f['created'])) return false;
  const status = f['status'];
  if (!isObj(status) || !nonEmpty(status['id']) || !optStr(status['name'])) return false;
  const cat = status['statusCategory'];
  if (cat !== undefined && (!isObj(cat) || (cat['id'] !== undefined && typeof cat['id'] !== 'number') || !optStr(cat['key']) || !optStr(cat['name']))) return false;
  const project = f['project'];
  if (!isObj(project) || !optStr(project['id']) || !nonEmpty(project['key']) || !optStr(project['name'])) return false;
  if (f['issuetype'] !== undefined && !isNamed(f['issuetype'])) return false;
  const labels = f['labels'];
  if (labels !== undefined && (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string'))) return false;
  const components = f['components'];
  if (components !== undefined && (!Array.isArray(components) || !components.every(isNamed))) return false;
  if (f['resolution'] !== undefined && f['resolution'] !== null && !isNamed(f['resolution'])) return false;
  const changelog = raw['changelog'];
  if (changelog !== undefined && (!isObj(changelog) || !isHistories(changelog['histories']))) return false;
  if (raw['changeHistories'] !== undefined && !isHistories(raw['changeHistories'])) return false;
  return true;
}
