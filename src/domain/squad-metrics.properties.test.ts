import fc from 'fast-check';
import type { BackwardPolicy, DayUnit } from '../contract/squad-config';
import type { IssueHistory, PackedChanges, StatusChange } from './model/issue-history';
import { computeSquadMetrics } from './squad-metrics';
import { buildConfig } from './testing/build-issue';
import { buildTimelines } from './timeline/build-timelines';
import { compileSquad } from './timeline/compile-squad';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const DAY = 86_400_000;
const NOW = T0 + 120 * DAY;
/** MKT statuses (Idea, Prototype, Pilot, Live, Dropped) and one nobody mapped. */
const STATUSES = ['1', '2', '3', '4', '9', '77'];

const changeArb = fc.record({
  // Up to an hour before creation (clock skew) and past now (ignored).
  offsetMinutes: fc.integer({ min: -60, max: 130 * 24 * 60 }),
  to: fc.constantFrom(...STATUSES),
});

const issueArb = fc.record({
  createdMinutes: fc.integer({ min: 0, max: 100 * 24 * 60 }),
  initial: fc.constantFrom(...STATUSES),
  changes: fc.array(changeArb, { maxLength: 8 }),
  quickWin: fc.boolean(),
  project: fc.constantFrom('MKT', 'IT'),
});

type IssueGen = typeof issueArb extends fc.Arbitrary<infer T> ? T : never;

function toIssues(specs: IssueGen[]): IssueHistory[] {
  return specs.map((s, n) => {
    const createdMs = T0 + s.createdMinutes * MINUTE;
    const sorted = [...s.changes].sort((a, b) => a.offsetMinutes - b.offsetMinutes);
    let from = s.initial;
    const changes: StatusChange[] = sorted.map((c, k) => {
      const change = { atMs: createdMs + c.offsetMinutes * MINUTE, fromStatusId: from, toStatusId: c.to, seq: k };
      from = c.to;
      return change;
    });
    return {
      id: String(n),
      key: `${s.project}-${n + 1}`,
      projectKey: s.project,
      issueType: 'Story',
      createdMs,
      statusId: from,
      labels: s.quickWin ? ['quick-win'] : [],
      components: [],
      resolution: null,
      effort: null,
      disciplineFieldValue: null,
      changes,
    };
  });
}

const policyArb = fc.constantFrom<BackwardPolicy>('keep', 'reset', 'last');
const unitArb = fc.constantFrom<DayUnit>('elapsed', 'calendar', 'inclusive', 'business');
const zoneArb = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata');
const issuesArb = fc.array(issueArb, { maxLength: 25 }).map(toIssues);

function configFor(policy: BackwardPolicy, unit: DayUnit, timeZone: string) {
  return buildConfig({ backwardPolicy: policy, unit, calendar: { timeZone, workingDays: [1, 2, 3, 4, 5], holidays: ['2024-02-14'] } });
}

/** Rounds every number so sums taken in another order compare equal. */
function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v))) as unknown;
}

function shuffle<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same issues with their changes in one column table, as the CLI's reader stores them. */
function packed(issues: IssueHistory[], shuffleWithin: boolean): IssueHistory[] {
  const total = issues.reduce((n, i) => n + i.changes.length, 0);
  const table: PackedChanges = { atMs: new Float64Array(total), seq: new Float64Array(total), from: new Int32Array(total), to: new Int32Array(total), statusIds: [] };
  const ids = table.statusIds as string[];
  const ref = (id: string): number => (ids.includes(id) ? ids.indexOf(id) : ids.push(id) - 1);
  let k = 0;
  return issues.map((issue) => {
    const start = k;
    const changes = shuffleWithin ? [...issue.changes].reverse() : issue.changes;
    for (const c of changes) {
      table.atMs[k] = c.atMs;
      table.seq[k] = c.seq ?? 0;
      table.from[k] = c.fromStatusId === null ? -1 : ref(c.fromStatusId);
      table.to[k] = ref(c.toStatusId);
      k++;
    }
    return { ...issue, changes, packedChanges: { table, start, count: changes.length } };
  });
}

