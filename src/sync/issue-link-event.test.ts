import { buildConfig } from '../domain/testing/build-issue';
import { json, scriptedHttp } from '../jira/testing/scripted-http';
import type { Logger } from '../ports/logger';
import { writeManifest } from '../store/data-manifest';
import { writeSegment } from '../store/issue-segments';
import { MemoryStore } from '../store/memory-store';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { handleIssueEvent } from './issue-event';
import { linkedIssueIds } from './issue-link-event';
import type { SyncDeps } from './sync-deps';

/**
 * The payload of `avi:jira:created:issuelink` shaped as the Forge events reference lists it: its
 * fields at the top level — the link's `id`, `sourceIssueId`, `destinationIssueId`,
 * `sourceProjectId`, `destinationProjectId`, `issueLinkType` {id, name, inward, outward} — next to
 * `eventType` and `atlassianId`. The values are illustrative.
 */
const DOCUMENTED = {
  eventType: 'avi:jira:created:issuelink',
  id: '10001',
  sourceIssueId: '10004',
  destinationIssueId: '10009',
  sourceProjectId: '10000',
  destinationProjectId: '10000',
  issueLinkType: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  atlassianId: '4ad9aa0c52dc1b420a791d12',
};

describe('linkedIssueIds', () => {
  it('reads the two issue IDs of the documented created and deleted payloads', () => {
    expect(linkedIssueIds(DOCUMENTED)).toEqual({ ok: true, issueIds: ['10004', '10009'] });
    expect(linkedIssueIds({ ...DOCUMENTED, eventType: 'avi:jira:deleted:issuelink' })).toEqual({ ok: true, issueIds: ['10004', '10009'] });
    // Forge's own keys (context, selfGenerated…) are ignored; numeric IDs are taken as their text.
    expect(linkedIssueIds({ ...DOCUMENTED, context: { cloudId: 'x' }, sourceIssueId: 10004 })).toEqual({ ok: true, issueIds: ['10004', '10009'] });
    // A link from an issue to itself re-reads it once.
    expect(linkedIssueIds({ ...DOCUMENTED, destinationIssueId: '10004' })).toEqual({ ok: true, issueIds: ['10004'] });
  });

  it.each([
    ['IDs nested under issueLink', { eventType: DOCUMENTED.eventType, issueLink: { id: '1', sourceIssueId: '10004', destinationIssueId: '10009' } }, 'id'],
    ['no destination', { ...DOCUMENTED, destinationIssueId: undefined }, 'destinationIssueId'],
    ['an issue key instead of an ID', { ...DOCUMENTED, sourceIssueId: 'MKT-4' }, 'sourceIssueId'],
    ['no link type', { ...DOCUMENTED, issueLinkType: undefined }, 'issueLinkType'],
    ['another event', { ...DOCUMENTED, eventType: 'avi:jira:updated:issuelink' }, 'eventType'],
    ['not an object', 'avi:jira:created:issuelink', '(root)'],
  ])('refuses %s, naming the field', (_, event, field) => {
    expect(linkedIssueIds(event)).toEqual({ ok: false, code: 'SYNC_LINK_EVENT_SHAPE', field });
  });
});

describe('handleIssueEvent with link events', () => {
  const NOW = 1_800_000_000_000;
  async function setup() {
    const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
    const log: Logger = { info: () => undefined, warn: (m, f) => warnings.push([m, f]), error: () => undefined };
    const issue = (id: string) => ({
      id,
      key: `MKT-${id}`,
      fields: { created: '2023-11-14T22:13:20.000+0000', updated: '2023-11-20T00:00:00.000+0000', status: { id: '1' }, project: { key: 'MKT' }, issuetype: { name: 'Story' }, labels: [], components: [] },
    });
    const http = scriptedHttp([json(200, issue('10004')), json(200, { issueChangeLogs: [] }), json(200, issue('10009')), json(200, { issueChangeLogs: [] })]);
    const store = new MemoryStore({ nowMs: () => NOW });
    const deps: SyncDeps = { jira: { asUser: () => http, asApp: () => http }, store, queue: { push: async () => undefined }, clock: { nowMs: () => NOW }, log, jiraClientOptions: { sleep: async () => undefined } };
    await new SquadConfigRepo(store).save(buildConfig(), { nowMs: 0 });
    await writeManifest(store, 'growth', { v: 1, generation: 1, segments: 1, issueCount: 0, scopeKey: 'p=IT,MKT;e=;d=', publishedAtMs: 0 });
    await writeSegment(store, 'growth', 1, 0, { v: 1, i: {}, g: {} });
    return { deps, http, warnings };
  }

  it('re-reads both issues of the documented payload as the app', async () => {
    const { deps, http, warnings } = await setup();
    await handleIssueEvent(deps, DOCUMENTED);
    expect(http.requests.map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`)).toEqual([
      'GET /rest/api/3/issue/10004',
      'POST /rest/api/3/changelog/bulkfetch',
      'GET /rest/api/3/issue/10009',
      'POST /rest/api/3/changelog/bulkfetch',
    ]);
    expect(warnings).toEqual([]);
  });

  it('logs junk by code and field, without its values, and asks Jira nothing', async () => {
    const { deps, http, warnings } = await setup();
    await handleIssueEvent(deps, { ...DOCUMENTED, sourceIssueId: 'secret text' });
    expect(http.requests).toEqual([]);
    expect(warnings).toEqual([['ignored issue link event', { code: 'SYNC_LINK_EVENT_SHAPE', field: 'sourceIssueId' }]]);
    expect(JSON.stringify(warnings)).not.toContain('secret');
  });
});
