import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { capturedCliIo } from '../helpers/cli-io';
import type { HandoffDirectionDto, SquadMetricsDto } from '../../src/contract/metrics';

/*
 * `squadflow metrics` on a hand-made export (test/fixtures/cli/handoff-export.json, a search page
 * with fields.issuelinks and fields.parent) and a version 2 squad (handoff-squad.yaml: hand-off
 * stage Prototype, link types "blocks" and "Relates", parent/child on). Now Sun 2024-03-31 00:00Z.
 *
 * Stage entries (Prototype = MKT 2, IT 12 Build or 13 Test; every time converted to UTC):
 *   MKT-1 Tue 03-05 09:00 (10:00+0100)     IT-1 Fri 03-08 12:00 (07:00-0500)   Blocks on both
 *   MKT-2 Wed 03-06 (back to Idea 03-07,   IT-2 Sat 03-02                       MKT-2's parent is IT-2
 *         again 03-12: first entry kept)                                       (IT-2 "Cloners" MKT-1: type not listed)
 *   MKT-3 Sun 03-10                        IT-3 not started, no issuelinks      Relates, written on MKT-3 only
 *                                                                              with both sides (other = inward)
 *   MKT-4 Wed 03-20                        IT-4 Thu 03-14 (Test)                Blocks on both
 *   MKT-5 Fri 03-15                        IT-5 Sat 03-16                       Duplicate: not listed
 *   MKT-5 Relates MKT-1 (one discipline), MKT-5 Blocks OPS-1 (not a squad project): no hand-offs.
 *
 * Pairs: MKT-1/IT-1, MKT-2/IT-2, MKT-3/IT-3, MKT-4/IT-4 = 4.
 *   Marketing → IT: MKT-1 first (03-05 09:00 < 03-08 12:00); IT-1 starts 03-08 12:00:
 *                   3 d 3 h = 3.125 d. MKT-3 → IT-3 open: 03-31 − 03-10 = 21 d.
 *   IT → Marketing: IT-2 first (03-02 < 03-06); MKT-2 first active 03-06: 4 d.
 *                   IT-4 first (03-14 < 03-20); MKT-4 starts 03-20: 6 d.
 *   Overall 3.125, 4, 6 → median 4.
 */
const FIX = join(__dirname, '..', 'fixtures', 'cli');
const INPUT = join(FIX, 'handoff-export.json');
const CONFIG = join(FIX, 'handoff-squad.yaml');
const NOW = '2024-03-31T00:00:00Z';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capturedCliIo({}, Date.parse(NOW));
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

async function handoffs(...extra: string[]): Promise<SquadMetricsDto['handoffs']> {
  const r = await cli('metrics', '--input', INPUT, '--config', CONFIG, '--now', NOW, '--no-items', ...extra);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return (JSON.parse(r.stdout) as SquadMetricsDto).handoffs;
}

function direction(h: SquadMetricsDto['handoffs'], from: string, to: string): HandoffDirectionDto {
  const d = h.directions.find((x) => x.from === from && x.to === to);
  if (d === undefined) throw new Error(`no direction ${from} → ${to}`);
  return d;
}

