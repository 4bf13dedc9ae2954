import fc from 'fast-check';
import { computeSquadMetrics } from '../squad-metrics';
import { WORKED_EXAMPLE, WORKED_NOW } from '../testing/build-context';
import { buildConfig, buildIssue, ms } from '../testing/build-issue';
import { filterChoices, filterItems, isNarrowing } from './item-filter';

const config = buildConfig();
const issues = [
  ...WORKED_EXAMPLE.map(buildIssue),
  buildIssue({ key: 'IT-90', project: 'IT', type: 'Bug', initial: '11', labels: ['quick-win'] }),
  buildIssue({ key: 'MKT-90', type: '', initial: '1' }),
];
const keys = (list: readonly { key: string }[]): string[] => list.map((i) => i.key);

describe('filterItems', () => {
  it('keeps everything without a narrowing filter', () => {
    expect(isNarrowing(undefined)).toBe(false);
    expect(isNarrowing({ disciplines: [], issueTypes: [], quickWinsOnly: false })).toBe(false);
    expect(filterItems(config, issues, { disciplines: [] })).toBe(issues);
  });

  it('keeps items matching every listed dimension', () => {
    expect(keys(filterItems(config, issues, { disciplines: ['IT'] })).every((k) => k.startsWith('IT-'))).toBe(true);
    expect(keys(filterItems(config, issues, { disciplines: ['IT'], issueTypes: ['Bug'], quickWinsOnly: true }))).toEqual(['IT-90']);
    expect(keys(filterItems(config, issues, { issueTypes: ['(none)'] }))).toEqual(['MKT-90']);
    expect(filterItems(config, issues, { disciplines: ['Sales'] })).toEqual([]);
  });

  it('narrows to a subset, in input order (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(['Marketing', 'IT', 'Unassigned']),
        fc.subarray(['Story', 'Bug', '(none)']),
        fc.boolean(),
        (disciplines, issueTypes, quickWinsOnly) => {
          const kept = filterItems(config, issues, { disciplines, issueTypes, quickWinsOnly });
          const all = keys(issues);
          let last = -1;
          for (const k of keys(kept)) {
            const at = all.indexOf(k);
            expect(at).toBeGreaterThan(last);
            last = at;
          }
        },
      ),
    );
  });
});

describe('filterChoices and the metrics filter', () => {
  it('lists the disciplines and types before the filter narrows them', () => {
    const dto = computeSquadMetrics(config, issues, { nowMs: ms(WORKED_NOW), filter: { disciplines: ['Marketing'] } });
    expect(dto.choices).toEqual(filterChoices(config, issues));
    expect(dto.choices.disciplines).toEqual(['IT', 'Marketing']);
    expect(dto.breakdowns.discipline.map((d) => d.name)).toEqual(['Marketing']);
  });

  it('computes every figure as if the other items did not exist', () => {
    const filtered = computeSquadMetrics(config, issues, { nowMs: ms(WORKED_NOW), filter: { quickWinsOnly: true } });
    const direct = computeSquadMetrics(config, filterItems(config, issues, { quickWinsOnly: true }), { nowMs: ms(WORKED_NOW) });
    expect({ ...filtered, choices: null, counts: null }).toEqual({ ...direct, choices: null, counts: null });
  });
});
