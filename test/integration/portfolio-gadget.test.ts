import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from '../../local/harness/start-harness';
import { DEMO_SQUAD_FILES } from '../../local/harness/repo-paths';
import { run, type CliIo } from '../../src/cli/main';
import type { SquadMetricsDto } from '../../src/contract/metrics';
import type { PortfolioAnswerDto, PortfolioFiguresDto, PortfolioRowDto } from '../../src/contract/portfolio';
import { portfolioRow } from '../../src/domain/portfolio/portfolio-row';
import { readPublishedIssues } from '../../src/store/issue-segments';
import { readPortfolioSummary, SUMMARY_MAX_BYTES } from '../../src/store/portfolio-summary';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { decodeIssue, storedProject } from '../../src/store/stored-issue';
import { postInvoke, startTestHarness, TEST_NOW_MS } from '../helpers/harness';
import { USERS, type UserHandle } from '../helpers/demo-users';

jest.setTimeout(120_000);

const GADGET = 'squadflow-gadget';

async function portfolio(h: Harness, who: UserHandle, payload: unknown = {}, gadgetConfig?: Record<string, unknown>): Promise<{ status: number; body: { ok: boolean; data: PortfolioAnswerDto; error?: { code: string; details?: { fields?: Array<{ path: string }> } } } }> {
  const context = { accountId: USERS[who], moduleKey: GADGET, ...(gadgetConfig === undefined ? {} : { gadgetConfig }) };
  const res = await postInvoke(h.url, JSON.stringify({ functionKey: 'portfolio.get', payload, context }));
  return { status: res.status, body: res.json as never };
}

const ready = (rows: PortfolioRowDto[], id: string): Extract<PortfolioRowDto, { status: 'ready' }> => {
  const row = rows.find((r) => r.squadId === id);
  if (row?.status !== 'ready') throw new Error(`row ${id} is not ready: ${JSON.stringify(row)}`);
  return row;
};