describe('squadflow metrics — hand-off waits on a hand-made export', () => {
  it('computes the hand-worked pairs, waits, open hand-off and trend', async () => {
    const h = await handoffs();
    expect([h.stage, h.linkTypes, h.parentChild, h.pairs]).toEqual(['Prototype', ['blocks', 'Relates'], true, 4]);
    expect(h.directions.map((d) => `${d.from} → ${d.to}`)).toEqual(['Marketing → IT', 'IT → Marketing']);
    const mktIt = direction(h, 'Marketing', 'IT');
    expect([mktIt.wait.count, mktIt.wait.p50]).toEqual([1, 3.125]);
    expect(mktIt.openCount).toBe(1);
    expect(mktIt.longestOpen).toEqual([{ upstreamKey: 'MKT-3', downstreamKey: 'IT-3', via: { kind: 'link', type: 'Relates' }, handedOffAt: '2024-03-10T00:00:00.000Z', waitDays: 21 }]);
    const itMkt = direction(h, 'IT', 'Marketing');
    // Waits 4 and 6: p50 = 5, p85 = 4 + 0.85 × (6 − 4) = 5.7.
    expect([itMkt.wait.count, itMkt.wait.p50, itMkt.wait.minDays, itMkt.wait.maxDays, itMkt.openCount]).toEqual([2, 5, 4, 6, 0]);
    expect(itMkt.wait.p85).toBeCloseTo(5.7, 12);
    expect([h.overall.count, h.overall.p50]).toEqual([3, 4]);
    // No window start: 28-day periods ending 03-31. Every wait ended 03-06 … 03-20, in the current one.
    expect(itMkt.trend.current).toMatchObject({ from: '2024-03-04', to: '2024-03-31', count: 2, p50: 5 });
    expect(itMkt.trend.previous).toEqual({ from: '2024-02-05', to: '2024-03-03', count: 0, p50: null, p85: null });
  });

  it('places each wait in the window where it ended', async () => {
    // Window 03-11 … 03-31 (21 days, so 21-day periods): only IT-4 → MKT-4 (ended 03-20) is in it;
    // MKT-1 → IT-1 (ended 03-08) and IT-2 → MKT-2 (ended 03-06) fall in the previous period 02-19 … 03-10.
    const h = await handoffs('--window-start', '2024-03-11', '--window-end', '2024-03-31');
    const mktIt = direction(h, 'Marketing', 'IT');
    const itMkt = direction(h, 'IT', 'Marketing');
    expect([mktIt.wait.count, itMkt.wait.count, itMkt.wait.p50, h.overall.count, h.overall.p50]).toEqual([0, 1, 6, 1, 6]);
    expect(mktIt.trend.previous).toEqual({ from: '2024-02-19', to: '2024-03-10', count: 1, p50: 3.125, p85: 3.125 });
    expect(itMkt.trend).toEqual({
      periodDays: 21,
      current: { from: '2024-03-11', to: '2024-03-31', count: 1, p50: 6, p85: 6 },
      previous: { from: '2024-02-19', to: '2024-03-10', count: 1, p50: 4, p85: 4 },
    });
    // Open hand-offs are as of now, whatever the window.
    expect(mktIt.longestOpen.map((o) => o.waitDays)).toEqual([21]);
  });

  it('counts in calendar and business days like lead times', async () => {
    // Calendar: 03-05 → 03-08 = 3, 03-02 → 03-06 = 4, 03-14 → 03-20 = 6; open 03-10 → 03-31 = 21.
    const cal = await handoffs('--unit', 'calendar');
    expect([direction(cal, 'Marketing', 'IT').wait.p50, direction(cal, 'IT', 'Marketing').wait.p50, cal.overall.p50]).toEqual([3, 5, 4]);
    // Business (Mon–Fri): (Tue 03-05, Fri 03-08] = 3; (Sat 03-02, Wed 03-06] = 3; (Thu 03-14, Wed 03-20] = 4;
    // open (Sun 03-10, Sun 03-31] = 15. IT → Marketing 3, 4 → 3.5; overall 3, 3, 4 → 3.
    const biz = await handoffs('--unit', 'business');
    const mktIt = direction(biz, 'Marketing', 'IT');
    expect([mktIt.wait.p50, mktIt.longestOpen[0]?.waitDays, direction(biz, 'IT', 'Marketing').wait.p50, biz.overall.p50]).toEqual([3, 15, 3.5, 3]);
  });

  it('prints the hand-off section in the table', async () => {
    const r = await cli('metrics', '--input', INPUT, '--config', CONFIG, '--now', NOW, '--format', 'table');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Marketing → IT\s+1\s+3\.1\s+3\.1\s+1/);
    expect(r.stdout).toMatch(/IT → Marketing\s+2\s+5\.0\s+5\.7\s+0/);
    expect(r.stdout).toContain('MKT-3 → IT-3 (Relates): 21.0 so far, since 2024-03-10');
  });

  it('finds no hand-offs in an export without issuelinks and parent', async () => {
    const page = JSON.parse(readFileSync(INPUT, 'utf8')) as { issues: { fields: Record<string, unknown> }[] };
    for (const issue of page.issues) {
      delete issue.fields['issuelinks'];
      delete issue.fields['parent'];
    }
    const dir = mkdtempSync(join(tmpdir(), 'squadflow-handoff-'));
    try {
      const bare = join(dir, 'bare.json');
      writeFileSync(bare, JSON.stringify(page));
      const r = await cli('metrics', '--input', bare, '--config', CONFIG, '--now', NOW, '--format', 'table');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('no hand-offs: no issue links or parent/child between items of different disciplines in the input');
      const json = await cli('metrics', '--input', bare, '--config', CONFIG, '--now', NOW, '--no-items');
      const h = (JSON.parse(json.stdout) as SquadMetricsDto).handoffs;
      expect([h.pairs, h.overall.count, h.directions.map((d) => d.openCount)]).toEqual([0, 0, [0, 0]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
