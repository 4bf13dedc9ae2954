import { defaultSquadConfig } from '../domain/config/default-squad-config';
import { answerPermissions } from '../jira/testing/fake-permissions';
import type { Logger } from '../ports/logger';
import type { JiraHttp, JiraResponse } from '../ports/jira-http';
import { MemoryStore } from '../store/memory-store';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { allResolvers, invokeResolver } from './registry';
import { testResolverDeps } from './testing/test-deps';

/**
 * `metrics.summaries` reads summaries live as the viewer. An issue Jira leaves out (deleted, or
 * hidden from the viewer) is simply absent; a search page of the wrong shape is a failure the page
 * can put in words (JIRA_ERROR, reason JIRA_MALFORMED_ANSWER) and the server logs by code — it is
 * never read as "no summaries".
 */
const GRANTS = { pat: { MKT: ['BROWSE_PROJECTS'] } };

function jiraAnswering(user: string, searchBody: unknown): JiraHttp {
  return {
    request: async (req): Promise<JiraResponse> => {
      const perms = answerPermissions(req, user, GRANTS, ['MKT']);
      if (perms !== undefined) return perms;
      if (req.path.startsWith('/rest/api/3/search/jql')) return { status: 200, headers: {}, text: JSON.stringify(searchBody) };
      return { status: 404, headers: {}, text: '' };
    },
  };
}

async function setup(searchBody: unknown) {
  const store = new MemoryStore();
  await new SquadConfigRepo(store).save(defaultSquadConfig({ id: 'mkt', name: 'MKT', projects: [{ key: 'MKT' }] }), { nowMs: 1 });
  const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
  const log: Logger = { info: () => undefined, warn: (m, f) => warnings.push([m, f]), error: () => undefined };
  const deps = testResolverDeps({ store, log, jiraAs: (user) => jiraAnswering(user, searchBody) });
  const call = () => invokeResolver(allResolvers(), 'metrics.summaries', { squadId: 'mkt', keys: ['MKT-1', 'MKT-2'] }, { accountId: 'pat' }, deps);
  return { call, warnings };
}

describe('metrics.summaries and what Jira answers', () => {
  it('answers the summaries Jira returns; an issue it leaves out is simply absent', async () => {
    const { call, warnings } = await setup({ issues: [{ key: 'MKT-1', fields: { summary: 'Spring campaign' } }], isLast: true });
    expect(await call()).toEqual({ ok: true, data: { summaries: [{ key: 'MKT-1', summary: 'Spring campaign' }] } });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['issues missing', { isLast: true }, 'issues'],
    ['an issue without its summary', { issues: [{ key: 'MKT-1', fields: {} }], isLast: true }, 'issues.0.fields.summary'],
    ['a summary of the wrong type', { issues: [{ key: 'MKT-1', fields: { summary: 42 } }], isLast: true }, 'issues.0.fields.summary'],
  ])('reports a page with %s as summaries that could not be read, logged by code', async (_, body, field) => {
    const { call, warnings } = await setup(body);
    expect(await call()).toEqual({
      ok: false,
      error: {
        code: 'JIRA_ERROR',
        message: 'Issue summaries could not be read: Jira answered the search in an unexpected form. Try again later.',
        details: { reason: 'JIRA_MALFORMED_ANSWER', endpoint: 'POST /rest/api/3/search/jql', field },
      },
    });
    expect(warnings).toEqual([['Jira answer malformed', { resolver: 'metrics.summaries', code: 'JIRA_MALFORMED_ANSWER', endpoint: 'POST /rest/api/3/search/jql', field }]]);
    // No issue text, keys or account in the log.
    expect(JSON.stringify(warnings)).not.toMatch(/MKT-|pat|campaign/);
  });
});
