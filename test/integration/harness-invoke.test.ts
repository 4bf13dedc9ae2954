import type { Harness } from '../../local/harness/start-harness';
import { jiraRoute } from '../../src/jira/route';
import { postInvoke, startTestHarness } from '../helpers/harness';

const ALICE = '5b10ac8d82e05b22cc7d4ef5';
const MIA = '5c4f2e1b9a7d3c0012e8a6b4';

describe('harness POST /api/invoke', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startTestHarness();
  });
  afterAll(() => harness.close());

  const invoke = (body: unknown) => postInvoke(harness.url, JSON.stringify(body));

  it('runs app.info as the user with the context the page sent', async () => {
    const res = await invoke({ functionKey: 'app.info', payload: {}, context: { accountId: ALICE, moduleKey: 'squadflow-project', projectKey: 'MKT' } });
    expect(res).toEqual({
      status: 200,
      json: { ok: true, data: { app: 'SquadFlow', version: '0.1.0', moduleKey: 'squadflow-project', projectKey: 'MKT', mode: 'emulator' } },
    });
  });

  it('sends an answer as UTF-8 JSON with its exact length and no ETag (a POST is never revalidated)', async () => {
    const res = await fetch(`${harness.url}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ functionKey: 'squads.list', payload: {}, context: { accountId: ALICE, moduleKey: 'squadflow-admin' } }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('etag')).toBeNull();
    const body = JSON.parse(bytes.toString('utf8')) as { ok: boolean; data: { squads: unknown[] } };
    expect(body.ok).toBe(true);
    expect(body.data.squads.length).toBeGreaterThan(0);
  });

  it('acts as another demo user when the context names one', async () => {
    const res = await invoke({ functionKey: 'app.info', context: { accountId: MIA } });
    expect(res.status).toBe(200);
  });

  it('answers 404 UNKNOWN_FUNCTION for an unknown resolver key, listing the known ones', async () => {
    const res = await invoke({ functionKey: 'no.such.thing', payload: {}, context: { accountId: ALICE } });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FUNCTION' } });
    expect((res.json as { error: { message: string } }).error.message).toContain('app.info');
  });

  it('answers 400 BAD_REQUEST for a malformed JSON body', async () => {
    const res = await postInvoke(harness.url, '{"functionKey": "app.info", ');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((res.json as { error: { message: string } }).error.message).toMatch(/^Malformed JSON body/);
  });

  it('answers 400 with field details for a payload the resolver schema refuses', async () => {
    const res = await invoke({ functionKey: 'app.info', payload: { squadId: 'growth' }, context: { accountId: ALICE } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/^Invalid payload for app\.info: squadId: unknown key squadId$/) as unknown,
        details: { fields: [{ path: 'squadId', message: expect.stringContaining('squadId') as unknown }] },
      },
    });
  });

  it('answers 400 naming the bad fields of the envelope itself', async () => {
    const res = await invoke({ function: 'app.info' });
    expect(res.status).toBe(400);
    const paths = ((res.json as { error: { details: { fields: Array<{ path: string }> } } }).error.details.fields).map((f) => f.path).sort();
    expect(paths).toEqual(['function', 'functionKey']);
    expect((await postInvoke(harness.url, '[1,2]')).status).toBe(400);
    expect((await postInvoke(harness.url, '')).status).toBe(400);
  });

  it('answers 401 UNAUTHENTICATED for an account nobody can sign in as', async () => {
    const res = await invoke({ functionKey: 'app.info', context: { accountId: 'not-a-user' } });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers 413 for a body over Forge’s 500 KB invoke limit', async () => {
    const res = await invoke({ functionKey: 'app.info', payload: { blob: 'x'.repeat(520 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('answers 401 UNAUTHENTICATED without context.accountId, as Forge does (it used to run as alice, a Jira admin)', async () => {
    for (const body of [{ functionKey: 'squads.list', payload: {} }, { functionKey: 'squads.list', payload: {}, context: { moduleKey: 'squadflow-admin' } }]) {
      const res = await invoke(body);
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('answers 415 to a body that is not application/json (a cross-site form or text/plain post)', async () => {
    const body = JSON.stringify({ functionKey: 'app.info', payload: {}, context: { accountId: ALICE } });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await postInvoke(harness.url, body, type);
      expect(res.status).toBe(415);
    }
    expect((await postInvoke(harness.url, body, 'application/json; charset=utf-8')).status).toBe(200);
  });

  it('answers 403 to a request whose Origin is another site; its own pages and no Origin stay allowed', async () => {
    const body = JSON.stringify({ functionKey: 'squads.list', payload: {}, context: { accountId: ALICE, moduleKey: 'squadflow-admin' } });
    const post = (origin: string | null) =>
      fetch(`${harness.url}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', ...(origin === null ? {} : { origin }) }, body });
    for (const hostile of ['https://evil.example', 'null', `${harness.url.replace('127.0.0.1', 'evil.example')}`, 'http://127.0.0.1:1']) {
      const res = await post(hostile);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await post(harness.url)).status).toBe(200);
    expect((await post(harness.url.replace('127.0.0.1', 'localhost'))).status).toBe(200);
    expect((await post(null)).status).toBe(200);
  });

  it('refuses an envelope nested 30,000 deep with 400 before parsing it, and stays up', async () => {
    const deep = `{"functionKey":"squads.validate","context":{"accountId":"${ALICE}"},"payload":{"text":"x","config":${'['.repeat(30_000)}${']'.repeat(30_000)}}}`;
    const res = await postInvoke(harness.url, deep);
    expect(res.status).toBe(400);
    expect((res.json as { error: { message: string } }).error.message).toContain('nests deeper than 64');
    expect((await invoke({ functionKey: 'app.info', payload: {}, context: { accountId: ALICE } })).status).toBe(200);
  });

  it('answers 405 to other methods', async () => {
    const res = await fetch(`${harness.url}/api/invoke`);
    expect(res.status).toBe(405);
  });

  it('lets resolvers reach the emulator as the acting user', async () => {
    const me = await harness.deps.jira.asUser(ALICE).request({ method: 'GET', path: jiraRoute`/rest/api/3/myself` });
    expect(me.status).toBe(200);
    expect((JSON.parse(me.text) as { accountId: string }).accountId).toBe(ALICE);
  });
});
