import { metricsQueryPayload } from '../contract/metrics-query';
import { buildConfig } from '../domain/testing/build-issue';
import { runSteps, setSliceBudgetForTests } from '../ports/time-slice';
import { decodeIssue, type StoredIssue } from '../store/stored-issue';
import { metricsFigures, metricsFiguresSteps } from './metrics-figures';

jest.setTimeout(60_000);

/**
 * The answer-cache warm computes a whole squad's answer in the background: in slices (so pages in
 * the same process are not held), and equal to the answer a page's own call computes at once.
 */
const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
const ISSUES = 3_000;

function issue(i: number): StoredIssue {
  const project = i % 3 === 0 ? 'IT' : 'MKT';
  const createdSec = Math.floor((NOW - (400 - (i % 390)) * DAY) / 1000);
  const changes: Array<[number, string]> = [
    [86_400 * (1 + (i % 5)), '2'],
    [86_400 * (6 + (i % 20)), '3'],
  ];
  return [String(10_000 + i), `${project}-${i}`, project, 'Story', createdSec, '3', i % 7 === 0 ? ['quick-win'] : [], [], null, null, null, NOW - DAY, 0, changes, []];
}

describe('metricsFiguresSteps', () => {
  beforeAll(() => setSliceBudgetForTests(0));
  afterAll(() => setSliceBudgetForTests(null));

  it('computes every section in slices, equal to the answer computed at once', async () => {
    const config = buildConfig();
    const histories = Array.from({ length: ISSUES }, (_, i) => decodeIssue(issue(i)));
    const q = metricsQueryPayload.parse({ squadId: config.id });
    let turns = 0;
    let running = true;
    const spin = (): void => {
      if (!running) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const sliced = await runSteps(metricsFiguresSteps(config, q, histories, NOW)).finally(() => (running = false));
    expect(turns).toBeGreaterThan(ISSUES / 512);
    expect(sliced).toEqual(metricsFigures(config, q, histories, NOW));
    expect(sliced.metrics.counts.issues).toBe(ISSUES);
    expect(sliced.metrics.leadTime?.count).toBeGreaterThan(0);
  });
});
