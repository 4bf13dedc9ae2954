import { z } from 'zod';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';

const fieldListSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string().optional(),
    custom: z.boolean().optional(),
    schema: z.looseObject({ type: z.string().optional(), items: z.string().optional(), system: z.string().optional(), custom: z.string().optional() }).optional(),
  }),
);

export type JiraFieldInfo = z.infer<typeof fieldListSchema>[number];

/**
 * ID of Jira Software's "Flagged" field on this site (`customfield_NNNNN`, different on every
 * site), found by name among custom fields through `GET /field`; null where there is none.
 */
export async function findFlaggedFieldId(client: JiraClient): Promise<string | null> {
  const fields = await client.call('field', { method: 'GET', path: jiraRoute`/rest/api/3/field` }, fieldListSchema);
  const flagged = fields.find((f) => f.custom === true && f.name === 'Flagged' && /^customfield_\d+$/.test(f.id));
  return flagged?.id ?? null;
}

/** Every field the user can see (`GET /field` answers as the caller), with its schema. */
export async function listFields(client: JiraClient): Promise<JiraFieldInfo[]> {
  return client.call('field', { method: 'GET', path: jiraRoute`/rest/api/3/field` }, fieldListSchema);
}

const LABELS_CUSTOM = 'com.atlassian.jira.plugin.system.customfieldtypes:labels';

/**
 * Whether a field holds a choice from a list: single or multi select, radio buttons, cascading
 * select, labels or components. Only those may split a squad into disciplines: a free-text field
 * (summary, description) would put issue text into storage (issue 12.5).
 */
export function isChoiceField(field: JiraFieldInfo): boolean {
  const type = field.schema?.type;
  const items = field.schema?.items;
  if (type === 'option' || type === 'option-with-child') return true;
  if (type === 'array' && (items === 'option' || items === 'component')) return true;
  if (type === 'array' && items === 'string') return field.schema?.system === 'labels' || field.schema?.custom === LABELS_CUSTOM || field.id === 'labels';
  return false;
}
