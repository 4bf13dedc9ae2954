import { z } from 'zod';
import type { JiraClient } from './jira-client';
import { jiraRoute } from './route';

const fieldListSchema = z.array(z.looseObject({ id: z.string(), name: z.string().optional(), custom: z.boolean().optional(), schema: z.looseObject({ custom: z.string().optional() }).optional() }));

/**
 * ID of Jira Software's "Flagged" field on this site (`customfield_NNNNN`, different on every
 * site), found by name among custom fields through `GET /field`; null where there is none.
 */
export async function findFlaggedFieldId(client: JiraClient): Promise<string | null> {
  const fields = await client.call('field', { method: 'GET', path: jiraRoute`/rest/api/3/field` }, fieldListSchema);
  const flagged = fields.find((f) => f.custom === true && f.name === 'Flagged' && /^customfield_\d+$/.test(f.id));
  return flagged?.id ?? null;
}
