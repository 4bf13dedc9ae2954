import { z } from 'zod';
import { jiraRoute } from '../../src/jira/route';
import type { JiraHttp } from '../../src/ports/jira-http';

export interface Samples {
  /** Projects the index page links board pages for (at most 5). */
  projectKeys: string[];
  /** An issue that exists, for the issue panel link. */
  sampleIssueKey: string | null;
}

const projectsSchema = z.looseObject({ values: z.array(z.looseObject({ key: z.string() })) });
const searchSchema = z.looseObject({ issues: z.array(z.looseObject({ key: z.string() })) });

async function json<T>(http: JiraHttp, schema: z.ZodType<T>, req: Parameters<JiraHttp['request']>[0]): Promise<T | null> {
  const res = await http.request(req);
  if (res.status !== 200) return null;
  const parsed = schema.safeParse(JSON.parse(res.text));
  return parsed.success ? parsed.data : null;
}

/**
 * Asks Jira (emulator or site) for a few projects and one issue, so the index page links to pages
 * that show real data. Failures leave the links out; they never stop the harness.
 */
export async function discoverSamples(http: JiraHttp): Promise<Samples> {
  try {
    const projects = await json(http, projectsSchema, { method: 'GET', path: jiraRoute`/rest/api/3/project/search?${new URLSearchParams({ orderBy: 'key', maxResults: '5' })}` });
    const projectKeys = (projects?.values ?? []).map((p) => p.key).filter((k) => /^[A-Z][A-Z0-9_]{1,9}$/.test(k));
    const first = projectKeys[0];
    if (first === undefined) return { projectKeys, sampleIssueKey: null };
    const found = await json(http, searchSchema, {
      method: 'POST',
      path: jiraRoute`/rest/api/3/search/jql`,
      body: { jql: `project = ${first} ORDER BY key ASC`, fields: ['summary'], maxResults: 1 },
    });
    return { projectKeys, sampleIssueKey: found?.issues[0]?.key ?? null };
  } catch {
    return { projectKeys: [], sampleIssueKey: null };
  }
}
