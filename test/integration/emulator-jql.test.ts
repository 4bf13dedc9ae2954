import { useTestEmulator } from '../helpers/emulator';

type SearchBody = { issues: Array<{ key: string; fields?: Record<string, unknown> }>; isLast: boolean; nextPageToken?: string };

describe('emulator search: JQL over HTTP', () => {
  const env = useTestEmulator();

  const post = async (jql: string, extra: Record<string, unknown> = {}): Promise<{ status: number; body: unknown }> =>
    env().as('alice')('POST', '/rest/api/3/search/jql', { jql, maxResults: 5000, ...extra });

  it('answers the same issues through POST and GET, matching the data', async () => {
    const jql = 'project = MKT AND labels = quick-win AND statusCategory != Done ORDER BY key DESC';
    const viaPost = (await post(jql)).body as SearchBody;
    const viaGet = (await env().as('alice')('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&maxResults=5000`)).body as SearchBody;
    const expected = env().emulator.state
      .listIssues()
      .filter((i) => i.projectKey === 'MKT' && i.labels.includes('quick-win') && !['10004', '10005'].includes(i.statusId))
      .sort((a, b) => Number(b.key.split('-')[1]) - Number(a.key.split('-')[1]))
      .map((i) => i.key);
    expect(expected.length).toBeGreaterThan(1);
    expect(viaPost.issues.map((i) => i.key)).toEqual(expected);
    expect(viaGet.issues.map((i) => i.key)).toEqual(expected);
    expect(viaPost.isLast).toBe(true);
    expect(viaPost).not.toHaveProperty('nextPageToken');
    expect(viaPost.issues[0]).not.toHaveProperty('fields');
  });

  it('finds moved issues by their old key and filters by updated time', async () => {
    const moved = env().emulator.state.listIssues().find((i) => i.previousKeys.length > 0);
    expect(moved).toBeDefined();
    const byOldKey = (await post(`key = ${moved?.previousKeys[0] ?? ''}`)).body as SearchBody;
    expect(byOldKey.issues.map((i) => i.key)).toEqual([moved?.key]);
    const cutoffMs = Date.parse('2025-06-01T00:00:00Z');
    const recent = (await post('project in (MKT, IT) AND updated >= "2025-06-01 00:00"')).body as SearchBody;
    expect(recent.issues.length).toBe(env().emulator.state.listIssues().filter((i) => i.updatedMs >= cutoffMs).length);
  });

  it.each([
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['project = MKT AND', 'Error in the JQL Query: Expecting a field name before the end of the query.'],
    ['ORDER BY created', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['reporter = currentUser()', "Error in the JQL Query: The Jira emulator does not support searching by the field 'reporter'."],
    ['assignee = currentUser()', "Error in the JQL Query: The Jira emulator does not support the function 'currentUser'."],
    ['text ~ "pilot"', "Error in the JQL Query: The Jira emulator does not support searching by the field 'text'."],
    ['summary = "50%"', "The operator '=' is not supported by the 'summary' field."],
    ['labels = 50%', "Error in the JQL Query: The character '%' is a reserved JQL character."],
    ['updated >= "last week"', "Date value 'last week' for field 'updated' is invalid."],
  ])('answers 400 in Jira’s error shape for %s', async (jql, message) => {
    const res = await post(jql);
    expect(res.status).toBe(400);
    const body = res.body as { errorMessages: string[]; errors: object };
    expect(body.errors).toEqual({});
    expect(body.errorMessages).toHaveLength(1);
    expect(body.errorMessages[0]).toContain(message);
  });

  it('refuses unknown request properties and bad numbers, naming them', async () => {
    const unknown = await env().as('alice')('POST', '/rest/api/3/search/jql', { jql: 'project = MKT', startAt: 10 });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('startAt');
    const negative = await env().as('alice')('GET', '/rest/api/3/search/jql?jql=project%3DMKT&maxResults=-1');
    expect(negative.status).toBe(400);
    expect(negative.body).toEqual({ errorMessages: ["The 'maxResults' parameter must be a whole number ≥ 0, got '-1'."], errors: {} });
  });

  it('answers 410 for the removed /rest/api/3/search, as Jira Cloud does', async () => {
    const res = await env().as('alice')('GET', '/rest/api/3/search?jql=project%3DMKT');
    expect(res.status).toBe(410);
    expect(JSON.stringify(res.body)).toContain('/rest/api/3/search/jql');
  });
});
