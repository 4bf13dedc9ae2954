import fc from 'fast-check';
import type { SquadConfig } from '../../../contract/squad-config';
import type { IssueHistory } from '../../model/issue-history';
import { computeSquadMetrics } from '../../squad-metrics';
import { buildConfig } from '../../testing/build-issue';
import { linkedIssueArb, toLinkedIssues } from '../../testing/linked-issues';
import { compareKeys } from '../../timeline/compare-keys';

/*
 * The engine against the definition written out naively (docs/metrics.md "Hand-off wait"), with the
 * default `keep` policy, the elapsed unit and no window: every pair of linked (or parent/child) items
 * of different projects, both in the squad; with `keep` and skipped stages filled, "entered stage s"
 * is the first instant at or past s, so upstream = the earlier of the two at or past the hand-off
 * stage (tie: smaller key), start = the downstream item's first instant at or past the first active
 * stage (Prototype), wait = max(0, start − hand-off), open when it never started and neither is
 * dropped now. O(n²) and slow on purpose.
 */
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const NOW = T0 + 100 * DAY;
const TYPES = ['Blocks', 'Relates', 'Clones'] as const;

const issueArb = linkedIssueArb({ createdDays: 60, moveDays: 20, linkTypes: TYPES });
const settingsArb = fc.record({
  stage: fc.constantFrom('Idea', 'Prototype', 'Pilot', 'Live'),
  linkTypes: fc.subarray([...TYPES, 'relates']),
  parentChild: fc.boolean(),
});

/** Linear interpolation between order statistics, written out again. */
function pct(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] as number) - (sorted[lo] as number));
}

interface RefDirection {
  waits: number[];
  ends: number[];
  open: { up: string; down: string; days: number }[];
}

function reference(config: SquadConfig, issues: IssueHistory[]): { pairs: number; directions: Map<string, RefDirection> } {
  const stageIx = new Map(config.stages.map((s, k) => [s.name, k]));
  const codeOf = (i: IssueHistory, status: string): number => {
    const name = (config.statusMap[i.projectKey] ?? {})[status];
    return name === 'Dropped' ? -2 : (stageIx.get(name ?? '') ?? -1);
  };
  const events = (i: IssueHistory): [number, number][] => {
    const first = i.changes[0];
    const out: [number, number][] = [[i.createdMs, codeOf(i, first === undefined ? i.statusId : (first.fromStatusId as string))]];
    for (const c of i.changes) if (c.atMs <= NOW) out.push([c.atMs, codeOf(i, c.toStatusId)]);
    return out;
  };
  const firstAtOrPast = (i: IssueHistory, s: number): number => events(i).find(([, c]) => c >= s)?.[0] ?? NaN;
  const droppedNow = (i: IssueHistory): boolean => events(i).filter(([, c]) => c !== -1).at(-1)?.[1] === -2;
  const h = stageIx.get(config.handoff.stage ?? config.stages[1]?.name ?? '') as number;
  const types = config.handoff.linkTypes.map((t) => t.toLowerCase());
  const discipline = (i: IssueHistory): string => config.discipline.values[i.projectKey] ?? '';
  const joined = (x: IssueHistory, y: IssueHistory): boolean =>
    (x.links ?? []).some((l) => l.issueId === y.id && (types.length === 0 || types.includes(l.type.toLowerCase()))) ||
    (config.handoff.parentChild && x.parentId === y.id);
  const directions = new Map<string, RefDirection>();
  let pairs = 0;
  for (let a = 0; a < issues.length; a++) {
    for (let b = a + 1; b < issues.length; b++) {
      const x = issues[a] as IssueHistory;
      const y = issues[b] as IssueHistory;
      if (discipline(x) === discipline(y) || !(joined(x, y) || joined(y, x))) continue;
      pairs++;
      const ex = firstAtOrPast(x, h);
      const ey = firstAtOrPast(y, h);
      if (Number.isNaN(ex) && Number.isNaN(ey)) continue;
      const xFirst = Number.isNaN(ey) || ex < ey || (ex === ey && compareKeys(x.key, y.key) < 0);
      const [up, down, handoff] = xFirst ? [x, y, ex] : [y, x, ey];
      const key = `${discipline(up)} → ${discipline(down)}`;
      const d = directions.get(key) ?? { waits: [], ends: [], open: [] };
      directions.set(key, d);
      const start = firstAtOrPast(down, 1);
      if (!Number.isNaN(start)) {
        d.waits.push(Math.max(0, (start - handoff) / DAY));
        d.ends.push(Math.max(start, handoff));
      } else if (!droppedNow(up) && !droppedNow(down)) d.open.push({ up: up.key, down: down.key, days: (NOW - handoff) / DAY });
    }
  }
  return { pairs, directions };
}

describe('hand-off waits equal the definition written out naively', () => {
  it('pairs, waits, trends and open hand-offs per direction', () => {
    let withWaits = 0;
    let withOpen = 0;
    fc.assert(
      fc.property(fc.array(issueArb, { minLength: 2, maxLength: 12 }), settingsArb, (specs, settings) => {
        const config = buildConfig({ handoff: settings });
        const issues = toLinkedIssues(specs, T0);
        const dto = computeSquadMetrics(config, issues, { nowMs: NOW, includeItems: false }).handoffs;
        const ref = reference(config, issues);
        expect(dto.pairs).toBe(ref.pairs);
        const lastDay = Math.floor(NOW / DAY);
        for (const d of dto.directions) {
          const r = ref.directions.get(`${d.from} → ${d.to}`) ?? { waits: [], ends: [], open: [] };
          const sorted = [...r.waits].sort((p, q) => p - q);
          if (sorted.length > 0) withWaits++;
          expect(d.wait.count).toBe(sorted.length);
          expect(d.wait.minDays).toBe(sorted[0] ?? null);
          expect(d.wait.maxDays).toBe(sorted.at(-1) ?? null);
          for (const [got, p] of [[d.wait.p50, 50], [d.wait.p85, 85]] as const) {
            const want = pct(sorted, p);
            if (want === null) expect(got).toBeNull();
            else expect(got).toBeCloseTo(want, 9);
          }
          // 28-day periods ending on now's day (no window given).
          const inPeriod = (first: number, last: number) => r.ends.filter((e) => Math.floor(e / DAY) >= first && Math.floor(e / DAY) <= last).length;
          expect(d.trend.current.count).toBe(inPeriod(lastDay - 27, lastDay));
          expect(d.trend.previous.count).toBe(inPeriod(lastDay - 55, lastDay - 28));
          const open = [...r.open].sort((p, q) => q.days - p.days || compareKeys(p.up, q.up) || compareKeys(p.down, q.down));
          if (open.length > 0) withOpen++;
          expect(d.openCount).toBe(open.length);
          expect(d.longestOpen.map((o) => [o.upstreamKey, o.downstreamKey, o.waitDays])).toEqual(open.slice(0, 10).map((o) => [o.up, o.down, o.days]));
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches both kinds, so the comparisons above are not vacuous.
    expect(withWaits).toBeGreaterThan(50);
    expect(withOpen).toBeGreaterThan(50);
  });
});
