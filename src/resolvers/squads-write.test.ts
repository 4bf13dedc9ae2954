import type { JiraHttp, JiraRequest, JiraResponse } from '../ports/jira-http';
import { MemoryStore } from '../store/memory-store';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { defaultSquadConfig } from '../domain/config/default-squad-config';
import type { ResolverDeps } from './deps';
import { invokeResolver } from './registry';
import { squadResolvers } from './squads';
import { testResolverDeps } from './testing/test-deps';
import { answerPermissions } from '../jira/testing/fake-permissions';

/**
 * A project admin who is not a Jira admin: `pat` administers MKT only and browses IT. Statuses:
 * MKT has 1 (Idea) and 2 (Live); IT has 3 (Live).
 */
const GRANTS: Record<string, Record<string, string[]>> = {
  pat: { MKT: ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'], IT: ['BROWSE_PROJECTS'] },
};
const STATUSES: Record<string, Array<{ id: string; name: string; key: string }>> = {
  MKT: [
    { id: '1', name: 'Idea', key: 'new' },
    { id: '2', name: 'Live', key: 'done' },
  ],
  IT: [{ id: '3', name: 'Live', key: 'done' }],
};

function fakeJira(user: string): JiraHttp {
  const json = (body: unknown): JiraResponse => ({ status: 200, headers: {}, text: JSON.stringify(body) });
  return {
    request: async (req: JiraRequest) => {
      const url = new URL(req.path, 'http://jira');
      const permissions = answerPermissions(req, user, GRANTS, ['MKT', 'IT']);
      if (permissions !== undefined) return permissions;
      const statuses = /^\/rest\/api\/3\/project\/(\w+)\/statuses$/.exec(url.pathname);
      if (statuses) {
        const list = STATUSES[statuses[1] ?? ''] ?? [];
        return json([{ id: '1', name: 'Task', statuses: list.map((s) => ({ id: s.id, name: s.name, statusCategory: { key: s.key } })) }]);
      }
      return { status: 404, headers: {}, text: '' };
    },
  };
}

function deps(store = new MemoryStore()): ResolverDeps {
  return testResolverDeps({ jiraAs: fakeJira, store });
}

const mktOnly = { ...defaultSquadConfig({ id: 'mkt', name: 'MKT', projects: [{ key: 'MKT' }] }), statusMap: { MKT: { '1': 'Idea', '2': 'Live' } } };
const joint = { ...defaultSquadConfig({ id: 'joint', name: 'Joint', projects: [{ key: 'MKT' }, { key: 'IT' }] }), statusMap: { MKT: { '1': 'Idea' }, IT: { '3': 'Live' } } };
const call = (d: ResolverDeps, key: string, payload: unknown) => invokeResolver(squadResolvers(), key, payload, { accountId: 'pat' }, d);

describe('squad writes by a project admin who is not a Jira admin', () => {
  it('may create a squad of the projects they administer', async () => {
    const d = deps();
    const res = await call(d, 'squads.save', { config: mktOnly, expectedRevision: null });
    expect(res).toMatchObject({ ok: true, data: { revision: 1, unmapped: {} } });
  });

  it('may not create a squad that spans a project they only browse, naming it', async () => {
    const res = await call(deps(), 'squads.save', { config: joint, expectedRevision: null });
    expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Only Jira admins, or admins of every project of the squad, may create a squad; you do not administer IT' } });
  });

  it('may not take over a squad by removing the projects they do not administer', async () => {
    const store = new MemoryStore();
    await new SquadConfigRepo(store).save(joint, { nowMs: 1 });
    const res = await call(deps(store), 'squads.save', { config: { ...joint, projects: ['MKT'], statusMap: { MKT: { '1': 'Idea' } }, discipline: { by: 'project', values: { MKT: 'MKT' } } }, expectedRevision: 1 });
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await new SquadConfigRepo(store).get('joint'))?.projects).toEqual(['MKT', 'IT']);
  });

  it('answers a failed backfill request with sync: null but keeps the save', async () => {
    const d = { ...deps(), queue: { push: () => Promise.reject(new Error('queue down')) } };
    const res = await call(d, 'squads.save', { config: mktOnly, expectedRevision: null });
    expect(res).toMatchObject({ ok: true, data: { revision: 1, sync: null } });
    expect(await new SquadConfigRepo(d.store).get('mkt')).toEqual(mktOnly);
  });
});
