import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJiraEmulator } from '../../local/jira-emulator/create-emulator';
import { run } from '../../src/cli/main';
import { capturedCliIo } from '../helpers/cli-io';
import type { SquadMetricsDto } from '../../src/contract/metrics';

const SQUAD = join(__dirname, '..', '..', 'local', 'demo-data', 'demo-squad.json');
const NOW_MS = Date.UTC(2024, 5, 1);

const io = (env: Record<string, string>) => capturedCliIo(env, NOW_MS);

describe('squadflow pull (against the Jira emulator)', () => {
  const emulator = createJiraEmulator({ issueCount: 120, nowMs: NOW_MS, seed: 7, clock: () => NOW_MS });
  let site: Awaited<ReturnType<typeof emulator.listen>>;
  let dir: string;
  beforeAll(async () => {
    site = await emulator.listen(0);
    dir = mkdtempSync(join(tmpdir(), 'squadflow-pull-'));
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports every issue with its status history, which metrics then reads', async () => {
    const out = join(dir, 'issues.json');
    const pullIo = io({ JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-demo-token' });
    expect(await run(['pull', '--jira-url', site.url, '--squad', SQUAD, '--out', out], pullIo)).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { issues: { key: string; changeHistories: unknown[] }[] };
    expect(file.issues).toHaveLength(120);
    expect(file.issues.some((i) => i.changeHistories.length > 0)).toBe(true);
    // Search pages of 100; status histories for up to 1,000 issues a request.
    expect(pullIo.err()).toMatch(/pulled 120 issues in \d+ requests \(bulkfetch 1, search 2\)/);

    const metricsIo = io({});
    expect(await run(['metrics', '--input', out, '--config', SQUAD, '--now', new Date(NOW_MS).toISOString()], metricsIo)).toBe(0);
    const dto = JSON.parse(metricsIo.out()) as SquadMetricsDto;
    expect(dto.counts.issues).toBe(120);
    expect(dto.unmapped.statuses).toEqual([]);
    expect(dto.leadTime.count).toBeGreaterThan(0);
  });

  it('asks for status histories 1,000 issues at a time, like the backfill (issue 13.12)', async () => {
    const big = createJiraEmulator({ issueCount: 2500, nowMs: NOW_MS, seed: 7, clock: () => NOW_MS });
    const bigSite = await big.listen(0);
    try {
      const out = join(dir, 'big.json');
      const pullIo = io({ JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-demo-token' });
      expect(await run(['pull', '--jira-url', bigSite.url, '--squad', SQUAD, '--out', out], pullIo)).toBe(0);
      const file = JSON.parse(readFileSync(out, 'utf8')) as { issues: { id: string; fields: { issuelinks?: unknown[] } }[] };
      expect(new Set(file.issues.map((i) => i.id)).size).toBe(2500);
      // 25 search pages of 100; 3 bulkfetches (1,000 + 1,000 + 500 issues), where one per page made 25.
      const counts = big.state.stats();
      expect(pullIo.err()).toContain('pulled 2500 issues');
      expect(JSON.stringify(counts)).toMatch(/"bulkfetch":3\b/);
      expect(JSON.stringify(counts)).toMatch(/"search":25\b/);
      // Links come along for hand-offs.
      expect(file.issues.some((i) => (i.fields.issuelinks ?? []).length > 0)).toBe(true);
    } finally {
      await bigSite.close();
    }
  }, 60_000);

  it('refuses to run without credentials, and never takes the token as a flag', async () => {
    const r = io({ JIRA_EMAIL: 'alice@example.com' });
    expect(await run(['pull', '--jira-url', site.url, '--squad', SQUAD, '--out', join(dir, 'x.json')], r)).toBe(2);
    expect(r.err()).toContain('set JIRA_API_TOKEN (tokens are not taken on the command line)');
  });

  it('names the site when Jira refuses the login', async () => {
    const r = io({ JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'wrong' });
    expect(await run(['pull', '--jira-url', site.url, '--squad', SQUAD, '--out', join(dir, 'y.json')], r)).toBe(1);
    expect(r.err()).toContain(`squadflow: pull: ${site.url}: `);
    expect(r.err()).toContain('401');
  });
});
