import { buildConfig } from '../domain/testing/build-issue';
import { json, scriptedHttp, type Scripted } from '../jira/testing/scripted-http';
import { silentLogger } from '../ports/logger';
import { writeManifest } from '../store/data-manifest';
import { readSegment, writeSegment } from '../store/issue-segments';
import { MemoryStore } from '../store/memory-store';
import { DELETED } from '../store/segment-ops';
import { SquadConfigRepo } from '../store/squad-config-repo';
import type { StoredIssue } from '../store/stored-issue';
import { processIssueChange } from './issue-change';
import type { SyncDeps } from './sync-deps';

const stored = (updatedMs: number): StoredIssue => ['10042', 'MKT-42', 'MKT', 'Story', 1_700_000_000, '1', [], [], null, null, null, updatedMs, 0, [], []];

const bean = (project: string, updated: string, status = '2') => ({
  id: '10042',
  key: `${project}-42`,
  fields: { created: '2023-11-14T22:13:20.000+0000', updated, status: { id: status }, project: { key: project }, issuetype: { name: 'Story' }, labels: [], components: [] },
});

async function setup(script: Scripted[]) {
  const store = new MemoryStore({ nowMs: () => 1_800_000_000_000 });
  const http = scriptedHttp(script);
  const deps: SyncDeps = {
    jira: { asUser: () => http, asApp: () => http },
    store,
    queue: { push: async () => undefined },
    clock: { nowMs: () => 1_800_000_000_000 },
    log: silentLogger,
    jiraClientOptions: { sleep: async () => undefined },
  };
  await new SquadConfigRepo(store).save(buildConfig(), { nowMs: 0 });
  await writeManifest(store, 'growth', { v: 1, generation: 1, segments: 1, issueCount: 1, scopeKey: 'p=IT,MKT;e=;d=', publishedAtMs: 0 });
  await writeSegment(store, 'growth', 1, 0, { v: 1, i: { '10042': stored(1_700_000_500_000) }, g: {} });
  return { deps, http, segment: () => readSegment(store, 'growth', 1, 0) };
}

describe('processIssueChange', () => {
  it('updates the timeline from the issue and its status history: two requests', async () => {
    const { deps, http, segment } = await setup([
      json(200, bean('MKT', '2023-11-20T00:00:00.000+0000')),
      json(200, { issueChangeLogs: [{ issueId: '10042', changeHistories: [{ id: '5', created: '2023-11-15T00:00:00.000+0000', items: [{ fieldId: 'status', from: '1', to: '2' }] }] }] }),
    ]);
    await processIssueChange(deps, { issueId: '10042', eventType: 'updated', projectKey: 'MKT' });
    expect(http.requests.map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`)).toEqual(['GET /rest/api/3/issue/10042', 'POST /rest/api/3/changelog/bulkfetch']);
    const issue = (await segment())?.i['10042'];
    expect([issue?.[5], issue?.[11], issue?.[13]]).toEqual(['2', Date.UTC(2023, 10, 20), [[6400, '2', '1']]]);
  });

  it('keeps the stored copy when the fetched one is older', async () => {
    const { deps, segment } = await setup([json(200, bean('MKT', '2023-11-14T22:20:00.000+0000')), json(200, { issueChangeLogs: [] })]);
    await processIssueChange(deps, { issueId: '10042', eventType: 'updated' });
    expect((await segment())?.i['10042']).toEqual(stored(1_700_000_500_000));
  });

  it('removes an issue moved out of the squad, without reading its history', async () => {
    const { deps, http, segment } = await setup([json(200, bean('OPS', '2023-11-21T00:00:00.000+0000'))]);
    await processIssueChange(deps, { issueId: '10042', eventType: 'updated', projectKey: 'OPS' });
    expect(http.requests).toHaveLength(1);
    expect(await segment()).toEqual({ v: 1, i: {}, g: { '10042': Date.UTC(2023, 10, 21) } });
  });

  it('removes a deleted issue without asking Jira, and one Jira no longer shows', async () => {
    const deleted = await setup([]);
    await processIssueChange(deleted.deps, { issueId: '10042', eventType: 'deleted', projectKey: 'MKT' });
    expect(await deleted.segment()).toEqual({ v: 1, i: {}, g: { '10042': DELETED } });
    const gone = await setup([json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] })]);
    await processIssueChange(gone.deps, { issueId: '10042', eventType: 'updated' });
    expect(await gone.segment()).toEqual({ v: 1, i: {}, g: { '10042': 1_800_000_000_000 } });
  });

  it('ignores a created issue of a project no squad covers', async () => {
    const { deps, http } = await setup([]);
    await processIssueChange(deps, { issueId: '99', eventType: 'created', projectKey: 'OPS' });
    expect(http.requests).toEqual([]);
  });
});
