import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from '../../local/harness/start-harness';
import { run } from '../../src/cli/main';
import { capturedCliIo } from '../helpers/cli-io';
import type { ItemTimelineDto, SquadMetricsDto } from '../../src/contract/metrics';
import type { MetricsAnswerDto } from '../../src/contract/metrics-query';
import { FIRST_PAGE_ROWS, PANEL_FIRST_SECTIONS, panelItemRowsQuestion, panelMetrics, panelScatterRowsQuestion } from '../../src/contract/metrics-panel-question';
import type { SquadConfig } from '../../src/contract/squad-config';
import type { SquadExportDto } from '../../src/contract/squads';
import type { ChartPalette } from '../../static/src/components/charts/palette';
import { DEFAULT_CONTROLS, DEFAULT_FORECAST_DAYS, addDays, metricsPayload, type PanelControls } from '../../static/src/pages/metrics/panel-controls';
import { panelFigures, type PanelFigures } from '../../static/src/pages/metrics/panel-figures';
import { chartModels } from '../../static/src/pages/metrics/chart-models';
import { finishedInWindow } from '../../static/src/pages/metrics/charts/lead-time-scatter';
import { historyDays } from '../../static/src/pages/metrics/history-days';
import { NO_SUMMARIES } from '../../static/src/pages/metrics/charts/summary-lookup';
import { USERS } from '../helpers/demo-users';
import { TEST_NOW_MS, startTestHarness } from '../helpers/harness';

/**
 * Issue 10, "must show": every figure the speed-metrics panel shows for the demo squad equals what
 * `squadflow metrics` computes from the same data and window. The data is the demo squad's issues as
 * the CLI reads them (`squadflow pull` from the harness's Jira emulator, with status histories and
 * links) and the squad configuration the admin page exports; the panel side is `metrics.get`
 * through the harness with the questions a page view asks for its controls (the first answer
 * without rows, the scatterplot's rows, all rows as the per-item CSV reads them). Both then go
 * through the panel's own derivations (tiles, every chart's series and table, the forecast
 * sentences and table, the per-item CSV rows).
 */
jest.setTimeout(180_000);

const SQUAD = 'growth';
const PALETTE: ChartPalette = {
  series: ['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8'],
  text: '#t',
  subtleText: '#s',
  border: '#b',
  gridLine: '#g',
  surface: '#f',
  bands: ['#a', '#b', '#c', '#d'],
  danger: '#x',
  success: '#y',
};

/** The panel's views compared: the default, other ranges, filters, another stage pair and unit. */
const VIEWS: { name: string; controls: Partial<PanelControls> }[] = [
  { name: 'default (last 90 days)', controls: {} },
  { name: 'last 365 days, every percentile line', controls: { range: { kind: 'last', days: 365 }, lines: [50, 70, 85, 95], forecastItems: 25 } },
  { name: 'custom range, Prototype → Live in business days', controls: { range: { kind: 'custom', from: '2024-07-01', to: '2025-03-31' }, from: 'Prototype', to: 'Live', unit: 'business' } },
  { name: 'Marketing only, calendar days, forecast date', controls: { range: { kind: 'last', days: 180 }, disciplines: ['Marketing'], unit: 'calendar', forecastDate: '2025-09-01' } },
  { name: 'quick wins only', controls: { range: { kind: 'last', days: 365 }, quickWinsOnly: true, forecastItems: 3 } },
];

const cliIo = (env: Record<string, string>) => capturedCliIo(env, TEST_NOW_MS);

/** `YYYY-MM-DD` of an instant in a time zone. */
function dayIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

/** The CLI flags for the window, stage pair, unit, filters and forecast the panel's payload asks for. */
function cliArgs(c: PanelControls, today: string): string[] {
  const args: string[] = ['--now', new Date(TEST_NOW_MS).toISOString()];
  if (c.range.kind === 'last') args.push('--window-start', addDays(today, 1 - c.range.days));
  else args.push('--window-start', c.range.from, '--window-end', c.range.to);
  if (c.from !== null) args.push('--from', c.from);
  if (c.to !== null) args.push('--to', c.to);
  if (c.unit !== null) args.push('--unit', c.unit);
  for (const d of c.disciplines) args.push('--discipline', d);
  for (const t of c.issueTypes) args.push('--issue-type', t);
  if (c.quickWinsOnly) args.push('--quick-wins-only');
  args.push('--forecast-items', String(c.forecastItems), '--forecast-date', c.forecastDate ?? addDays(today, DEFAULT_FORECAST_DAYS));
  return args;
}

const keyOrder = (a: ItemTimelineDto, b: ItemTimelineDto): number => a.key.localeCompare(b.key, 'en', { numeric: true });

/** Item rows in key order: the store and the export list the same issues in different orders. */
function byKey(dto: SquadMetricsDto): SquadMetricsDto {
  return { ...dto, items: [...dto.items].sort(keyOrder) };
}

/**
 * POST /api/invoke on a connection of its own: the in-process CLI holds the event loop for seconds
 * on a slow machine, long enough for the server to close an idle keep-alive socket just as a pooled
 * `fetch` reuses it (ECONNRESET).
 */