describe('flow metric invariants', () => {
  it('packed changes (the CLI reader’s form) give the same answer', () => {
    fc.assert(
      fc.property(issuesArb, policyArb, unitArb, fc.boolean(), (issues, policy, unit, reversed) => {
        const config = configFor(policy, unit, 'Asia/Kolkata');
        const plain = computeSquadMetrics(config, issues, { nowMs: NOW, forecast: { items: 2, trials: 200 } });
        expect(computeSquadMetrics(config, packed(issues, reversed), { nowMs: NOW, forecast: { items: 2, trials: 200 } })).toEqual(plain);
      }),
      { numRuns: 40 },
    );
  });

  it('lead times are never negative, for every pair and unit, clock skew included', () => {
    fc.assert(
      fc.property(issuesArb, policyArb, unitArb, zoneArb, fc.constantFrom(['Idea', 'Pilot'], ['Prototype', 'Live'], ['Idea', 'Live']), (issues, policy, unit, zone, [from, to]) => {
        const dto = computeSquadMetrics(configFor(policy, unit, zone), issues, { nowMs: NOW, from, to });
        for (const item of dto.items) if (item.leadTimeDays !== null) expect(item.leadTimeDays).toBeGreaterThanOrEqual(unit === 'inclusive' ? 1 : 0);
        for (const item of dto.items) {
          const entries = Object.values(item.stages).filter((v): v is string => v !== null).map(Date.parse);
          for (let k = 1; k < entries.length; k++) expect(entries[k]).toBeGreaterThanOrEqual(entries[k - 1] as number);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('percentiles are monotone in p', () => {
    fc.assert(
      fc.property(issuesArb, policyArb, unitArb, (issues, policy, unit) => {
        const lt = computeSquadMetrics(configFor(policy, unit, 'UTC'), issues, { nowMs: NOW }).leadTime;
        if (lt.count === 0) return;
        const ps = [lt.minDays, lt.p50, lt.p70, lt.p85, lt.p95, lt.maxDays] as number[];
        for (let k = 1; k < ps.length; k++) expect(ps[k]).toBeGreaterThanOrEqual((ps[k - 1] as number) - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('CFD bands never cross and never decrease; WIP = arrivals − departures every day', () => {
    fc.assert(
      fc.property(issuesArb, policyArb, zoneArb, (issues, policy, zone) => {
        const config = configFor(policy, 'elapsed', zone);
        const dto = computeSquadMetrics(config, issues, { nowMs: NOW });
        const stages = config.stages.map((s) => s.name);
        // Collect the violations and assert once: thousands of expect() calls would be slow.
        const violations: string[] = [];
        dto.cfd.forEach((point, d) => {
          const prev = dto.cfd[d - 1];
          stages.forEach((s, k) => {
            if (k > 0 && (point[s] as number) > (point[stages[k - 1] as string] as number)) violations.push(`${point.date} ${s} crosses`);
            if (prev !== undefined && (point[s] as number) < (prev[s] as number)) violations.push(`${point.date} ${s} decreases`);
          });
        });
        // WIP from the CFD bands of the pair, and from the items' own entry dates.
        const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
        const days = dto.items
          .filter((item) => !item.dropped)
          .map((item) => [item.stages['Idea'], item.stages['Pilot']].map((v) => (v == null ? null : fmt.format(new Date(v)))));
        dto.wip.forEach((w, d) => {
          const point = dto.cfd[d];
          let arrived = 0;
          let departed = 0;
          for (const [a, b] of days) {
            if (a != null && a <= w.date) arrived++;
            if (b != null && b <= w.date) departed++;
          }
          if (w.count !== arrived - departed) violations.push(`${w.date} WIP ${w.count} ≠ ${arrived} − ${departed}`);
          if (w.count !== (point?.['Idea'] as number) - (point?.['Pilot'] as number)) violations.push(`${w.date} WIP ≠ CFD bands`);
        });
        expect(violations).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('time in stages (and dropped) adds up to each item’s age', () => {
    fc.assert(
      fc.property(issuesArb, policyArb, (issues, policy) => {
        const t = buildTimelines(compileSquad(configFor(policy, 'elapsed', 'UTC')), issues, NOW);
        for (let i = 0; i < t.count; i++) {
          let sum = t.droppedTimeMs[i] as number;
          for (let s = 0; s < t.stageCount; s++) sum += t.timeInStageMs[i * t.stageCount + s] as number;
          const first = t.firstMs[i] as number;
          expect(sum).toBe(Number.isNaN(first) ? 0 : NOW - first);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('does not depend on the order of histories or issues', () => {
    fc.assert(
      fc.property(issuesArb, policyArb, unitArb, fc.integer(), (issues, policy, unit, seed) => {
        let state = seed >>> 0;
        const random = (): number => ((state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296);
        const shuffled = shuffle(issues, random).map((i) => ({ ...i, changes: shuffle(i.changes, random) }));
        const config = configFor(policy, unit, 'Europe/Berlin');
        const a = computeSquadMetrics(config, issues, { nowMs: NOW, forecast: { items: 3, trials: 200 } });
        const b = computeSquadMetrics(config, shuffled, { nowMs: NOW, forecast: { items: 3, trials: 200 } });
        const byKey = (x: { key: string }, y: { key: string }): number => (x.key < y.key ? -1 : 1);
        expect(rounded({ ...b, items: [...b.items].sort(byKey) })).toEqual(rounded({ ...a, items: [...a.items].sort(byKey) }));
      }),
      { numRuns: 40 },
    );
  });
});
