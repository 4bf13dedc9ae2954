import { generateDemoData } from '../../demo-data';
import { FaultInjector } from '../faults';
import { IssueStore } from '../issue-store';
import { compileJql, JqlError } from '../jql';
import { canBrowseIssue } from '../permissions';
import { jqlContextFor, type EmulatorRuntime } from '../runtime';
import { RequestStats } from '../stats';
import { startTestEmulator, TEST_NOW_MS } from '../testing/test-client';
import { APP_USER, DEMO_USERS, type DemoUser } from '../users';
import { searchCandidates } from './search';

/** The read side's queries per view (see src/squad-view), and others that must not be narrowed wrongly. */
const QUERIES = [
  'project in ("MKT")',
  'project in ("IT")',
  'project in ("MKT", "IT")',
  'project = MKT',
  'project = "IT" AND statusCategory = Done',
  'project = MKT OR labels = quick-win',
  'project = MKT OR project = IT ORDER BY key',
  'NOT project = MKT',
  'project != IT',
  'project = MKT AND project = IT',
  'labels = quick-win',
  'project in (MKT, IT) AND updated >= -30d',
];
const USERS: readonly DemoUser[] = [...DEMO_USERS, APP_USER];
const OPTIONS = { seed: 7, issueCount: 400, nowMs: TEST_NOW_MS };

function runtime(): EmulatorRuntime {
  return {
    store: new IssueStore(generateDemoData(OPTIONS)),
    loginUsers: USERS,
    appUser: APP_USER,
    now: () => TEST_NOW_MS,
    faults: new FaultInjector(7),
    stats: new RequestStats(),
  };
}

/** Matching IDs for a user via the per-project index or via a scan of every issue; null when the JQL is refused. */
function matchIds(rt: EmulatorRuntime, user: DemoUser, jql: string, indexed: boolean): string[] | null {
  let compiled;
  try {
    compiled = compileJql(jql, jqlContextFor(rt, user));
  } catch (error) {
    if (error instanceof JqlError) return null;
    throw error;
  }
  const pool = indexed ? searchCandidates(rt, compiled) : rt.store.all();
  return [...pool].filter((i) => canBrowseIssue(user, i) && compiled.matches(i)).map((i) => i.id).sort();
}

describe('search narrowed by the per-project index', () => {
  it('finds exactly what a scan of every issue finds, for every demo user and query', () => {
    const rt = runtime();
    let nonEmpty = 0;
    for (const user of USERS) {
      for (const jql of QUERIES) {
        const slow = matchIds(rt, user, jql, false);
        expect({ user: user.handle, jql, ids: matchIds(rt, user, jql, true) }).toEqual({ user: user.handle, jql, ids: slow });
        if (slow !== null && slow.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('keeps the index right as issues are created and deleted', () => {
    const rt = runtime();
    const [first] = rt.store.all();
    if (first === undefined) throw new Error('demo data has issues');
    const created = rt.store.create({ ...first, summary: 'New one', labels: [], flagged: false }, TEST_NOW_MS);
    rt.store.delete(first, TEST_NOW_MS);
    const alice = USERS.find((u) => u.handle === 'alice') as DemoUser;
    const ids = matchIds(rt, alice, `project = ${first.projectKey}`, true);
    expect(ids).toContain(created.id);
    expect(ids).not.toContain(first.id);
    expect(ids).toEqual(matchIds(rt, alice, `project = ${first.projectKey}`, false));
  });

  it('answers approximate-count and ID search over HTTP with the scan result, per viewer (reporter-only and issue security included)', async () => {
    const rt = runtime();
    const env = await startTestEmulator(OPTIONS);
    try {
      for (const handle of ['alice', 'mia', 'lena', 'mark', 'carol']) {
        const user = USERS.find((u) => u.handle === handle) as DemoUser;
        for (const jql of ['project in ("MKT")', 'project in ("IT")']) {
          const slow = matchIds(rt, user, jql, false);
          const count = await env.as(handle)('POST', '/rest/api/3/search/approximate-count', { jql });
          const search = await env.as(handle)('POST', '/rest/api/3/search/jql', { jql, fields: [], maxResults: 5000 });
          if (slow === null) {
            expect([count.status, search.status]).toEqual([400, 400]);
            continue;
          }
          expect(count.body).toEqual({ count: slow.length });
          expect((search.body as { issues: Array<{ id: string }> }).issues.map((i) => i.id).sort()).toEqual(slow);
        }
      }
    } finally {
      await env.running.close();
    }
  });
});
