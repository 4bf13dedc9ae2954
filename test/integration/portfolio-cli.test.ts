import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from '../../local/harness/start-harness';
import { DEMO_SQUAD_FILES } from '../../local/harness/repo-paths';
import { run, type CliIo } from '../../src/cli/main';
import type { SquadMetricsDto } from '../../src/contract/metrics';
import type { PortfolioAnswerDto, PortfolioFiguresDto, PortfolioRowDto } from '../../src/contract/portfolio';
import type { SquadConfig } from '../../src/contract/squad-config';
import { parseDay } from '../../src/domain/time/civil';
import { DayCalendar } from '../../src/domain/time/day-calendar';
import { postInvoke, startTestHarness, TEST_NOW_MS } from '../helpers/harness';
import { USERS, type UserHandle } from '../helpers/demo-users';

jest.setTimeout(180_000);

/**
 * Issue 11: "the gadget's figures for the demo squads equal the CLI's for the same period" — every
 * column of every row, for the default settings and for a non-default period and stage pair, each
 * squad exported with `squadflow pull` and measured with `squadflow metrics` over the same days.
 */

type Ready = Extract<PortfolioRowDto, { status: 'ready' }>;

const squads = DEMO_SQUAD_FILES.map((file) => ({ file, config: JSON.parse(readFileSync(file, 'utf8')) as SquadConfig }));

async function portfolio(h: Harness, who: UserHandle, gadgetConfig: Record<string, unknown>): Promise<PortfolioAnswerDto> {
  const context = { accountId: USERS[who], moduleKey: 'squadflow-gadget', gadgetConfig };
  const res = await postInvoke(h.url, JSON.stringify({ functionKey: 'portfolio.get', payload: {}, context }));
  expect(res.status).toBe(200);
  return (res.json as { data: PortfolioAnswerDto }).data;
}

const quiet = (env: Record<string, string>): CliIo => ({ stdout: () => undefined, stderr: () => undefined, env, nowMs: () => TEST_NOW_MS });

async function cliMetrics(input: string, config: string, args: string[]): Promise<SquadMetricsDto> {
  let json = '';
  const io: CliIo = { ...quiet({}), stdout: (t) => (json += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) };
  expect(await run(['metrics', '--input', input, '--config', config, ...args], io)).toBe(0);
  return JSON.parse(json) as SquadMetricsDto;
}

/** Every figure of one row against the CLI run over the same period, pair and instant. */
async function expectSameAsCli(f: PortfolioFiguresDto, squad: (typeof squads)[number], input: string): Promise<void> {
  const pair = ['--from', f.leadTime.from, '--to', f.leadTime.to];
  const cli = await cliMetrics(input, squad.file, ['--now', f.asOf, '--window-start', f.period.from, '--window-end', f.period.to, '--trend-days', String(f.period.days), ...pair]);
  // The period's first instant in the squad's zone; the CLI at the instant before gives the backlog then.
  const cal = new DayCalendar(squad.config.calendar, TEST_NOW_MS, TEST_NOW_MS);
  const startMs = cal.startOfDay(parseDay(f.period.from));
  const before = await cliMetrics(input, squad.file, ['--now', new Date(startMs - 1).toISOString(), ...pair]);
  const close = (a: number | null, b: number | null): void => (a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 4));
  const first = squad.config.stages[0]?.name ?? '';

  // Funnel: items per stage at the period's end (dropped items are in none).
  expect(f.stages).toEqual(squad.config.stages.map((s) => ({ name: s.name, count: cli.items.filter((i) => i.currentStage === s.name).length })));
  // Lead time this period and the previous one of the same length, and the trend between them.
  expect([f.leadTime.from, f.leadTime.to, f.leadTime.count]).toEqual([cli.leadTime.from, cli.leadTime.to, cli.leadTime.count]);
  close(f.leadTime.p50, cli.leadTime.p50);
  close(f.leadTime.p85, cli.leadTime.p85);
  expect(f.leadTime.previous.count).toBe(cli.trends.previous.leadTimeCount);
  close(f.leadTime.previous.p50, cli.trends.previous.leadTimeP50);
  close(f.leadTime.previous.p85, cli.trends.previous.leadTimeP85);
  const prev = cli.trends.previous.leadTimeP50;
  const now = cli.leadTime.p50;
  expect(f.leadTime.trend).toBe(now === null || prev === null ? 'no-data' : Math.abs(now - prev) < 1e-9 ? 'unchanged' : now < prev ? 'faster' : 'slower');
  close(f.leadTime.changeP50, now === null || prev === null ? null : now - prev);
  // Pilots launched (items entering the pair's end stage), quick wins among them, weekly throughput.
  expect(f.pilots).toBe(cli.throughput.reduce((n, w) => n + w.count, 0));
  expect(f.quickWins).toBe(cli.throughput.reduce((n, w) => n + w.quickWins, 0));
  expect(f.throughput).toEqual(cli.throughput.map((w) => ({ week: w.week, count: w.count })));
  // Work between the two stages, and how much of it is older than the squad's 85th percentile.
  expect(f.wip).toBe(cli.aging.length);
  close(f.agedThreshold, cli.leadTime.p85);
  expect(f.aged).toBe(cli.leadTime.p85 === null ? null : cli.aging.filter((a) => a.ageDays > (cli.leadTime.p85 as number)).length);
  // Demand vs capacity: ideas arriving = items entering the first stage in the period (dropped ones too).
  const asOfMs = Date.parse(f.asOf);
  const arrivals = cli.items.filter((i) => {
    const at = i.stages[first];
    return at !== null && at !== undefined && Date.parse(at) >= startMs && Date.parse(at) <= asOfMs;
  }).length;
  const weeks = f.period.days / 7;
  const backlog = cli.items.filter((i) => i.currentStage === first).length;
  const backlogAtStart = before.items.filter((i) => i.currentStage === first).length;
  expect(f.demand.arrivals).toBe(arrivals);
  close(f.demand.arrivalsPerWeek, arrivals / weeks);
  close(f.demand.pilotsPerWeek, f.pilots / weeks);
  close(f.demand.netPerWeek, arrivals / weeks - f.pilots / weeks);
  expect([f.demand.backlog, f.demand.backlogAtStart, f.demand.backlogGrowth]).toEqual([backlog, backlogAtStart, backlog - backlogAtStart]);
}

