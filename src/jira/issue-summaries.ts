import { z } from 'zod';
import type { JiraClient } from './jira-client';
import { JiraHttpError } from './errors';
import { jqlString } from './jql';
import { jiraRoute } from './route';

/**
 * Every issue Jira returns carries its key and summary (a required system field). A page that does
 * not is a malformed answer, reported as such (`JiraResponseError`), never read as "no summaries";
 * issues Jira leaves out (deleted, hidden from the viewer) are simply absent.
 */
const pageSchema = z.looseObject({
  issues: z.array(z.looseObject({ key: z.string(), fields: z.looseObject({ summary: z.string() }) })),
});

/**
 * Summaries of issues by key, read as whoever `client` acts for: one search page (at most 100
 * keys), `project in (…) AND key in (…)` with every value quoted. Jira refuses the whole query
 * when one key no longer exists (deleted since the last sync), so a 400 splits the keys in halves
 * until the missing ones are isolated and left out: about 2·log₂(n) more requests per missing key.
 */
export async function searchSummaries(client: JiraClient, projects: readonly string[], keys: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (keys.length === 0 || projects.length === 0) return out;
  const jql = `project in (${projects.map(jqlString).join(', ')}) AND key in (${keys.map(jqlString).join(', ')}) ORDER BY key ASC`;
  try {
    const page = await client.call('search', { method: 'POST', path: jiraRoute`/rest/api/3/search/jql`, body: { jql, fields: ['summary'], maxResults: keys.length } }, pageSchema);
    for (const issue of page.issues) out.set(issue.key, issue.fields.summary);
  } catch (e) {
    if (!(e instanceof JiraHttpError) || e.status !== 400) throw e;
    // One key alone refused: it no longer exists (for this viewer); leave it out.
    if (keys.length === 1) return out;
    const half = Math.ceil(keys.length / 2);
    for (const part of [keys.slice(0, half), keys.slice(half)]) for (const [k, v] of await searchSummaries(client, projects, part)) out.set(k, v);
  }
  return out;
}
