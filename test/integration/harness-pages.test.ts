import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from '../../local/harness/start-harness';
import { startTestHarness } from '../helpers/harness';

/** A stand-in UI build, so these tests check the serving, not the bundle (the browser test does that). */
function fakeUiBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'squadflow-ui-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>SquadFlow</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app");');
  return dir;
}

function hostContext(html: string): Record<string, unknown> {
  const m = /<script type="application\/json" id="squadflow-host-context">(.*?)<\/script>/.exec(html);
  if (!m?.[1]) throw new Error('no host context in page');
  return JSON.parse(m[1]) as Record<string, unknown>;
}

describe('harness pages', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startTestHarness({ staticDir: fakeUiBuild() });
  });
  afterAll(() => harness.close());

  const get = async (path: string) => {
    const res = await fetch(harness.url + path);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };

  it.each([
    ['/board', { moduleKey: 'squadflow-project', route: 'board', projectKey: 'MKT' }],
    ['/metrics?project=IT', { moduleKey: 'squadflow-project', route: 'metrics', projectKey: 'IT' }],
    ['/gadget', { moduleKey: 'squadflow-gadget', entryPoint: 'view', gadgetId: 'default' }],
    ['/gadget/edit', { moduleKey: 'squadflow-gadget', entryPoint: 'edit' }],
    ['/issue/MKT-3', { moduleKey: 'squadflow-issue-panel', issueKey: 'MKT-3', projectKey: 'MKT' }],
    ['/admin?theme=dark', { moduleKey: 'squadflow-admin', colorMode: 'dark' }],
  ])('serves %s as HTML with its module context', async (path, expected) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/html/);
    expect(res.text).toContain('<div id="root"></div>');
    expect(hostContext(res.text)).toMatchObject({ ...expected, accountId: harness.jira.defaultAccountId });
  });

  it('acts as the user named by ?as= and refuses unknown ones with 401', async () => {
    const mia = harness.jira.accounts.find((a) => a.handle === 'mia');
    expect(mia).toBeDefined();
    expect(hostContext((await get(`/board?as=${mia?.accountId ?? ''}`)).text)).toMatchObject({ accountId: mia?.accountId });
    expect((await get('/board?as=nobody')).status).toBe(401);
  });

  it('refuses malformed page parameters with 400 and unknown pages with 404', async () => {
    const bad = await get('/board?project=mkt');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('?project=mkt is not a Jira project key');
    expect((await get('/issue/not-a-key')).status).toBe(400);
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('serves built assets', async () => {
    const res = await get('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log("app");');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('lists every module and the demo users with their credentials on the index page', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    for (const path of ['/board?project=MKT', '/board?project=IT', '/metrics', '/gadget', '/gadget/edit', '/issue/', '/admin']) expect(res.text).toContain(`href="${path}`);
    for (const a of harness.jira.accounts) {
      expect(res.text).toContain(a.accountId);
      expect(res.text).toContain(a.apiToken ?? '');
    }
    expect(res.text).toContain('alice-demo-token');
  });
});
