import type { Harness } from '../../../local/harness/start-harness';
import type { LoggedRequest } from '../../../local/jira-emulator';
import { parseJql } from '../../../local/jira-emulator/jql';
import type { Clause, Expr, JqlQuery } from '../../../local/jira-emulator/jql/ast';
import { squadJql } from '../../../src/cli/pull-command';
import { jiraRoute } from '../../../src/jira/route';
import { boardJql } from '../../../src/resolvers/board-query';
import { USERS } from '../../helpers/demo-users';
import { demoConfig, fieldPaths, invokeAs, startSquadHarness } from '../squads-env';

jest.setTimeout(120_000);

/**
 * Injection (issue 12): hostile project keys, squad IDs, issue keys, labels, issue-type names and
 * search text against every JQL and REST path the app builds, for the resolvers and the sync. The
 * emulator's request log shows what reached "Jira": JQL values stay one quoted literal each, path
 * values stay one escaped segment, and what the payload schema refuses is a 400 naming the field,
 * before any Jira request.
 */
const HOSTILE: Readonly<Record<string, string>> = {
  'quote that closes the literal': 'MKT" OR project = "IT',
  'escaped quote': 'a\\" OR 1=1 OR \\"',
  'trailing backslash': 'back\\slash\\',
  'JQL keywords': 'ORDER BY key',
  'JQL clause': 'project in (IT)',
  'path traversal': '../../rest/api/3/myself',
  'dot-dot': '..',
  'encoded slash': '%2F..%2Fadmin',
  'query string': 'a?b=c&d=e',
  fragment: 'x#frag',
  newline: 'line\nbreak',
  'tab and carriage return': 'tab\tand\rreturn',
  unicode: 'ünïcødé ✓ 项目',
  'reserved word': 'AND',
};
const CASES = Object.entries(HOSTILE);

