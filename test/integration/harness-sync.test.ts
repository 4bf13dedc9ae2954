import type { Harness } from '../../local/harness/start-harness';
import { getSyncStatus } from '../../src/sync/sync-status';
import { readPublishedIssues } from '../../src/store/issue-segments';
import { startTestHarness, TEST_NOW_MS } from '../helpers/harness';

jest.setTimeout(60_000);

/** The harness wires the sync like Forge: the queue consumer, issue triggers and the demo squad. */
describe('harness background sync', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startTestHarness();
    await harness.idle();
  });
  afterAll(() => harness.close());

  it('seeds the demo squad on first start and backfills it through the in-process queue', async () => {
    const emulatorIssues = harness.emulator?.state.listIssues() ?? [];
    const status = await getSyncStatus(harness.deps.store, 'growth', TEST_NOW_MS);
    expect(status.phase).toBe('ready');
    expect(status.issueCount).toBe(emulatorIssues.length);
    expect(harness.queue.counts.failed).toBe(0);
  });

  it('feeds emulator changes to the issue trigger, which updates the stored issue', async () => {
    const emulator = harness.emulator;
    if (!emulator) throw new Error('expected emulator mode');
    // Only labels a squad rule needs are stored (no free text in storage): the quick-win label is one.
    const issue = emulator.state.listIssues().find((i) => i.key.startsWith('MKT-') && !i.labels.includes('quick-win'));
    if (!issue) throw new Error('no MKT issue in the demo data');
    const storedBefore = (await readPublishedIssues(harness.deps.store, 'growth'))?.issues.find((s) => s[0] === issue.id);
    emulator.state.relabelIssue(issue.id, { add: ['quick-win'] });
    await harness.idle();
    const storedAfter = (await readPublishedIssues(harness.deps.store, 'growth'))?.issues.find((s) => s[0] === issue.id);
    expect(storedBefore?.[6]).not.toContain('quick-win');
    expect(storedAfter?.[6]).toContain('quick-win');
  });
});
