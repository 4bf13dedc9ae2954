import { metricsQueryPayload } from '../contract/metrics-query';
import { buildConfig } from '../domain/testing/build-issue';
import { runSteps, setSliceBudgetForTests } from '../ports/time-slice';
import { decodeIssue } from '../store/stored-issue';
import { metricsFigures, metricsFiguresSteps } from './metrics-figures';
import { STORED_NOW, storedIssue } from '../store/testing/stored-issues';
import { turnsDuring } from '../ports/testing/turns-during';

jest.setTimeout(60_000);

/**
 * The answer-cache warm computes a whole squad's answer in the background: in slices (so pages in
 * the same process are not held), and equal to the answer a page's own call computes at once.
 */
const NOW = STORED_NOW;
const ISSUES = 3_000;

describe('metricsFiguresSteps', () => {
  beforeAll(() => setSliceBudgetForTests(0));
  afterAll(() => setSliceBudgetForTests(null));

  it('computes every section in slices, equal to the answer computed at once', async () => {
    const config = buildConfig();
    const histories = Array.from({ length: ISSUES }, (_, i) => decodeIssue(storedIssue(i)));
    const q = metricsQueryPayload.parse({ squadId: config.id });
    const { turns, result: sliced } = await turnsDuring(() => runSteps(metricsFiguresSteps(config, q, histories, NOW)));
    expect(turns).toBeGreaterThan(ISSUES / 512);
    expect(sliced).toEqual(metricsFigures(config, q, histories, NOW));
    expect(sliced.metrics.counts.issues).toBe(ISSUES);
    expect(sliced.metrics.leadTime?.count).toBeGreaterThan(0);
  });
});
