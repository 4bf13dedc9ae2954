import fc from 'fast-check';
import type { IssueHistory } from '../../model/issue-history';
import { computeSquadMetrics } from '../../squad-metrics';
import { buildConfig } from '../../testing/build-issue';
import { linkedIssueArb, toLinkedIssues, type LinkedIssueSpec } from '../../testing/linked-issues';

const T0 = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;
const NOW = T0 + 100 * 24 * HOUR;

const issueArb = linkedIssueArb({ createdDays: 90, moveDays: 30, linkTypes: ['Blocks', 'Relates'] });
const toIssues = (specs: LinkedIssueSpec[]): IssueHistory[] => toLinkedIssues(specs, T0);

const config = buildConfig();
const handoffs = (issues: IssueHistory[]) => computeSquadMetrics(config, issues, { nowMs: NOW, includeItems: false }).handoffs;

describe('hand-off wait properties', () => {
  it('waits and open ages are never negative, and every direction joins two different disciplines', () => {
    let withWaits = 0;
    let withOpen = 0;
    fc.assert(
      fc.property(fc.array(issueArb, { minLength: 1, maxLength: 12 }), (specs) => {
        const dto = handoffs(toIssues(specs));
        if (dto.overall.count > 0) withWaits++;
        if (dto.directions.some((d) => d.openCount > 0)) withOpen++;
        for (const d of dto.directions) {
          expect(d.from).not.toBe(d.to);
          if (d.wait.minDays !== null) expect(d.wait.minDays).toBeGreaterThanOrEqual(0);
          for (const o of d.longestOpen) expect(o.waitDays).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
    // The generator does reach both kinds of hand-off, so the checks above are not vacuous.
    expect(withWaits).toBeGreaterThan(10);
    expect(withOpen).toBeGreaterThan(10);
  });

  it('an item linked to itself, or to items of its own discipline, makes no hand-off', () => {
    fc.assert(
      fc.property(fc.array(issueArb, { minLength: 1, maxLength: 12 }), (specs) => {
        const issues = toIssues(specs).map((i, n, all) => ({
          ...i,
          links: [{ issueId: i.id, type: 'Blocks' }, ...all.filter((o) => o.projectKey === i.projectKey).map((o) => ({ issueId: o.id, type: 'Relates' }))],
          parentId: all[(n + 1) % all.length]?.projectKey === i.projectKey ? (all[(n + 1) % all.length]?.id ?? null) : null,
        }));
        const dto = handoffs(issues);
        expect(dto.pairs).toBe(0);
        expect(dto.overall.count).toBe(0);
        for (const d of dto.directions) expect(d.openCount).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the issues or of their links', () => {
    fc.assert(
      fc.property(
        fc.array(issueArb, { minLength: 1, maxLength: 12 }).chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs.map((_, k) => k), { minLength: specs.length }))),
        ([specs, order]) => {
          const issues = toIssues(specs);
          const shuffled = order.map((k) => {
            const i = issues[k] as IssueHistory;
            return { ...i, links: [...(i.links ?? [])].reverse() };
          });
          expect(handoffs(shuffled)).toEqual(handoffs(issues));
        },
      ),
      { numRuns: 150 },
    );
  });
});
