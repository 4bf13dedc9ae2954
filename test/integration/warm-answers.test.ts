import { toForgeIssueEvent } from '../../local/harness/issue-events';
import { DEMO_USERS, type IssueEvent } from '../../local/jira-emulator';
import { DEFAULT_CONTROLS, metricsPayload } from '../../static/src/pages/metrics/panel-controls';
import { panelFirstQuestion, panelPageQuestion } from '../../src/contract/metrics-panel-question';
import type { MetricsPageDto } from '../../src/contract/metrics-page';
import { nextBucketStartMs } from '../../src/store/answer-cache';
import type { MetricsAnswerDto, MetricsQuery } from '../../src/contract/metrics-query';
import type { Logger } from '../../src/ports/logger';
import { allResolvers, invokeResolver } from '../../src/resolvers/registry';
import { firstQuestions, warmSquadAnswers } from '../../src/squad-view';
import { deleteCachedAnswers } from '../../src/store/answer-cache';
import { readManifest } from '../../src/store/data-manifest';
import { keys } from '../../src/store/keys';
import { SquadConfigRepo } from '../../src/store/squad-config-repo';
import { handleIssueEvent } from '../../src/sync/handle-job';
import { requestBackfill } from '../../src/sync/request-backfill';
import type { SyncDeps } from '../../src/sync/sync-deps';
import { readSyncState } from '../../src/sync/sync-state';
import { DEMO_SQUAD, never, startSyncEnv, type SyncEnv } from './sync-env';
import { countingStore } from './counting-store';

const user = (handle: string): string => (DEMO_USERS.find((u) => u.handle === handle) ?? never()).accountId;


// Each step computes a 1,500-issue squad's figures a few times: slow on a loaded 2-core CI machine.
jest.setTimeout(60_000);

type Logged = { level: string; message: string; fields: Record<string, string | number | boolean> };