describe('portfolio gadget figures equal the CLI’s', () => {
  let harness: Harness;
  let dir: string;
  const exported = new Map<string, string>();
  beforeAll(async () => {
    harness = await startTestHarness({ demoIssues: 300 });
    await harness.idle();
    dir = mkdtempSync(join(tmpdir(), 'squadflow-portfolio-cli-'));
    for (const s of squads) {
      const out = join(dir, `${s.config.id}.json`);
      expect(await run(['pull', '--jira-url', harness.url, '--squad', s.file, '--out', out], quiet({ JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-demo-token' }))).toBe(0);
      exported.set(s.config.id, out);
    }
  });
  afterAll(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const rowsOf = (answer: PortfolioAnswerDto): Ready[] => answer.rows.filter((r): r is Ready => r.status === 'ready');

  async function check(answer: PortfolioAnswerDto, expectedIds: string[]): Promise<void> {
    const rows = rowsOf(answer);
    expect(rows.map((r) => r.squadId)).toEqual(expectedIds);
    for (const row of rows) {
      const squad = squads.find((s) => s.config.id === row.squadId);
      if (squad === undefined) throw new Error(`no demo squad ${row.squadId}`);
      await expectSameAsCli(row.figures, squad, exported.get(row.squadId) ?? '');
    }
    // The total adds the rows up.
    const sum = (pick: (f: PortfolioFiguresDto) => number): number => rows.reduce((n, r) => n + pick(r.figures), 0);
    // Not a comparison of empty sets: the demo squads have items, arrivals and finished pairs.
    expect([sum((f) => f.stages.reduce((n, s) => n + s.count, 0)), sum((f) => f.demand.arrivals), sum((f) => f.leadTime.count + f.leadTime.previous.count)].every((n) => n > 0)).toBe(true);
    expect(answer.total).toMatchObject({ squads: rows.length, pilots: sum((f) => f.pilots), quickWins: sum((f) => f.quickWins), wip: sum((f) => f.wip) });
    expect(answer.total?.demand.arrivals).toBe(sum((f) => f.demand.arrivals));
    expect(answer.total?.demand.backlogGrowth).toBe(sum((f) => f.demand.backlogGrowth));
  }

  it('for the default settings (this quarter, each squad’s idea-to-pilot), every column of every demo squad', async () => {
    const answer = await portfolio(harness, 'alice', {});
    expect(rowsOf(answer).map((r) => [r.source, r.figures.period.key, r.figures.leadTime.from, r.figures.leadTime.to])).toEqual([
      ['summary', 'this-quarter', 'Idea', 'Pilot'],
      ['summary', 'this-quarter', 'Idea', 'Pilot'],
      ['summary', 'this-quarter', 'Idea', 'Pilot'],
    ]);
    await check(answer, ['brand', 'growth', 'platform']);
  });

  it('for last quarter and Idea → Live, as the CIO', async () => {
    const answer = await portfolio(harness, 'carol', { period: 'last-quarter', headline: { from: 'Idea', to: 'Live' } });
    expect(rowsOf(answer).map((r) => [r.source, r.figures.period.from, r.figures.period.to])).toEqual([
      ['computed', '2025-01-01', '2025-03-31'],
      ['computed', '2025-01-01', '2025-03-31'],
      ['computed', '2025-01-01', '2025-03-31'],
    ]);
    await check(answer, ['brand', 'growth', 'platform']);
  });

  it('for the last 30 days and Prototype → Pilot (the platform squad has no Prototype stage)', async () => {
    const answer = await portfolio(harness, 'alice', { period: 'last-30-days', headline: { from: 'Prototype', to: 'Pilot' } });
    expect(answer.rows.find((r) => r.squadId === 'platform')?.status).toBe('no-pair');
    await check(answer, ['brand', 'growth']);
  });
});