/** Every clause of a parsed JQL query. */
function clausesOf(q: JqlQuery): Clause[] {
  const out: Clause[] = [];
  const walk = (e: Expr | null): void => {
    if (e === null) return;
    if (e.kind === 'clause') out.push(e);
    else if (e.kind === 'not') walk(e.expr);
    else {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(q.where);
  return out;
}

/** Field → its quoted values, for one JQL query; throws on an unquoted value. */
function quotedValues(jql: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of clausesOf(parseJql(jql))) {
    const items = c.operand.kind === 'list' ? c.operand.items : c.operand.kind === 'value' ? [c.operand] : [];
    for (const item of items) {
      // Unquoted only what the app writes itself: numbers (status IDs), relative dates (`-5m`), `statusCategory != Done`.
      if (!item.quoted && !/^-?\d+[mhdw]?$/.test(item.text) && !(c.field === 'statusCategory' && item.text === 'Done')) throw new Error(`unquoted value ${item.text} for ${c.field} in ${jql}`);
      (out[c.field] ??= []).push(item.text);
    }
  }
  return out;
}

describe('injection: hostile input against every JQL and REST path the app builds', () => {
  let harness: Harness;
  const log = (): LoggedRequest[] => harness.emulator?.state.requests() ?? [];
  /**
   * Waits for background work (a backfill an earlier test's save queued) before clearing the log,
   * so a test reads only the requests it caused itself.
   */
  const clearLog = async (): Promise<void> => {
    await harness.idle();
    harness.emulator?.state.resetStats();
  };
  beforeAll(async () => {
    harness = await startSquadHarness();
    expect((await invokeAs(harness, 'alice', 'squads.save', { config: demoConfig('joint', 'Joint squad'), expectedRevision: null })).status).toBe(200);
    await harness.idle();
  });
  afterAll(() => harness.close());

  /** Payload fields the schema checks: a hostile value is a 400 naming the field, and Jira is never asked. */
  /** `AND` is a well-formed project key (it stays quoted in JQL, see below), so project-key fields skip it. */
  const VALIDATED: ReadonlyArray<{ key: string; field: string; payload: (h: string) => unknown; wellFormed?: string[] }> = [
    { key: 'squads.get', field: 'squadId', payload: (h) => ({ squadId: h }) },
    { key: 'squads.delete', field: 'squadId', payload: (h) => ({ squadId: h }) },
    { key: 'squads.duplicate', field: 'newId', payload: (h) => ({ squadId: 'joint', newId: h, newName: 'Copy' }) },
    { key: 'sync.status', field: 'squadId', payload: (h) => ({ squadId: h }) },
    { key: 'metrics.get', field: 'squadId', payload: (h) => ({ squadId: h }) },
    { key: 'board.get', field: 'squadId', payload: (h) => ({ squadId: h }) },
    { key: 'board.transitions', field: 'issueKey', payload: (h) => ({ squadId: 'joint', issueKey: h }) },
    { key: 'board.move', field: 'transitionId', payload: (h) => ({ squadId: 'joint', issueKey: 'MKT-1', stage: 'Idea', transitionId: h }) },
    { key: 'board.quickWin', field: 'issueKeys.0', payload: (h) => ({ squadId: 'joint', issueKeys: [h], action: 'add' }) },
    { key: 'squads.projectStatuses', field: 'projectKeys.0', payload: (h) => ({ projectKeys: [h], stageNames: ['Idea', 'Live'] }), wellFormed: ['AND'] },
    { key: 'squads.searchProjects', field: 'keys.0', payload: (h) => ({ keys: [h] }), wellFormed: ['AND'] },
    { key: 'portfolio.get', field: 'squadIds.0', payload: (h) => ({ squadIds: [h] }) },
  ];

  describe.each(VALIDATED)('$key: hostile $field', ({ key, field, payload, wellFormed = [] }) => {
    it.each(CASES)('%s → 400 naming the field, no Jira request', async (_name, hostile) => {
      if (wellFormed.includes(hostile)) return;
      await clearLog();
      const res = await invokeAs(harness, 'alice', key, payload(hostile));
      expect({ status: res.status, code: res.error?.code, fields: fieldPaths(res) }).toEqual({ status: 400, code: 'BAD_REQUEST', fields: [field] });
      expect(log()).toEqual([]);
    });
  });

  it.each(CASES)('squads.searchProjects search text: %s stays one escaped query value of GET /project/search', async (_name, hostile) => {
    await clearLog();
    const res = await invokeAs<{ projects: unknown[] }>(harness, 'alice', 'squads.searchProjects', { query: hostile });
    expect(res.status).toBe(200);
    const searches = log().filter((r) => r.endpoint === 'project-search');
    expect(searches.length).toBeGreaterThan(0);
    for (const r of searches) {
      const url = new URL(r.rawUrl, 'http://jira.invalid');
      expect(url.pathname).toBe('/rest/api/3/project/search');
      expect(url.hash).toBe('');
      expect(url.searchParams.getAll('query')).toEqual([hostile]);
    }
    expect(log().every((r) => r.rawUrl.startsWith('/rest/api/3/'))).toBe(true);
  });

  it('hostile issue-type names in a squad are refused on save (400 naming each), before any search names them', async () => {
    const names = Object.values(HOSTILE).filter((h) => h.trim() === h);
    await clearLog();
    const config = { ...demoConfig('hostile-types', 'Hostile types'), issueTypes: ['Story', ...names] };
    const saved = await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null });
    expect({ status: saved.status, fields: fieldPaths(saved) }).toEqual({ status: 400, fields: names.map((_n, i) => `issueTypes.${i + 1}`).sort() });
    expect(log().filter((r) => r.jql !== null && names.some((n) => r.jql?.includes(n)))).toEqual([]);
  });

  it.each(CASES)('board, CLI-pull and sync JQL builders keep an issue type named %s one quoted value that Jira reads back intact', async (_name, hostile) => {
    const config = { ...demoConfig('x', 'X'), issueTypes: [hostile, 'Story'] };
    for (const jql of [boardJql(config, ['MKT', 'IT']), boardJql(config, ['MKT'], false), squadJql(config)]) {
      const values = quotedValues(jql);
      expect(values['issuetype']).toEqual([hostile, 'Story']);
      expect(Object.keys(values).every((f) => ['project', 'issuetype', 'statusCategory', 'status', 'updated'].includes(f))).toBe(true);
      // Jira (the emulator's parser) reads the one value back: it names exactly that issue type as unknown.
      await clearLog();
      const res = await harness.deps.jira.asUser(USERS.alice).request({ method: 'POST', path: jiraRoute`/rest/api/3/search/jql`, body: { jql, maxResults: 1 } });
      expect(res.status).toBe(400);
      expect((JSON.parse(res.text) as { errorMessages: string[] }).errorMessages).toEqual([`The value '${hostile}' does not exist for the field 'issuetype'.`]);
    }
  });

  it('the sync and the board name the projects only, each quoted (every JQL a squad save, backfill and board read sent)', async () => {
    await clearLog();
    expect((await invokeAs(harness, 'alice', 'squads.save', { config: { ...demoConfig('typed', 'Typed'), issueTypes: ['Story', 'Task'] }, expectedRevision: null })).status).toBe(200);
    await harness.idle();
    expect((await invokeAs(harness, 'alice', 'board.get', { squadId: 'typed' })).status).toBe(200);
    const jqls = log().flatMap((r) => (r.jql === null ? [] : [r.jql]));
    expect(jqls.length).toBeGreaterThan(3);
    for (const jql of jqls) {
      const values = quotedValues(jql);
      expect(values['project']?.length).toBeGreaterThan(0);
      expect((values['project'] ?? []).every((p) => p === 'MKT' || p === 'IT')).toBe(true);
      expect(values['issuetype'] ?? ['Story', 'Task']).toEqual(['Story', 'Task']);
    }
  });

  it('a hostile quick-win label reaches Jira as one label in the body, the path stays /issue/{key}', async () => {
    const labels = Object.values(HOSTILE).filter((h) => /^\S+$/.test(h));
    const issue = harness.emulator?.state.listIssues().find((i) => i.projectKey === 'MKT' && i.statusId === '10000');
    if (issue === undefined) throw new Error('no MKT issue in Idea');
    for (const label of labels) {
      const id = 'hostile-label';
      const current = await invokeAs<{ revision: number } | undefined>(harness, 'alice', 'squads.get', { squadId: id });
      const config = { ...demoConfig(id, 'Hostile label'), projects: ['MKT'], statusMap: { MKT: demoConfig(id, 'x').statusMap['MKT'] ?? {} }, discipline: { by: 'project' as const, values: { MKT: 'Marketing' } }, quickWin: { label } };
      const saved = await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: current.status === 200 ? (current.data?.revision ?? null) : null });
      expect({ label, status: saved.status }).toEqual({ label, status: 200 });
      await clearLog();
      const res = await invokeAs<{ results: Array<{ ok: boolean }> }>(harness, 'alice', 'board.quickWin', { squadId: id, issueKeys: [issue.key], action: 'add' });
      expect({ label, results: res.data.results.map((r) => r.ok) }).toEqual({ label, results: [true] });
      expect(harness.emulator?.state.getIssue(issue.key)?.labels).toContain(label);
      const edits = log().filter((r) => r.method === 'PUT');
      expect(edits.map((r) => r.rawUrl)).toEqual([`/rest/api/3/issue/${issue.key}`]);
      harness.emulator?.state.relabelIssue(issue.key, { remove: [label] });
    }
  });

  it.each(CASES)('REST path segment: %s stays one escaped segment through the Jira transport', async (_name, hostile) => {
    if (hostile === '..') {
      expect(() => jiraRoute`/rest/api/3/issue/${hostile}/transitions`).toThrow('Refusing path segment');
      return;
    }
    await clearLog();
    const res = await harness.deps.jira.asUser(USERS.alice).request({ method: 'GET', path: jiraRoute`/rest/api/3/issue/${hostile}/transitions` });
    expect(res.status).toBe(404);
    const sent = log().find((r) => r.endpoint === 'transitions');
    expect(sent).toBeDefined();
    const segments = (sent?.rawUrl.split('?')[0] ?? '').split('/');
    expect(segments).toHaveLength(7);
    expect(decodeURIComponent(segments[5] ?? '')).toBe(hostile);
  });
});