describe('portfolio gadget (portfolio.get) on the demo squads', () => {
  let harness: Harness;
  let dir: string;
  beforeAll(async () => {
    harness = await startTestHarness({ demoIssues: 400 });
    await harness.idle();
    dir = mkdtempSync(join(tmpdir(), 'squadflow-portfolio-'));
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a new gadget (nothing saved) every squad the viewer may see, from the summaries', async () => {
    const { status, body } = await portfolio(harness, 'alice');
    expect(status).toBe(200);
    expect(body.data.rows.map((r) => [r.squadId, r.status])).toEqual([
      ['brand', 'ready'],
      ['growth', 'ready'],
      ['platform', 'ready'],
    ]);
    expect(body.data.rows.map((r) => (r.status === 'ready' ? r.source : null))).toEqual(['summary', 'summary', 'summary']);
    expect(body.data.settings).toEqual({ squadIds: null, period: 'this-quarter', headline: null, layout: 'detailed' });
    expect(body.data.caption).toBe('Figures cover the issues you may see.');
    expect(body.data.total?.pilots).toBe(body.data.rows.reduce((n, r) => n + (r.status === 'ready' ? r.figures.pilots : 0), 0));
  });

  it('asks Jira once about permissions for every squad at once, plus one count per project (no per-project mypermissions)', async () => {
    const emulator = harness.emulator;
    if (emulator === null || emulator === undefined) throw new Error('the test harness runs on the emulator');
    await portfolio(harness, 'alice'); // project IDs are looked up once per installation, then kept
    await harness.idle();
    emulator.state.resetStats();
    const full = await portfolio(harness, 'alice');
    expect(full.body.data.rows.map((r) => (r.status === 'ready' ? r.source : r.status))).toEqual(['summary', 'summary', 'summary']);
    // Three squads over MKT and IT: one permissions/check, one approximate count per project.
    expect(emulator.state.stats().byEndpoint).toEqual({ 'permissions-check': 1, 'approximate-count': 2 });
    emulator.state.resetStats();
    await portfolio(harness, 'mia');
    // mia browses IT but not its restricted issues: IT's count differs, so one ID search there,
    // shared by the growth and platform squads, which are then computed from the stored histories.
    expect(emulator.state.stats().byEndpoint).toEqual({ 'permissions-check': 1, 'approximate-count': 2, search: 1 });
  });

  it('gives the same figures as the CLI for each demo squad and the same period', async () => {
    const { body } = await portfolio(harness, 'alice');
    for (const file of DEMO_SQUAD_FILES) {
      const id = (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;
      const f: PortfolioFiguresDto = ready(body.data.rows, id).figures;
      const out = join(dir, `${id}.json`);
      const quiet = (env: Record<string, string>): CliIo => ({ stdout: () => undefined, stderr: () => undefined, env, nowMs: () => TEST_NOW_MS });
      expect(await run(['pull', '--jira-url', harness.url, '--squad', file, '--out', out], quiet({ JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-demo-token' }))).toBe(0);
      let json = '';
      const cliIo: CliIo = { ...quiet({}), stdout: (t) => (json += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) };
      const argv = ['metrics', '--input', out, '--config', file, '--now', f.asOf, '--window-start', f.period.from, '--window-end', f.period.to, '--trend-days', String(f.period.days)];
      expect(await run(argv, cliIo)).toBe(0);
      const cli = JSON.parse(json) as SquadMetricsDto;
      // The store keeps whole seconds, Jira's export milliseconds: durations agree to well under a minute.
      const close = (a: number | null, b: number | null): void => (a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 4));
      expect(f.leadTime.count).toBe(cli.leadTime.count);
      close(f.leadTime.p50, cli.leadTime.p50);
      close(f.leadTime.p85, cli.leadTime.p85);
      expect(f.leadTime.previous.count).toBe(cli.trends.previous.leadTimeCount);
      close(f.leadTime.previous.p50, cli.trends.previous.leadTimeP50);
      expect(f.pilots).toBe(cli.throughput.reduce((n, w) => n + w.count, 0));
      expect(f.quickWins).toBe(cli.throughput.reduce((n, w) => n + w.quickWins, 0));
      expect(f.throughput).toEqual(cli.throughput.map((w) => ({ week: w.week, count: w.count })));
      expect(f.wip).toBe(cli.aging.length);
      expect(f.aged).toBe(cli.aging.filter((a) => cli.leadTime.p85 !== null && a.ageDays > cli.leadTime.p85).length);
      // Ideas arriving = items entering the first stage in the period, dropped ones included.
      const first = Object.keys(cli.items[0]?.stages ?? {})[0] ?? '';
      const start = Date.parse(`${f.period.from}T00:00:00Z`);
      const tz = (JSON.parse(readFileSync(file, 'utf8')) as { calendar: { timeZone: string } }).calendar.timeZone;
      if (tz === 'UTC') expect(f.demand.arrivals).toBe(cli.items.filter((i) => i.stages[first] !== null && Date.parse(i.stages[first] as string) >= start).length);
      expect(f.leadTime.count).toBeGreaterThan(0);
    }
  });

  it('as mark (CMO, no IT access) leaves out IT: no platform row, growth totals from MKT issues only', async () => {
    const { body } = await portfolio(harness, 'mark');
    expect(body.data.rows.map((r) => r.squadId)).toEqual(['brand', 'growth']);
    const growth = ready(body.data.rows, 'growth');
    expect(growth.source).toBe('computed');
    const record = await new SquadConfigRepo(harness.deps.store).getRecord('growth');
    const published = await readPublishedIssues(harness.deps.store, 'growth');
    if (record === undefined || published === undefined) throw new Error('growth has no data');
    const mktOnly = published.issues.filter((s) => storedProject(s) === 'MKT').map(decodeIssue);
    const expected = portfolioRow(record.config, mktOnly, { nowMs: TEST_NOW_MS, period: 'this-quarter' }).figures;
    expect(growth.figures).toEqual(expected);
    const all = ready((await portfolio(harness, 'alice')).body.data.rows, 'growth').figures;
    expect(growth.figures.stages.reduce((n, s) => n + s.count, 0)).toBeLessThan(all.stages.reduce((n, s) => n + s.count, 0));
    const brand = ready(body.data.rows, 'brand').figures;
    expect(body.data.total?.pilots).toBe(expected.pilots + brand.pilots);
    expect(body.data.total?.demand.arrivals).toBe(expected.demand.arrivals + brand.demand.arrivals);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/\bIT-\d+/);
    expect(text).not.toContain('Platform');
    expect(body.data.caption).toBe('Figures cover the issues you may see.');
  });

  it('computes for mia, who browses IT but not its restricted issues, instead of serving the summary', async () => {
    const { body } = await portfolio(harness, 'mia', {}, { squadIds: ['platform'] });
    expect(ready(body.data.rows, 'platform').source).toBe('computed');
  });

  it('takes its settings from the saved gadget configuration, and refuses a payload that contradicts it', async () => {
    const saved = { title: 'Portfolio', refresh: 30, squadIds: ['platform', 'growth'], period: 'last-month', headline: { from: 'Idea', to: 'Live' }, layout: 'compact' };
    const { body } = await portfolio(harness, 'carol', {}, saved);
    expect(body.data.settings).toEqual({ squadIds: ['platform', 'growth'], period: 'last-month', headline: { from: 'Idea', to: 'Live' }, layout: 'compact' });
    expect(body.data.rows.map((r) => r.squadId)).toEqual(['growth', 'platform']);
    const growth = ready(body.data.rows, 'growth');
    expect([growth.source, growth.figures.period.from, growth.figures.period.to, growth.figures.leadTime.to]).toEqual(['computed', '2025-05-01', '2025-05-31', 'Live']);
    const refused = await portfolio(harness, 'carol', { period: 'this-year' }, saved);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.details?.fields?.map((f) => f.path)).toEqual(['period']);
    const same = await portfolio(harness, 'carol', { period: 'last-month' }, saved);
    expect(same.status).toBe(200);
  });

  it('answers no-pair for a squad without the chosen stages, and BAD_REQUEST for bad settings', async () => {
    const { body } = await portfolio(harness, 'alice', { headline: { from: 'Prototype', to: 'Pilot' } });
    expect(body.data.rows.find((r) => r.squadId === 'platform')).toMatchObject({ status: 'no-pair', stageNames: ['Idea', 'Build', 'Pilot', 'Live'] });
    const bad = await portfolio(harness, 'alice', { period: 'next-decade' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.details?.fields?.map((f) => f.path)).toEqual(['period']);
  });

  it('keeps a small summary per squad, without personal data, current after an issue changes', async () => {
    const before = await readPortfolioSummary(harness.deps.store, 'growth');
    if (before === undefined) throw new Error('no summary written at publish');
    const text = JSON.stringify(before);
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_MAX_BYTES);
    for (const id of Object.values(USERS)) expect(text).not.toContain(id);
    expect(text).not.toMatch(/@example\.com/);
    const idea = harness.emulator?.state.listIssues().find((i) => i.projectKey === 'MKT' && i.statusId === '10000');
    if (idea === undefined) throw new Error('no MKT issue in Idea');
    // The emulator's clock runs on; the change is dated just before the test's frozen "now".
    harness.emulator?.state.transitionIssue(idea.id, '10002', { atMs: TEST_NOW_MS - 60_000 });
    await harness.idle();
    const after = await readPortfolioSummary(harness.deps.store, 'growth');
    expect(after?.figures.stages[0]?.count).toBe((before.figures.stages[0]?.count ?? 0) - 1);
    expect(after?.figures.stages[1]?.count).toBe((before.figures.stages[1]?.count ?? 0) + 1);
  });
});
