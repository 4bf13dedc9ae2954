import { buildConfig } from '../domain/testing/build-issue';
import { silentLogger } from '../ports/logger';
import { runSteps, setSliceBudgetForTests } from '../ports/time-slice';
import { writeManifest } from '../store/data-manifest';
import { readPublishedIssues, writeSegment } from '../store/issue-segments';
import { MemoryStore } from '../store/memory-store';
import { readPortfolioSummary } from '../store/portfolio-summary';
import { bucketOf, emptySegment } from '../store/segment';
import { SquadConfigRepo } from '../store/squad-config-repo';
import { buildPortfolioSummary, portfolioSummarySteps, refreshPortfolioSummary } from './portfolio-summary';
import { STORED_NOW, storedIssue } from '../store/testing/stored-issues';
import { turnsDuring } from '../ports/testing/turns-during';

/**
 * Publishing, building and summarising a big squad give the event loop turns (TimeSlice), so other
 * calls in the same process are not held for seconds; results are the same as computed at once.
 * An in-memory store answers without a turn of the loop, so without the slicing nothing else would
 * run until the work ended. How long others wait is measured in bench/publish-responsiveness.ts.
 */
jest.setTimeout(60_000);

const NOW = STORED_NOW;
const ISSUES = 3_000;
const SEGMENTS = 8;

async function publishedStore(): Promise<MemoryStore> {
  const store = new MemoryStore({ nowMs: () => NOW });
  await new SquadConfigRepo(store).save(buildConfig(), { nowMs: 0 });
  const segments = Array.from({ length: SEGMENTS }, emptySegment);
  for (let i = 0; i < ISSUES; i++) {
    const s = storedIssue(i);
    (segments[bucketOf(s[0], SEGMENTS)] ?? emptySegment()).i[s[0]] = s;
  }
  for (let s = 0; s < SEGMENTS; s++) await writeSegment(store, 'growth', 1, s, segments[s] ?? emptySegment());
  await writeManifest(store, 'growth', { v: 1, generation: 1, segments: SEGMENTS, issueCount: ISSUES, scopeKey: 'p=IT,MKT;e=;d=', publishedAtMs: NOW });
  return store;
}


describe('long background work gives the event loop turns', () => {
  beforeAll(() => setSliceBudgetForTests(0));
  afterAll(() => setSliceBudgetForTests(null));

  it('reads every published issue in slices', async () => {
    const store = await publishedStore();
    const { turns, result } = await turnsDuring(() => readPublishedIssues(store, 'growth'));
    expect(result?.issues).toHaveLength(ISSUES);
    expect(turns).toBeGreaterThanOrEqual(SEGMENTS);
  });

  it('refreshes the portfolio summary in slices, with the figures computed at once', async () => {
    const store = await publishedStore();
    const deps = { store, clock: { nowMs: () => NOW }, log: silentLogger };
    const { turns, result } = await turnsDuring(() => refreshPortfolioSummary(deps, 'growth'));
    expect(turns).toBeGreaterThan(ISSUES / 512);
    const record = (await new SquadConfigRepo(store).getRecord('growth')) ?? fail('no record');
    const published = (await readPublishedIssues(store, 'growth')) ?? fail('no data');
    const atOnce = buildPortfolioSummary(record, published, NOW);
    expect(result).toEqual(atOnce);
    expect(await readPortfolioSummary(store, 'growth')).toEqual(atOnce);
    expect(atOnce.figures.leadTime.count).toBeGreaterThan(0);
    expect(await runSteps(portfolioSummarySteps(record, published, NOW))).toEqual(atOnce);
  });
});

function fail(message: string): never {
  throw new Error(message);
}
