import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { capturedCliIo } from '../helpers/cli-io';
import type { SquadMetricsDto } from '../../src/contract/metrics';

const FIX = join(__dirname, '..', 'fixtures', 'cli');
const fx = (name: string): string => join(FIX, name);
const NOW = '2024-03-31T00:00:00Z';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  const io = capturedCliIo({}, Date.parse(NOW));
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

async function metricsJson(...extra: string[]): Promise<SquadMetricsDto> {
  const r = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, ...extra);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as SquadMetricsDto;
}

describe('squadflow metrics — JSON (DESIGN §5)', () => {
  it('answers the contract shape with hand-worked values', async () => {
    const dto = await metricsJson();
    expect(dto.squad).toEqual({ id: 'growth', name: 'Growth squad' });
    expect(dto.leadTime).toMatchObject({ from: 'Idea', to: 'Pilot', unit: 'elapsed', count: 3, p50: 5, mean: 15.5 / 3 });
    expect(dto.leadTime.p85).toBeCloseTo(6.4, 9);
    expect(dto.items.map((i) => [i.key, i.discipline, i.quickWin, i.leadTimeDays, i.dropped])).toEqual([
      ['MKT-1', 'Marketing', true, 3.5, false],
      ['IT-1', 'IT', false, 5, false],
      ['MKT-2', 'Marketing', false, 7, false],
      ['MKT-3', 'Marketing', false, null, true],
      ['IT-2', 'IT', false, null, false],
      ['MKT-4', 'Marketing', false, null, false],
      ['MKT-5', 'Marketing', false, null, false],
    ]);
    // Offsets other than UTC: +0100 and -0500 in the fixture.
    expect(dto.items[0]?.stages).toEqual({ Idea: '2024-03-04T09:00:00.000Z', Prototype: '2024-03-05T09:00:00.000Z', Pilot: '2024-03-07T21:00:00.000Z', Live: null });
    expect(dto.items[1]?.stages['Idea']).toBe('2024-03-06T12:00:00.000Z');
    expect(dto.throughput.map((w) => [w.week, w.count])).toEqual([
      ['2024-03-04', 1],
      ['2024-03-11', 1],
      ['2024-03-18', 1],
      ['2024-03-25', 0],
    ]);
    expect(dto.wip.at(-1)).toEqual({ date: '2024-03-31', count: 3 });
    expect(dto.cfd.at(-1)).toEqual({ date: '2024-03-31', Idea: 6, Prototype: 4, Pilot: 3, Live: 1 });
    expect(dto.timeInStage.stages.map((s) => s.stage)).toEqual(['Idea', 'Prototype', 'Pilot']);
    expect(dto.timeInStage.final?.stage).toBe('Live');
    expect(dto.quickWins.candidates).toEqual(['IT-2']);
    expect(dto.unmapped.statuses).toEqual([
      { projectKey: 'MKT', statusId: '77', statusName: 'Legal review', issueCount: 1, eventCount: 1, exampleIssueKeys: ['MKT-5'] },
    ]);
    expect(dto.forecast).toBeUndefined();
  });

  it('reads every input shape and YAML config to the same answer', async () => {
    const base = await metricsJson();
    for (const input of ['issues-pages-array.json', 'issues.ndjson', 'issues-array.json']) {
      const r = await cli('metrics', '--input', fx(input), '--config', fx('squad.yaml'), '--now', NOW);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(base);
    }
  });

  it('reads overlapping inputs once', async () => {
    const r = await cli('metrics', '--input', fx('issues-page.json'), '--input', fx('issues.ndjson'), '--config', fx('squad.json'), '--now', NOW);
    expect((JSON.parse(r.stdout) as SquadMetricsDto).counts.issues).toBe(7);
    expect(r.stderr).toContain('7 issues appeared more than once in the input; the last copy was used');
  });

  it('warns about unmapped statuses on stderr', async () => {
    const r = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW);
    expect(r.stderr).toContain('warning: unmapped statuses (MKT 77 "Legal review") were ignored');
  });

  it('forecasts reproducibly with a seed', async () => {
    const a = await metricsJson('--forecast-items', '2', '--forecast-date', '2024-04-30', '--trials', '1000', '--seed', '9');
    const b = await metricsJson('--forecast-items', '2', '--forecast-date', '2024-04-30', '--trials', '1000', '--seed', '9');
    expect(a.forecast).toEqual(b.forecast);
    expect(a.forecast).toMatchObject({ trials: 1000, sampleDays: 84, howMany: { targetDate: '2024-04-30', days: 30 }, when: { items: 2 } });
  });

  it('takes the pair, unit and window from flags', async () => {
    const dto = await metricsJson('--from', 'Prototype', '--to', 'Pilot', '--unit', 'business', '--window-start', '2024-03-11', '--no-items');
    expect(dto.leadTime).toMatchObject({ from: 'Prototype', to: 'Pilot', unit: 'business', count: 2 });
    expect(dto.items).toEqual([]);
    expect(dto.window).toEqual({ from: '2024-03-11', to: '2024-03-31', firstEntry: '2024-03-04T09:00:00.000Z' });
  });

  it('writes to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'squadflow-cli-'));
    try {
      const out = join(dir, 'metrics.json');
      const r = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--out', out);
      expect([r.code, r.stdout]).toEqual([0, '']);
      expect((JSON.parse(readFileSync(out, 'utf8')) as SquadMetricsDto).leadTime.count).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('squadflow metrics — hand-offs from fields.issuelinks and fields.parent', () => {
  it('reports the hand-worked waits and open hand-offs', async () => {
    const dto = await metricsJson();
    expect(dto.handoffs.stage).toBe('Prototype');
    expect(dto.handoffs.pairs).toBe(2);
    const [mktIt, itMkt] = dto.handoffs.directions;
    // MKT-1 entered Prototype 03-05 09:00; IT-1 (blocked by it) started 03-08 12:00.
    expect([mktIt?.from, mktIt?.to, mktIt?.wait.count, mktIt?.wait.p50]).toEqual(['Marketing', 'IT', 1, 3.125]);
    // IT-2 (parent of MKT-4) entered Build 03-20 12:00; MKT-4 has not started: open 10.5 days.
    expect(itMkt?.longestOpen).toEqual([{ upstreamKey: 'IT-2', downstreamKey: 'MKT-4', via: { kind: 'parent' }, handedOffAt: '2024-03-20T12:00:00.000Z', waitDays: 10.5 }]);
  });

  it('prints a hand-off section in the table', async () => {
    const r = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--format', 'table');
    expect(r.stdout).toContain('Hand-off wait (Prototype entered upstream → downstream first active, days)');
    expect(r.stdout).toMatch(/Marketing → IT\s+1\s+3\.1\s+3\.1\s+0/);
    expect(r.stdout).toContain('IT-2 → MKT-4 (parent/child): 10.5 so far, since 2024-03-20');
  });
});

describe('squadflow metrics — table and CSV', () => {
  it('prints headline figures, percentiles and a text histogram', async () => {
    const r = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--format', 'table');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lead time Idea → Pilot (days), 3 completed in the window — fewer than 5 samples, read with care');
    expect(r.stdout).toMatch(/p50\s+p70\s+p85\s+p95\s+mean\s+min\s+max\s+n\n\s+days\s+5\.0\s+5\.8\s+6\.4\s+6\.8\s+5\.2\s+3\.5\s+7\.0\s+3/);
    expect(r.stdout).toContain('│██████████████████████████████ 1');
    expect(r.stdout).toContain('MKT 77 "Legal review": 1 items, e.g. MKT-5');
    // Issue 13.13: the drop rate as a sentence, quick wins counted in the singular, the running week marked.
    expect(r.stdout).toContain('Drop rate: 25 % of finished items were dropped (1 of 4)');
    // The final stage is not time in stage: shown apart.
    expect(r.stdout).not.toMatch(/^\s+Live\s+(active|waiting)/m);
    expect(r.stdout).toMatch(/in Live since \(final stage, left out above and from flow efficiency\): 1 item, median 11\.0 days/);
    expect(r.stdout).toMatch(/2024-03-04 │█+\s+1 \(1 quick win\)/);
    expect(r.stdout).toMatch(/2024-03-25 │\s+0\n/);
    const midWeek = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', '2024-03-27T12:00:00Z', '--format', 'table');
    expect(midWeek.stdout).toMatch(/2024-03-25 │\s+0 so far \(3 days of 7\)\n/);
  });

  it('prints one CSV row per item', async () => {
    const r = await cli('metrics', '--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--format', 'csv');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('key,project,issue_type,discipline,quick_win,dropped,current_stage,Idea,Prototype,Pilot,Live,lead_time_elapsed_days,rework_count,age_in_stage_days');
    expect(lines[1]).toBe('MKT-1,MKT,Story,Marketing,true,false,Pilot,2024-03-04T09:00:00.000Z,2024-03-05T09:00:00.000Z,2024-03-07T21:00:00.000Z,,3.5,0,23.125');
    expect(lines).toHaveLength(8);
  });
});

describe('squadflow metrics — one odd issue is skipped and named, the rest computed (issue 12.11)', () => {
  it('skips an issue without fields.created and one without a status ID, naming each on stderr', async () => {
    const page = JSON.parse(readFileSync(fx('issues-page.json'), 'utf8')) as { issues: { key: string; fields: Record<string, unknown> }[] };
    const target = page.issues.find((i) => i.key === 'MKT-3');
    if (target === undefined) throw new Error('fixture lacks MKT-3');
    delete target.fields['created'];
    const dir = mkdtempSync(join(tmpdir(), 'squadflow-skip-'));
    try {
      const file = join(dir, 'odd.json');
      writeFileSync(file, JSON.stringify(page, null, 1));
      const r = await cli('metrics', '--input', file, '--input', fx('bad-shape.json'), '--config', fx('squad.json'), '--now', NOW);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/skipped .*odd\.json: issues\[3\] \(MKT-3\) at line \d+: not a Jira issue: fields\.created: /);
      expect(r.stderr).toMatch(/skipped .*bad-shape\.json: issues\[1\] \(IT-1\) at line \d+: not a Jira issue: fields\.status\.id: /);
      expect(r.stderr).toContain('2 issues were skipped; the metrics cover the other 6');
      const dto = JSON.parse(r.stdout) as SquadMetricsDto;
      expect(dto.counts.issues).toBe(6);
      expect(dto.items.map((i) => i.key)).not.toContain('MKT-3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('squadflow metrics — bad input names the file, the item and the field', () => {
  it.each([
    [['--input', fx('not-json.json'), '--config', fx('squad.json')], 1, /not-json\.json: not valid JSON or NDJSON: unexpected end of input .* at line 1/],
    [['--input', fx('bad-timestamp.json'), '--config', fx('squad.json')], 1, /bad-timestamp\.json: \[0\] \(MKT-1\) at line 2: not a Jira issue: changelog\.histories\.0\.created: must be a Jira timestamp/],
    [['--input', fx('issues-page.json'), '--config', fx('bad-squad.json')], 1, /bad-squad\.json: invalid squad configuration: leadTime\.to: unknown stage "Done"; statusMap\.MKT\.5: unknown stage "Review"/],
    [['--input', fx('missing.json'), '--config', fx('squad.json')], 1, /missing\.json: cannot read the input file/],
    [['--input', fx('issues-page.json'), '--config', fx('typo-squad.json')], 1, /typo-squad\.json: invalid squad configuration: backwardMoves: unknown key backwardMoves — did you mean backwardPolicy\?; unti: unknown key unti — did you mean unit\?/],
    [['--input', fx('issues-page.json'), '--config', fx('issues-page.json')], 1, /issues-page\.json: invalid squad configuration: issues: unknown key issues — did you mean issueTypes\?/],
    [['--input', fx('issues-page.json')], 2, /--config FILE is required/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--format', 'xml'], 2, /--format: "xml" is not one of json, table, csv/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', 'soon'], 2, /--now: "soon" is not a date-time/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--to', 'Done'], 2, /unknown stage "Done"/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--colour'], 2, /Unknown option '--colour'/],
    // Hostile dates and sizes are refused as the app refuses them, before any work (a year-9999
    // --now or a year-0 window start once made the engine build millions of days).
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', '2024-02-31T00:00:00Z'], 2, /--now: "2024-02-31T00:00:00Z" is not a calendar date/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', '9999-12-31T00:00:00Z'], 2, /--now: .* must be between 1970 and 2199/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--window-start', '0000-01-01'], 2, /--window-start: "0000-01-01" must be between 1970 and 2199/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--window-start', '2023-02-29'], 2, /--window-start: "2023-02-29" is not a date as YYYY-MM-DD/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--window-start', '2001-01-01', '--window-end', '2024-01-01'], 2, /--window-start: the window may span at most 10 years/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--window-start', '1971-01-01'], 2, /--window-start: the window may span at most 10 years/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--trend-days', '100000000'], 2, /--trend-days: "100000000" must be at most 3,653/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--forecast-items', '5', '--trials', '1000000000'], 2, /--trials: "1000000000" must be at most 100,000/],
    [['--input', fx('issues-page.json'), '--config', fx('squad.json'), '--now', NOW, '--out', '/dev/full'], 1, /\/dev\/full: cannot write the output \(ENOSPC\)/],
  ])('%j', async (args, code, message) => {
    const r = await cli('metrics', ...(args));
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('refuses a file nested 50,000 deep with a sentence, not a stack overflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'squadflow-deep-'));
    try {
      const file = join(dir, 'deep.json');
      writeFileSync(file, '{"issues":[{"fields":'.repeat(50_000) + '1' + '}]'.repeat(50_000) + '}');
      const r = await cli('metrics', '--input', file, '--config', fx('squad.json'), '--now', NOW);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(/deep\.json: (nests far too deeply to be a Jira export|.*not a Jira issue)/);
      expect(r.stderr).not.toMatch(/call stack|\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown command', async () => {
    const r = await cli('report');
    expect([r.code, r.stderr]).toEqual([2, 'squadflow: unknown command "report" (use metrics or pull; squadflow --help)\n']);
  });
});

describe('bin/squadflow.js', () => {
  it('runs with plain node after npm install (sources through tsx), whatever the machine’s TZ', async () => {
    const args = ['metrics', '--input', fx('issues.ndjson'), '--config', fx('squad.yaml'), '--now', NOW, '--format', 'csv', '--unit', 'calendar'];
    const res = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'squadflow.js'), ...args], {
      encoding: 'utf8',
      // The engine never reads local time: a machine 13:45 ahead of UTC gives the same answer.
      env: { ...process.env, SQUADFLOW_FROM_SOURCE: '1', TZ: 'Pacific/Chatham' },
    });
    expect(res.status).toBe(0);
    expect(res.stdout.split('\n')[1]).toMatch(/^MKT-1,MKT,Story,Marketing,true,false,Pilot,/);
    expect(res.stdout).toBe((await cli(...args)).stdout);
  }, 30_000);
});
