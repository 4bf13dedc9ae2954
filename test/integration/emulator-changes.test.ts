import { MKT_STATUS, PEOPLE } from '../../local/demo-data';
import type { IssueEvent } from '../../local/jira-emulator';
import { TEST_NOW_MS } from '../../local/jira-emulator/testing/test-client';
import { useTestEmulator } from '../helpers/emulator';

type Issue = { key: string; fields: Record<string, unknown>; changelog?: { histories: Array<{ id: string; created: string; author: { accountId: string }; items: unknown[] }> } };

describe('emulator changes: transitions, labels, the state API and issue events', () => {
  let clockMs = TEST_NOW_MS + 60_000;
  const env = useTestEmulator({ clock: () => clockMs });
  const events: IssueEvent[] = [];
  beforeAll(() => {
    env().emulator.onIssueEvent((e) => events.push(e));
  });
  beforeEach(() => {
    events.length = 0;
    clockMs += 3_600_000;
  });

  const ideaKey = (): string => {
    const issue = env().emulator.state.listIssues().find((i) => i.projectKey === 'MKT' && i.statusId === MKT_STATUS.idea && !i.labels.includes('quick-win'));
    if (issue === undefined) throw new Error('no MKT idea in the test data');
    return issue.key;
  };
  const getIssue = async (key: string): Promise<Issue> =>
    (await env().as('alice')('GET', `/rest/api/3/issue/${key}?fields=status,resolution,resolutiondate,labels,updated&expand=changelog`)).body as Issue;
  const transition = async (key: string, id: string): Promise<{ status: number; body: unknown }> => {
    const { status, body } = await env().as('alice')('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
    return { status, body };
  };

  it('offers the workflow’s transitions and moves status, resolution, changelog and updated', async () => {
    const key = ideaKey();
    const offered = (await env().as('alice')('GET', `/rest/api/3/issue/${key}/transitions`)).body as { transitions: Array<{ id: string; name: string; to: { name: string } }> };
    expect(offered.transitions.map((t) => [t.id, t.name, t.to.name])).toEqual([
      ['21', 'Write brief', 'Brief'],
      ['31', 'Start prototyping', 'Prototyping'],
      ['61', 'Drop', 'Dropped'],
    ]);
    expect(await transition(key, '51')).toEqual({ status: 400, body: { errorMessages: ["Transition id '51' is not valid for this issue."], errors: {} } });

    expect((await transition(key, '31')).status).toBe(204);
    const after = await getIssue(key);
    expect(after.fields.status).toMatchObject({ id: '10002', name: 'Prototyping', statusCategory: { key: 'indeterminate' } });
    expect(after.fields.updated).toBe(new Date(clockMs).toISOString().replace('Z', '+0000'));
    const last = after.changelog?.histories.at(-1);
    expect(last).toMatchObject({
      author: { accountId: PEOPLE.alice.accountId },
      items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'Idea', to: '10002', toString: 'Prototyping' }],
    });
    expect(events).toEqual([
      { type: 'updated', issueId: expect.any(String) as unknown, issueKey: key, projectKey: 'MKT', changelog: { id: last?.id, items: [expect.objectContaining({ field: 'status', to: '10002' }) as unknown] }, atMs: clockMs },
    ]);

    // Prototyping → Pilot → Live resolves the issue; reopening Live → Pilot clears the resolution.
    expect((await transition(key, '41')).status).toBe(204);
    expect((await transition(key, '51')).status).toBe(204);
    const live = await getIssue(key);
    expect(live.fields.resolution).toMatchObject({ name: 'Done' });
    expect(live.fields.resolutiondate).toBe(live.fields.updated);
    expect(live.changelog?.histories.at(-1)?.items).toEqual([
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10003', fromString: 'Pilot', to: '10004', toString: 'Live' },
      { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', to: '10000', toString: 'Done' },
    ]);
    expect((await transition(key, '41')).status).toBe(204);
    const reopened = await getIssue(key);
    expect(reopened.fields.resolution).toBeNull();
    expect(reopened.fields.resolutiondate).toBeNull();
    const found = (await env().as('alice')('POST', '/rest/api/3/search/jql', { jql: `key = ${key} AND statusCategory != Done AND updated >= ${clockMs}` })).body as { issues: unknown[] };
    expect(found.issues).toHaveLength(1);
  });

  it('adds, removes and sets labels with one changelog entry per edit, and ignores no-op edits', async () => {
    const key = ideaKey();
    const put = (body: unknown): Promise<{ status: number; body: unknown }> => env().as('mia')('PUT', `/rest/api/3/issue/${key}`, body);
    const before = await getIssue(key);
    const historiesBefore = before.changelog?.histories.length ?? 0;

    expect((await put({ update: { labels: [{ add: 'quick-win' }] } })).status).toBe(204);
    const tagged = await getIssue(key);
    expect(tagged.fields.labels).toEqual([...(before.fields.labels as string[]), 'quick-win'].sort());
    expect(tagged.changelog?.histories).toHaveLength(historiesBefore + 1);
    expect(tagged.changelog?.histories.at(-1)?.items).toEqual([
      expect.objectContaining({ field: 'labels', fieldId: 'labels', toString: (tagged.fields.labels as string[]).join(' ') }),
    ]);
    expect(events.map((e) => e.type)).toEqual(['updated']);

    expect((await put({ update: { labels: [{ add: 'quick-win' }] } })).status).toBe(204);
    expect((await getIssue(key)).changelog?.histories).toHaveLength(historiesBefore + 1);
    expect(events).toHaveLength(1);

    expect((await put({ fields: { labels: ['a', 'b'] } })).status).toBe(204);
    expect((await getIssue(key)).fields.labels).toEqual(['a', 'b']);
    expect((await put({ update: { labels: [{ remove: 'a' }, { set: ['c'] }, { add: 'd' }] } })).status).toBe(204);
    expect((await getIssue(key)).fields.labels).toEqual(['c', 'd']);
  });

  it('refuses bad edits naming the field', async () => {
    const key = ideaKey();
    const put = async (request: unknown): Promise<{ status: number; body: unknown }> => {
      const { status, body } = await env().as('alice')('PUT', `/rest/api/3/issue/${key}`, request);
      return { status, body };
    };
    expect(await put({ update: { labels: [{ add: 'two words' }] } })).toEqual({
      status: 400,
      body: { errorMessages: [], errors: { labels: "The label 'two words' contains spaces which is invalid." } },
    });
    expect(await put({ fields: { duedate: '2025-01-01' } })).toEqual({
      status: 400,
      body: { errorMessages: [], errors: { duedate: "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown." } },
    });
    expect((await put({ fields: { customfield_10016: 'big' } })).body).toEqual({ errorMessages: [], errors: { customfield_10016: 'Operation value must be a number' } });
    expect((await put({ fields: { customfield_10016: 3 } })).status).toBe(204);
    expect(events.filter((e) => e.type === 'updated')).toHaveLength(1);
  });

  it('creates, changes and deletes issues through the state API with the same events', async () => {
    const before = env().emulator.state.listIssues().filter((i) => i.projectKey === 'IT').length;
    const created = env().emulator.state.createIssue({ projectKey: 'IT', summary: 'Hot fix for the CRM sync', labels: ['quick-win'], storyPoints: 1 });
    expect(created.key).toMatch(/^IT-\d+$/);
    expect(created.createdMs).toBe(clockMs);
    const search = (await env().as('ivan')('POST', '/rest/api/3/search/jql', { jql: 'project = IT AND labels = quick-win AND created >= -1m', fields: ['summary'] })).body as { issues: Array<{ key: string }> };
    expect(search.issues.map((i) => i.key)).toContain(created.key);

    const moved = env().emulator.state.transitionIssue(created.key, '10102', { atMs: clockMs + 5, actorAccountId: PEOPLE.ivan.accountId });
    expect(moved.statusId).toBe('10102');
    expect(moved.histories.at(-1)).toMatchObject({ createdMs: clockMs + 5, authorAccountId: PEOPLE.ivan.accountId });
    env().emulator.state.relabelIssue(created.key, { remove: ['quick-win'] });
    env().emulator.state.deleteIssue(created.key);
    expect(events.map((e) => [e.type, e.issueKey])).toEqual([
      ['created', created.key],
      ['updated', created.key],
      ['updated', created.key],
      ['deleted', created.key],
    ]);
    expect(env().emulator.state.getIssue(created.key)).toBeUndefined();
    expect((await env().as('alice')('GET', `/rest/api/3/issue/${created.id}`)).status).toBe(404);
    expect(env().emulator.state.listIssues().filter((i) => i.projectKey === 'IT')).toHaveLength(before);
    expect(() => env().emulator.state.transitionIssue('MKT-1', '10102')).toThrow('Status 10102 (In Progress) is not in the MKT workflow');
  });
});