function postOnce(url: string, body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/invoke`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text === '' ? null : (JSON.parse(text) as unknown) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Chart options hold formatter functions; compare what they draw (JSON drops the functions). */
const plain = (f: PanelFigures): unknown => JSON.parse(JSON.stringify(f));

describe('the speed-metrics panel and `squadflow metrics` on the same data and window (issue 10)', () => {
  let harness: Harness;
  let dir: string;
  let config: SquadConfig;
  let configFile: string;
  let issuesFile: string;

  const invoke = async <T>(functionKey: string, payload: unknown): Promise<T> => {
    const res = await postOnce(harness.url, JSON.stringify({ functionKey, payload, context: { accountId: USERS.alice, moduleKey: 'squadflow-project', projectKey: 'MKT' } }));
    const body = res.json as { ok: boolean; data?: T; error?: { message: string } };
    if (res.status !== 200 || !body.ok) throw new Error(`${functionKey}: ${res.status} ${body.error?.message ?? ''}`);
    return body.data as T;
  };

  beforeAll(async () => {
    harness = await startTestHarness({ demoIssues: 300, seedDemoSquad: 'growth' });
    await harness.idle();
    dir = mkdtempSync(join(tmpdir(), 'squadflow-panel-cli-'));
    // The squad configuration exactly as the admin page exports it (the file the CLI takes).
    const exported = await invoke<SquadExportDto>('squads.export', { squadId: SQUAD });
    configFile = join(dir, exported.fileName);
    writeFileSync(configFile, exported.json);
    config = JSON.parse(exported.json) as SquadConfig;
    // The demo squad's issues as the CLI reads them, pulled through the same Jira client.
    issuesFile = join(dir, 'issues.json');
    const pull = cliIo({ JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-demo-token' });
    const code = await run(['pull', '--jira-url', harness.url, '--squad', configFile, '--out', issuesFile], pull);
    if (code !== 0) throw new Error(`pull failed: ${pull.err()}`);
  });
  afterAll(async () => {
    await harness?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWS)('shows the same figures as the CLI: $name', async ({ controls: changed }) => {
    const controls: PanelControls = { ...DEFAULT_CONTROLS, squad: SQUAD, ...changed };
    // A page view is one call: the first answer carries every section and the scatterplot's rows
    // (all of them at this size); all rows are read only for the CSV.
    const answer = await invoke<MetricsAnswerDto>('metrics.get', metricsPayload(SQUAD, controls));
    const scatterRows = answer.metrics?.items ?? [];
    expect(answer.data).toMatchObject({ source: 'store', itemsOmitted: false, projects: ['MKT', 'IT'], rowsTotal: { items: scatterRows.length } });
    expect(scatterRows.length).toBeLessThan(FIRST_PAGE_ROWS);
    expect(Object.keys(answer.metrics ?? {}).filter((k) => (PANEL_FIRST_SECTIONS as readonly string[]).includes(k)).sort()).toEqual([...PANEL_FIRST_SECTIONS].sort());
    // A further page (asked only by squads with more finished items) continues the same rows.
    const tail = await invoke<MetricsAnswerDto>('metrics.get', panelScatterRowsQuestion(SQUAD, controls, Math.max(0, scatterRows.length - 2)));
    expect(tail.metrics?.items).toEqual(scatterRows.slice(-2));
    const rowsAnswer = await invoke<MetricsAnswerDto>('metrics.get', panelItemRowsQuestion(SQUAD, controls));
    const allRows = rowsAnswer.metrics?.items ?? [];
    expect(rowsAnswer.data.rowsTotal?.items).toBe(allRows.length);
    const first = answer.metrics;
    if (first === null) throw new Error('metrics.get answered without figures');
    // The button's label counts the rows the CSV will hold.
    expect(allRows.length).toBe(first.counts.issues);
    const panel = panelMetrics(first, allRows);
    if (panel === null) throw new Error('metrics.get answered without every section');

    const today = dayIn(TEST_NOW_MS, config.calendar.timeZone);
    const io = cliIo({});
    const code = await run(['metrics', '--input', issuesFile, '--config', configFile, ...cliArgs(controls, today)], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const cli = JSON.parse(io.out()) as SquadMetricsDto;

    // Not a vacuous match: the view has finished items, items in progress and a forecast.
    expect(panel.items.length).toBeGreaterThan(0);
    expect(panel.leadTime.count).toBeGreaterThan(0);
    expect(panel.forecast?.when?.results.map((r) => r.confidence)).toEqual([50, 70, 85, 95]);
    // The engine's answers, section by section (named in the failure), then what the panel shows.
    const a = byKey(panel);
    const b = byKey(cli);
    for (const section of Object.keys(a) as (keyof SquadMetricsDto)[]) expect({ section, value: b[section] }).toEqual({ section, value: a[section] });
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const stages = config.stages.map((s) => ({ name: s.name, wipLimit: s.wipLimit ?? null }));
    expect(plain(panelFigures(b, stages, controls.lines, PALETTE))).toEqual(plain(panelFigures(a, stages, controls.lines, PALETTE)));

    // The history behind the figures needs no rows: the header's first entry gives the same days.
    expect(panel.window.firstEntry).not.toBeNull();
    const earliest = allRows.flatMap((i) => Object.values(i.stages)).filter((at): at is string => at !== null).sort()[0];
    expect(panel.window.firstEntry).toBe(earliest);
    expect(historyDays(first)).toBe(historyDays(cli));
    // The scatterplot's rows are exactly the CLI's rows it would draw, and it draws the same.
    expect(scatterRows.length).toBeGreaterThan(0);
    expect([...scatterRows].sort(keyOrder)).toEqual(finishedInWindow(b).map((f) => f.item));
    expect(scatterRows.length).toBe(panel.leadTime.count);
    const scatterView = panelMetrics(first, [...scatterRows].sort(keyOrder));
    if (scatterView === null) throw new Error('no scatter view');
    const stageNames = stages.map((s) => s.name);
    const drawn = (dto: SquadMetricsDto): unknown => JSON.parse(JSON.stringify(chartModels(dto, PALETTE, controls.lines, stageNames, NO_SUMMARIES).scatter));
    expect(drawn(scatterView)).toEqual(drawn(b));
  });
});