describe('warming the answer cache after the data changes', () => {
  let env: SyncEnv;
  let store: ReturnType<typeof countingStore>;
  const logged: Logged[] = [];
  const events: IssueEvent[] = [];
  let warms = 0;
  // One frozen instant for the sync, the warm and every call: answers are cached per quarter hour.
  const nowMs = Date.now();
  const [PANEL, TILE] = firstQuestions(DEMO_SQUAD.id) as [MetricsQuery, MetricsQuery];

  const log: Logger = {
    info: (message, fields = {}) => logged.push({ level: 'info', message, fields }),
    warn: (message, fields = {}) => logged.push({ level: 'warn', message, fields }),
    error: (message, fields = {}) => logged.push({ level: 'error', message, fields }),
  };
  const deps = (): SyncDeps => env.deps;
  const warmer: NonNullable<SyncDeps['warmAnswers']> = (squadId, options) => {
    warms++;
    return warmSquadAnswers(env.deps, squadId, options);
  };

  async function ask(handle: string, q: MetricsQuery): Promise<{ answer: MetricsAnswerDto; read: boolean }> {
    store.segmentReads = 0;
    const result = await invokeResolver(allResolvers(), 'metrics.get', q, { accountId: user(handle) }, { ...env.deps, store });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return { answer: result.data as MetricsAnswerDto, read: store.segmentReads > 0 };
  }

  /** The same question computed afresh: the squad's cached answers emptied first. */
  async function fresh(handle: string, q: MetricsQuery): Promise<MetricsAnswerDto> {
    await deleteCachedAnswers(env.store, DEMO_SQUAD.id);
    const computed = await ask(handle, q);
    expect(computed.read).toBe(true);
    return computed.answer;
  }

  async function applyEvents(): Promise<void> {
    for (const e of events.splice(0)) await handleIssueEvent(env.deps, toForgeIssueEvent(e));
  }

  beforeAll(async () => {
    env = await startSyncEnv({ issueCount: 800 });
    env.deps.clock = { nowMs: () => nowMs };
    env.deps.log = log;
    env.deps.warmAnswers = warmer;
    store = countingStore(env.store);
    env.emulator.onIssueEvent((e) => events.push(e));
    await requestBackfill(env.deps, DEMO_SQUAD.id);
    await env.queue.idle();
  }, 60_000);
  afterAll(async () => env.close());

  it("warms with the panel's own default question", () => {
    expect(PANEL).toEqual(panelFirstQuestion(DEMO_SQUAD.id));
    expect(PANEL).toEqual(metricsPayload(DEMO_SQUAD.id, DEFAULT_CONTROLS));
  });

  it("serves a whole-squad viewer's first calls after the publish from the cache, equal to a fresh computation", async () => {
    expect(warms).toBeGreaterThan(0);
    expect(logged.filter((l) => l.message === 'answers warmed').length).toBeGreaterThan(0);
    const firsts: MetricsAnswerDto[] = [];
    for (const q of [PANEL, TILE]) {
      const first = await ask('carol', q);
      // Not a single segment read: the answer and the per-project counts were ready.
      expect(first.read).toBe(false);
      expect(first.answer.metrics?.counts.issues).toBe(env.emulator.state.listIssues().length);
      firsts.push(first.answer);
    }
    expect(await fresh('carol', PANEL)).toEqual(firsts[0]);
    expect(await fresh('carol', TILE)).toEqual(firsts[1]);
  });

  it('serves the page view’s one call (metrics.page, with no squad in the URL) from the warmed answer too', async () => {
    await warmSquadAnswers(env.deps, DEMO_SQUAD.id, { deadlineMs: Number.POSITIVE_INFINITY });
    store.segmentReads = 0;
    const ctx = { accountId: user('carol'), moduleKey: 'squadflow-project', projectKey: 'MKT' };
    const result = await invokeResolver(allResolvers(), 'metrics.page', panelPageQuestion(null), ctx, { ...env.deps, store });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(store.segmentReads).toBe(0);
    const page = result.data as MetricsPageDto;
    expect(page.choice).toMatchObject({ kind: 'chosen', squadId: DEMO_SQUAD.id, answer: { ok: true } });
    if (page.choice.kind === 'chosen' && page.choice.answer.ok) expect(page.choice.answer.data).toEqual(await fresh('carol', PANEL));
  });

  it('warms ahead: answers warmed as of the next quarter hour are what a call then gets, without a segment read', async () => {
    const atMs = nextBucketStartMs(nowMs);
    const report = await warmSquadAnswers(env.deps, DEMO_SQUAD.id, { deadlineMs: Number.POSITIVE_INFINITY, atMs });
    expect(report.warmed).toBe(2);
    const frozen = env.deps.clock;
    env.deps.clock = { nowMs: () => atMs + 60_000 };
    try {
      const ahead = await ask('carol', PANEL);
      expect(ahead.read).toBe(false);
      // Within a bucket every cached answer is as of its first computation: here the bucket's first instant.
      env.deps.clock = { nowMs: () => atMs };
      expect(ahead.answer).toEqual(await fresh('carol', PANEL));
    } finally {
      env.deps.clock = frozen;
    }
  });

  it('never gives lena (MKT as reporter only) or mark (MKT only) a warmed answer', async () => {
    // Warm again (the previous test emptied the cache), then ask as the partial viewers.
    await warmSquadAnswers(env.deps, DEMO_SQUAD.id, { deadlineMs: Number.POSITIVE_INFINITY });
    const mktOnly = env.emulator.state.listIssues().filter((r) => r.projectKey === 'MKT');
    const lena = await ask('lena', PANEL);
    expect(lena.read).toBe(true);
    expect(lena.answer.metrics?.counts.issues).toBe(mktOnly.filter((r) => r.reporterAccountId === user('lena')).length);
    const mark = await ask('mark', PANEL);
    expect(mark.read).toBe(true);
    expect(mark.answer.data.projects).toEqual(['MKT']);
    expect(mark.answer.metrics?.counts.issues).toBe(mktOnly.length);
    // The whole-squad viewer still gets the warmed answer.
    expect((await ask('carol', PANEL)).read).toBe(false);
  });

  it('stores nothing about a viewer: no account ID in any cached answer', async () => {
    const listed = (await env.store.list(keys.answer(DEMO_SQUAD.id, ''), { limit: 1000 })).keys;
    expect(listed.length).toBeGreaterThan(0);
    for (const key of [...listed, keys.answerIndex(DEMO_SQUAD.id)]) {
      const text = JSON.stringify(await env.store.get(key));
      for (const u of DEMO_USERS) expect(text).not.toContain(u.accountId);
    }
  });

  it('leaves a warmed answer unused after a new data stamp, and warms the new data after the changes', async () => {
    const before = (await ask('carol', PANEL)).answer;
    const victims = env.emulator.state.listIssues().filter((r) => r.projectKey === 'IT').slice(0, 3);
    // Without warming wired, a change only moves the stamp: the warmed entry is not served.
    env.deps.warmAnswers = undefined;
    env.emulator.state.deleteIssue((victims[0] ?? never()).id);
    await applyEvents();
    const after = await ask('carol', PANEL);
    expect(after.read).toBe(true);
    expect(after.answer.metrics?.counts.issues).toBe((before.metrics?.counts.issues ?? 0) - 1);
    // With warming: two more changes, warmed once they settle (coalescing: src/sync/warm.test.ts), and the next call is a hit.
    env.deps.warmAnswers = warmer;
    const warmsBefore = warms;
    for (const v of victims.slice(1)) env.emulator.state.deleteIssue(v.id);
    await applyEvents();
    await env.queue.idle();
    expect(warms - warmsBefore).toBeGreaterThanOrEqual(1);
    const warmed = await ask('carol', PANEL);
    expect(warmed.read).toBe(false);
    expect(warmed.answer.metrics?.counts.issues).toBe((before.metrics?.counts.issues ?? 0) - 3);
    expect(await fresh('carol', PANEL)).toEqual(warmed.answer);
  });

  it('leaves a warmed answer unused after a config save (a new revision)', async () => {
    await warmSquadAnswers(env.deps, DEMO_SQUAD.id, { deadlineMs: Number.POSITIVE_INFINITY });
    expect((await ask('carol', PANEL)).read).toBe(false);
    const repo = new SquadConfigRepo(env.store);
    const record = (await repo.getRecord(DEMO_SQUAD.id)) ?? never();
    await repo.save({ ...record.config, name: `${record.config.name} (renamed)` }, { nowMs, expectedRevision: record.revision });
    const after = await ask('carol', PANEL);
    expect(after.read).toBe(true);
    expect(after.answer.metrics?.squad.name).toBe(`${record.config.name} (renamed)`);
  });

  it('starts no answer once the budget is spent', async () => {
    await deleteCachedAnswers(env.store, DEMO_SQUAD.id);
    expect(await warmSquadAnswers(env.deps, DEMO_SQUAD.id, { deadlineMs: nowMs })).toEqual({ warmed: 0, cached: 0, skipped: 'budget' });
    expect((await env.store.list(keys.answer(DEMO_SQUAD.id, ''))).keys).toEqual([]);
  });

  it('publishes a new generation whatever warming does: a failure is logged with a code and nothing personal', async () => {
    const before = (await readManifest(env.store, DEMO_SQUAD.id)) ?? never();
    logged.length = 0;
    env.deps.warmAnswers = () => Promise.reject(new Error(`boom for ${user('carol')}`));
    await requestBackfill(deps(), DEMO_SQUAD.id, { force: true });
    await env.queue.idle();
    env.deps.warmAnswers = warmer;
    const after = (await readManifest(env.store, DEMO_SQUAD.id)) ?? never();
    expect(after.generation).toBeGreaterThan(before.generation);
    expect((await readSyncState(env.store, DEMO_SQUAD.id)).error).toBeNull();
    const failures = logged.filter((l) => l.message === 'answers not warmed');
    expect(failures.map((l) => l.fields['code'])).toEqual(['WARM_FAILED']);
    expect(JSON.stringify(logged)).not.toContain(user('carol'));
  });
});
