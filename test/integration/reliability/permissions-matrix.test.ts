import type { Harness } from '../../../local/harness/start-harness';
import type { DemoUser } from '../../../local/jira-emulator';
import { canBrowseIssue, hasGlobalPermission, hasProjectPermission } from '../../../local/jira-emulator/permissions';
import type { IssueRecord } from '../../../local/demo-data';
import { FUNCTION_PAYLOADS, type FunctionKey } from '../../../src/contract/functions';
import { allResolvers } from '../../../src/resolvers/registry';
import { postInvoke } from '../../helpers/harness';
import { demoConfig, invokeAs, startSquadHarness } from '../squads-env';

jest.setTimeout(180_000);

/**
 * The permissions matrix (issue 12): every resolver key × every kind of viewer Jira has, on one
 * harness. Each cell is what the viewer may read or change, derived from the emulator's own
 * permission model (the "truth" Jira would apply), so the table states rules, not snapshots:
 * counts are of issues the viewer may browse; a project they cannot browse is neither named nor
 * counted; changes need the Jira permission server side. A key in the contract without a row here
 * fails the first test (and the `Record<FunctionKey, …>` type fails the compile).
 */

type Handle = 'anonymous' | 'unknown' | 'nina' | 'mark' | 'mia' | 'lena' | 'ivan' | 'paul' | 'alice';
/** The viewers, by what Jira grants them. */
const VIEWERS: ReadonlyArray<{ handle: Handle; kind: string }> = [
  { handle: 'anonymous', kind: 'anonymous: no accountId in the context' },
  { handle: 'unknown', kind: 'unknown account: an accountId no one signs in with' },
  { handle: 'nina', kind: 'no browse: a Jira account with no project' },
  { handle: 'mark', kind: 'browse-only: MKT (IT does not exist for him)' },
  { handle: 'mia', kind: 'browse without restricted issues: IT minus its security level (edits MKT)' },
  { handle: 'lena', kind: 'browse granted to reporters only: MKT issues she reported' },
  { handle: 'ivan', kind: 'edit: works in IT, browses MKT' },
  { handle: 'paul', kind: 'project admin: MKT (not a Jira admin)' },
  { handle: 'alice', kind: 'Jira admin' },
];

/** What one call told a viewer, reduced to what the rules speak about. */
type Seen = Record<string, unknown>;
interface Answer {
  status: number;
  code: string | undefined;
  data: Record<string, unknown>;
  raw: string;
}

interface World {
  harness: Harness;
  user(handle: Handle): DemoUser | null;
  issues(): IssueRecord[];
  /** Issues of `projects` the viewer may browse, as Jira decides. */
  visible(handle: Handle, projects: readonly string[]): IssueRecord[];
  browses(handle: Handle, project: string): boolean;
  restrictedIt: IssueRecord;
  lenaIssue: IssueRecord;
}

interface Row {
  /**
   * The same call about something that does not exist (a squad, a project): a viewer refused with
   * 404 must get exactly that answer (names swapped), so the refusal tells nothing.
   */
  missing?: { call(w: World, handle: Handle): Promise<Answer>; from: string; to: string };
  /** The call, as `handle` (contexts are the module the key belongs to). */
  call(w: World, handle: Handle): Promise<Answer>;
  /** What the viewer sees, reduced. */
  seen(a: Answer, w: World, handle: Handle): Seen;
  /** What the rules say they should see. */
  expected(w: World, handle: Handle): Seen;
}

const STAGES = ['Idea', 'Prototype', 'Pilot', 'Live'];
const SIGNED_OUT: readonly Handle[] = ['anonymous', 'unknown'];
const refusedUnauthenticated = { status: 401, code: 'UNAUTHENTICATED', leaksIt: false };
const notFound = { status: 404, code: 'NOT_FOUND', leaksIt: false };

function contextOf(w: World, handle: Handle, extra: Record<string, unknown>): Record<string, unknown> {
  if (handle === 'anonymous') return extra;
  const accountId = handle === 'unknown' ? '5f00000000000000deadbeef' : (w.user(handle)?.accountId ?? '');
  return { accountId, ...extra };
}

async function invoke(w: World, handle: Handle, functionKey: FunctionKey, payload: unknown, context: Record<string, unknown>): Promise<Answer> {
  const res = await postInvoke(w.harness.url, JSON.stringify({ functionKey, payload, context: contextOf(w, handle, context) }));
  const body = (res.json ?? {}) as { data?: Record<string, unknown>; error?: { code?: string } };
  return { status: res.status, code: body.error?.code, data: body.data ?? {}, raw: JSON.stringify(res.json) };
}

const ADMIN_PAGE = { moduleKey: 'squadflow-admin' };
const PROJECT_PAGE = { moduleKey: 'squadflow-project', projectKey: 'MKT' };

/** Nothing of IT in an answer: its key, its issue keys, its status IDs. */
const namesIt = (raw: string): boolean => /"IT"|\bIT-\d+|\bIT\b/.test(raw);

/** Reads: signed-out viewers get 401; a viewer who browses none of the squad's projects gets 404 as for a missing squad. */
function readOf(w: World, handle: Handle, projects: readonly string[], shape: (visible: IssueRecord[]) => Seen): Seen {
  if (SIGNED_OUT.includes(handle)) return refusedUnauthenticated;
  const browsable = projects.filter((p) => w.browses(handle, p));
  if (browsable.length === 0) return notFound;
  return { status: 200, leaksIt: false, ...shape(w.visible(handle, projects)) };
}

/** Any answer (an error's message too) naming IT to a viewer who cannot browse IT is a leak. */
const leaks = (a: Answer, w: World, h: Handle): boolean => namesIt(a.raw.split(w.restrictedIt.key).join('')) && !w.browses(h, 'IT');

function seenOf(a: Answer, w: World, h: Handle, extra: (a: Answer) => Seen): Seen {
  if (a.status !== 200) return { status: a.status, code: a.code, leaksIt: leaks(a, w, h) };
  return { status: 200, leaksIt: leaks(a, w, h), ...extra(a) };
}

const isJiraAdmin = (w: World, h: Handle): boolean => { const u = w.user(h); return u !== null && hasGlobalPermission(u, 'ADMINISTER'); };
const administers = (w: World, h: Handle, projects: readonly string[]): boolean => {
  const u = w.user(h);
  return u !== null && (hasGlobalPermission(u, 'ADMINISTER') || projects.every((p) => hasProjectPermission(u, p, 'ADMINISTER_PROJECTS')));
};
/** A refused change: 401 signed out, otherwise 403 (or 404 when the squad does not exist for them). */
function writeOf(w: World, handle: Handle, projects: readonly string[], allowed: boolean): Seen {
  if (SIGNED_OUT.includes(handle)) return refusedUnauthenticated;
  if (allowed) return { status: 200, leaksIt: false };
  return projects.some((p) => w.browses(handle, p)) ? { status: 403, code: 'FORBIDDEN', leaksIt: false } : notFound;
}
const writeSeen = (a: Answer, w: World, h: Handle): Seen => (a.status === 200 ? { status: 200, leaksIt: leaks(a, w, h) } : { status: a.status, code: a.code, leaksIt: leaks(a, w, h) });

/** Keys the summaries row asks about: hidden from some viewers in each way Jira hides issues. */
const summaryKeys = (w: World): string[] => [w.restrictedIt.key, w.lenaIssue.key, 'IT-1', 'MKT-1'];

const MATRIX: Record<FunctionKey, Row> = {
  'app.info': {
    call: (w, h) => invoke(w, h, 'app.info', {}, ADMIN_PAGE),
    seen: (a, w, h) => ({ status: a.status, code: a.code, leaksIt: leaks(a, w, h) }),
    expected: (_w, h) => (SIGNED_OUT.includes(h) ? refusedUnauthenticated : { status: 200, code: undefined, leaksIt: false }),
  },
  'squads.list': {
    call: (w, h) => invoke(w, h, 'squads.list', {}, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ squads: (x.data['squads'] as Array<{ id: string; projects: string[]; canEdit: boolean }>).map((s) => `${s.id}:${s.projects.join('+')}:${s.canEdit ? 'edit' : 'read'}`) })),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      const squads = SQUADS.filter((s) => s.projects.some((p) => w.browses(h, p))).map((s) => `${s.id}:${s.projects.filter((p) => w.browses(h, p)).join('+')}:${administers(w, h, s.projects) ? 'edit' : 'read'}`);
      return { status: 200, leaksIt: false, squads };
    },
  },
  'squads.get': {
    missing: { call: (w, h) => invoke(w, h, 'squads.get', { squadId: 'gone' }, ADMIN_PAGE), from: 'joint', to: 'gone' },
    call: (w, h) => invoke(w, h, 'squads.get', { squadId: 'joint' }, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ projects: (x.data['config'] as { projects: string[] }).projects, canEdit: x.data['canEdit'] })),
    expected: (w, h) => readOf(w, h, ['MKT', 'IT'], () => ({ projects: ['MKT', 'IT'].filter((p) => w.browses(h, p)), canEdit: isJiraAdmin(w, h) })),
  },
  'squads.export': {
    missing: { call: (w, h) => invoke(w, h, 'squads.export', { squadId: 'gone' }, ADMIN_PAGE), from: 'joint', to: 'gone' },
    call: (w, h) => invoke(w, h, 'squads.export', { squadId: 'joint' }, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ projects: (JSON.parse(x.data['json'] as string) as { projects: string[] }).projects })),
    expected: (w, h) => readOf(w, h, ['MKT', 'IT'], () => ({ projects: ['MKT', 'IT'].filter((p) => w.browses(h, p)) })),
  },
  'squads.save': {
    // A change of the joint squad (MKT + IT): only a Jira admin (or an admin of both projects).
    call: async (w, h) => {
      const rev = (await invokeAs<{ revision: number }>(w.harness, 'alice', 'squads.get', { squadId: 'joint' })).data.revision;
      return invoke(w, h, 'squads.save', { config: { ...demoConfig('joint', 'Joint squad'), name: `Renamed by ${h}` }, expectedRevision: rev }, ADMIN_PAGE);
    },
    missing: {
      call: (w, h) => invoke(w, h, 'squads.save', { config: { ...demoConfig('gone', 'Joint squad'), name: `Renamed by ${h}` }, expectedRevision: 1 }, ADMIN_PAGE),
      from: 'joint',
      to: 'gone',
    },
    seen: writeSeen,
    // Whoever may not change it gets the same refusal whether the squad exists or not (issue 12.2).
    expected: (w, h) => (SIGNED_OUT.includes(h) ? refusedUnauthenticated : administers(w, h, ['MKT', 'IT']) ? { status: 200, leaksIt: false } : { status: 403, code: 'FORBIDDEN', leaksIt: false }),
  },
  'squads.duplicate': {
    call: async (w, h) => {
      const res = await invoke(w, h, 'squads.duplicate', { squadId: 'mkt-only', newId: `copy-${h}`, newName: `Copy by ${h}` }, ADMIN_PAGE);
      if (res.status === 200) await invokeAs(w.harness, 'alice', 'squads.delete', { squadId: `copy-${h}` });
      return res;
    },
    seen: writeSeen,
    expected: (w, h) => writeOf(w, h, ['MKT'], administers(w, h, ['MKT'])),
  },
  'squads.delete': {
    // A fresh MKT-only squad per viewer: an MKT admin may delete it.
    call: async (w, h) => {
      const victim = `victim-${h}`;
      await invokeAs(w.harness, 'alice', 'squads.save', { config: { ...MKT_ONLY, id: victim, name: 'Victim' }, expectedRevision: null });
      const res = await invoke(w, h, 'squads.delete', { squadId: victim }, ADMIN_PAGE);
      if (res.status !== 200) await invokeAs(w.harness, 'alice', 'squads.delete', { squadId: victim });
      return res;
    },
    seen: writeSeen,
    expected: (w, h) => writeOf(w, h, ['MKT'], administers(w, h, ['MKT'])),
  },
  'squads.validate': {
    missing: { call: (w, h) => invoke(w, h, 'squads.validate', { config: withProject(JOINT, 'IT', 'NOPE') }, ADMIN_PAGE), from: 'IT', to: 'NOPE' },
    // A config naming a project the viewer cannot browse is refused as if the project did not exist.
    call: (w, h) => invoke(w, h, 'squads.validate', { config: JOINT }, ADMIN_PAGE),
    seen: (a, w, h) => ({ status: a.status, code: a.code, leaksIt: leaks(a, w, h) }),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      return ['MKT', 'IT'].every((p) => w.browses(h, p)) ? { status: 200, code: undefined, leaksIt: false } : { status: 400, code: 'BAD_REQUEST', leaksIt: false };
    },
  },
  'squads.searchProjects': {
    call: (w, h) => invoke(w, h, 'squads.searchProjects', {}, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ projects: (x.data['projects'] as Array<{ key: string }>).map((p) => p.key).sort() })),
    expected: (w, h) => (SIGNED_OUT.includes(h) ? refusedUnauthenticated : { status: 200, leaksIt: false, projects: ['IT', 'MKT'].filter((p) => w.browses(h, p)) }),
  },
  'squads.projectStatuses': {
    missing: { call: (w, h) => invoke(w, h, 'squads.projectStatuses', { projectKeys: ['NOPE'], stageNames: STAGES }, ADMIN_PAGE), from: 'IT', to: 'NOPE' },
    // IT's statuses: only for who may browse IT; the others get the answer a missing project gets.
    call: (w, h) => invoke(w, h, 'squads.projectStatuses', { projectKeys: ['IT'], stageNames: STAGES }, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ projects: (x.data['projects'] as Array<{ key: string; statuses: unknown[] }>).map((p) => `${p.key}:${p.statuses.length > 0 ? 'statuses' : 'none'}`) })),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      return w.browses(h, 'IT') ? { status: 200, leaksIt: false, projects: ['IT:statuses'] } : { status: 400, code: 'BAD_REQUEST', leaksIt: false };
    },
  },
  'sync.status': {
    missing: { call: (w, h) => invoke(w, h, 'sync.status', { squadId: 'gone' }, ADMIN_PAGE), from: 'joint', to: 'gone' },
    call: (w, h) => invoke(w, h, 'sync.status', { squadId: 'joint' }, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ issueCount: x.data['issueCount'], phase: x.data['phase'] })),
    expected: (w, h) => readOf(w, h, ['MKT', 'IT'], (v) => ({ issueCount: v.length, phase: 'ready' })),
  },
  'metrics.get': {
    missing: { call: (w, h) => invoke(w, h, 'metrics.get', { squadId: 'gone' }, ADMIN_PAGE), from: 'joint', to: 'gone' },
    call: (w, h) => invoke(w, h, 'metrics.get', { squadId: 'joint' }, ADMIN_PAGE),
    seen: (a, w, h) =>
      seenOf(a, w, h, (x) => {
        const m = x.data as { metrics: { counts: { issues: number } } | null; sync: { issueCount: number }; data: { projects: string[] } };
        return { issues: m.metrics?.counts.issues, syncCount: m.sync.issueCount, projects: m.data.projects };
      }),
    expected: (w, h) => readOf(w, h, ['MKT', 'IT'], (v) => ({ issues: v.length, syncCount: v.length, projects: ['MKT', 'IT'].filter((p) => w.browses(h, p)) })),
  },
  'metrics.page': {
    // The page's first view: the squads it may offer, and the squad asked for with its answer, on one permission check.
    call: (w, h) => invoke(w, h, 'metrics.page', { squadId: 'joint' }, ADMIN_PAGE),
    seen: (a, w, h) =>
      seenOf(a, w, h, (x) => {
        const page = x.data as { squads: Array<{ id: string; projects: string[] }>; choice: { kind: string; answer?: { ok: boolean; data?: { metrics: { counts: { issues: number } } | null; data: { projects: string[] } } } } };
        const answer = page.choice.answer?.data;
        return { squads: page.squads.map((s) => `${s.id}:${s.projects.join('+')}`), choice: page.choice.kind, issues: answer?.metrics?.counts.issues, projects: answer?.data.projects };
      }),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      const squads = SQUADS.filter((s) => s.projects.some((p) => w.browses(h, p)))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((s) => `${s.id}:${s.projects.filter((p) => w.browses(h, p)).join('+')}`);
      const projects = ['MKT', 'IT'].filter((p) => w.browses(h, p));
      // A squad the viewer cannot see is "missing", exactly as one that does not exist.
      if (projects.length === 0) return { status: 200, leaksIt: false, squads, choice: 'missing', issues: undefined, projects: undefined };
      return { status: 200, leaksIt: false, squads, choice: 'chosen', issues: w.visible(h, ['MKT', 'IT']).length, projects };
    },
  },
  'metrics.summaries': {
    missing: { call: (w, h) => invoke(w, h, 'metrics.summaries', { squadId: 'gone', keys: [w.lenaIssue.key] }, ADMIN_PAGE), from: 'joint', to: 'gone' },
    // Tooltip summaries of a restricted IT issue, an MKT issue lena reported and IT-1: only what the viewer may browse comes back.
    call: (w, h) => invoke(w, h, 'metrics.summaries', { squadId: 'joint', keys: summaryKeys(w) }, ADMIN_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ keys: (x.data['summaries'] as Array<{ key: string; summary: string }>).filter((s) => s.summary !== '').map((s) => s.key).sort() })),
    expected: (w, h) => readOf(w, h, ['MKT', 'IT'], (v) => ({ keys: summaryKeys(w).filter((k) => v.some((i) => i.key === k)).sort() })),
  },
  'portfolio.get': {
    call: (w, h) => invoke(w, h, 'portfolio.get', {}, { moduleKey: 'squadflow-gadget' }),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ rows: (x.data['rows'] as Array<{ squadId: string }>).map((r) => r.squadId).sort() })),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      return { status: 200, leaksIt: false, rows: SQUADS.filter((s) => s.projects.some((p) => w.browses(h, p))).map((s) => s.id).sort() };
    },
  },
  'board.get': {
    missing: { call: (w, h) => invoke(w, h, 'board.get', { squadId: 'gone' }, PROJECT_PAGE), from: 'joint', to: 'gone' },
    call: (w, h) => invoke(w, h, 'board.get', { squadId: 'joint' }, PROJECT_PAGE),
    seen: (a, w, h) =>
      seenOf(a, w, h, (x) => {
        const cards = x.data['cards'] as Array<{ key: string; projectKey: string }>;
        const allowed = new Set(w.visible(h, ['MKT', 'IT']).map((i) => i.key));
        return { projects: (x.data['overview'] as { squad: { projects: string[] } }).squad.projects, hiddenCards: cards.filter((c) => !allowed.has(c.key)).length, someCards: cards.length > 0 };
      }),
    expected: (w, h) => readOf(w, h, ['MKT', 'IT'], (v) => ({ projects: ['MKT', 'IT'].filter((p) => w.browses(h, p)), hiddenCards: 0, someCards: v.length > 0 })),
  },
  'board.page': {
    // The board's first view on MKT's project page: the squads holding MKT the viewer may see, and
    // the squad asked for with its first board page, on one permission check.
    call: (w, h) => invoke(w, h, 'board.page', { squadId: 'joint' }, PROJECT_PAGE),
    seen: (a, w, h) =>
      seenOf(a, w, h, (x) => {
        const page = x.data as { squads: Array<{ id: string; projects: string[] }>; choice: { kind: string; answer?: { ok: boolean; data?: { overview: { squad: { projects: string[] } }; cards: Array<{ key: string }> } } } };
        const board = page.choice.answer?.data;
        const allowed = new Set(w.visible(h, ['MKT', 'IT']).map((i) => i.key));
        return {
          squads: page.squads.map((s) => `${s.id}:${s.projects.join('+')}`).sort(),
          choice: page.choice.kind,
          projects: board?.overview.squad.projects,
          hiddenCards: board?.cards.filter((c) => !allowed.has(c.key)).length,
          someCards: board === undefined ? undefined : board.cards.length > 0,
        };
      }),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      const squads = SQUADS.filter((s) => s.projects.includes('MKT') && s.projects.some((p) => w.browses(h, p)))
        .map((s) => `${s.id}:${s.projects.filter((p) => w.browses(h, p)).join('+')}`)
        .sort();
      const projects = ['MKT', 'IT'].filter((p) => w.browses(h, p));
      // A squad the viewer cannot see is "missing", exactly as one that does not exist.
      if (projects.length === 0) return { status: 200, leaksIt: false, squads, choice: 'missing', projects: undefined, hiddenCards: undefined, someCards: undefined };
      return { status: 200, leaksIt: false, squads, choice: 'chosen', projects, hiddenCards: 0, someCards: w.visible(h, ['MKT', 'IT']).length > 0 };
    },
  },
  'board.transitions': {
    missing: { call: (w, h) => invoke(w, h, 'board.transitions', { squadId: 'joint', issueKey: 'IT-99999' }, PROJECT_PAGE), from: 'RESTRICTED', to: 'IT-99999' },
    // A restricted IT issue: answered only to who may browse it; 404 (as a missing key) for the rest.
    call: (w, h) => invoke(w, h, 'board.transitions', { squadId: 'joint', issueKey: w.restrictedIt.key }, PROJECT_PAGE),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ issueKey: x.data['issueKey'] })),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      if (!['MKT', 'IT'].some((p) => w.browses(h, p))) return notFound;
      const u = w.user(h);
      return u !== null && canBrowseIssue(u, w.restrictedIt) ? { status: 200, leaksIt: false, issueKey: w.restrictedIt.key } : notFound;
    },
  },
  'board.move': {
    missing: { call: (w, h) => invoke(w, h, 'board.move', { squadId: 'gone', issueKey: w.lenaIssue.key, stage: 'Idea' }, PROJECT_PAGE), from: 'mkt-only', to: 'gone' },
    // An MKT issue every MKT browser sees, into a stage it is not in: moved only with Transition Issues.
    call: async (w, h) => {
      const current = w.harness.emulator?.state.getIssue(w.lenaIssue.key)?.statusId;
      const res = await invoke(w, h, 'board.move', { squadId: 'mkt-only', issueKey: w.lenaIssue.key, stage: 'Prototype' }, PROJECT_PAGE);
      if (current !== undefined) w.harness.emulator?.state.transitionIssue(w.lenaIssue.key, current);
      return res;
    },
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ outcome: x.data['outcome'] === 'refused' ? `refused: ${String(x.data['message']).replace(/ in MKT$/, '')}` : 'moved' })),
    expected: (w, h) =>
      readOf(w, h, ['MKT'], () => {
        const u = w.user(h);
        return { outcome: u !== null && hasProjectPermission(u, 'MKT', 'TRANSITION_ISSUES') ? 'moved' : 'refused: You may not move issues' };
      }),
  },
  'board.quickWin': {
    missing: { call: (w, h) => invoke(w, h, 'board.quickWin', { squadId: 'gone', issueKeys: [w.lenaIssue.key], action: 'add' }, PROJECT_PAGE), from: 'mkt-only', to: 'gone' },
    call: async (w, h) => {
      const res = await invoke(w, h, 'board.quickWin', { squadId: 'mkt-only', issueKeys: [w.lenaIssue.key], action: 'add' }, PROJECT_PAGE);
      w.harness.emulator?.state.relabelIssue(w.lenaIssue.key, { remove: ['quick-win'] });
      return res;
    },
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ results: (x.data['results'] as Array<{ ok: boolean }>).map((r) => (r.ok ? 'labelled' : 'refused')) })),
    expected: (w, h) =>
      readOf(w, h, ['MKT'], () => {
        const u = w.user(h);
        const may = u !== null && hasProjectPermission(u, 'MKT', 'EDIT_ISSUES');
        return { results: [may ? 'labelled' : 'refused'] };
      }),
  },
  'issue.journey': {
    missing: { call: (w, h) => invoke(w, h, 'issue.journey', {}, { moduleKey: 'squadflow-issue-panel', issueKey: 'IT-99999' }), from: 'RESTRICTED', to: 'IT-99999' },
    // The issue panel on a restricted IT issue: only who may browse that issue learns anything.
    call: (w, h) => invoke(w, h, 'issue.journey', {}, { moduleKey: 'squadflow-issue-panel', issueKey: w.restrictedIt.key }),
    seen: (a, w, h) => seenOf(a, w, h, (x) => ({ squads: (x.data['squads'] as Array<{ squadId: string }>).map((s) => s.squadId).sort() })),
    expected: (w, h) => {
      if (SIGNED_OUT.includes(h)) return refusedUnauthenticated;
      const u = w.user(h);
      return u !== null && canBrowseIssue(u, w.restrictedIt) ? { status: 200, leaksIt: false, squads: ['it-only', 'joint'] } : notFound;
    },
  },
};

const JOINT = demoConfig('joint', 'Joint squad');
const MKT_ONLY = { ...demoConfig('mkt-only', 'Marketing only'), projects: ['MKT'], statusMap: { MKT: JOINT.statusMap['MKT'] ?? {} }, discipline: { by: 'project' as const, values: { MKT: 'Marketing' } } };
const IT_ONLY = { ...demoConfig('it-only', 'IT only'), projects: ['IT'], statusMap: { IT: JOINT.statusMap['IT'] ?? {} }, discipline: { by: 'project' as const, values: { IT: 'IT' } } };
/** The config with one project key swapped for another (its status map and discipline too). */
function withProject(config: typeof JOINT, from: string, to: string): typeof JOINT {
  return JSON.parse(JSON.stringify(config).split(`"${from}"`).join(`"${to}"`)) as typeof JOINT;
}
const SQUADS = [IT_ONLY, JOINT, MKT_ONLY].map((c) => ({ id: c.id, projects: c.projects }));

describe('permissions matrix: every resolver key × every kind of viewer', () => {
  let world: World;
  beforeAll(async () => {
    const harness = await startSquadHarness({ demoIssues: 400 });
    for (const config of [JOINT, IT_ONLY, MKT_ONLY]) expect((await invokeAs(harness, 'alice', 'squads.save', { config, expectedRevision: null })).status).toBe(200);
    await harness.idle();
    const emulator = harness.emulator;
    if (emulator === null) throw new Error('the matrix needs the emulator');
    const users = new Map(emulator.users.map((u) => [u.handle, u]));
    const user = (h: Handle): DemoUser | null => users.get(h) ?? null;
    const all = emulator.state.listIssues();
    const restrictedIt = all.find((i) => i.projectKey === 'IT' && i.securityLevelId !== null);
    const lenaIssue = all.find((i) => i.projectKey === 'MKT' && i.statusId === '10000' && i.reporterAccountId === user('lena')?.accountId);
    if (restrictedIt === undefined || lenaIssue === undefined) throw new Error('the demo data lacks a restricted IT issue or an issue lena reported');
    world = {
      harness,
      user,
      issues: () => emulator.state.listIssues(),
      visible: (h, projects) => {
        const u = user(h);
        return u === null ? [] : emulator.state.listIssues().filter((i) => projects.includes(i.projectKey) && canBrowseIssue(u, i));
      },
      browses: (h, p) => { const u = user(h); return u !== null && hasProjectPermission(u, p, 'BROWSE_PROJECTS'); },
      restrictedIt,
      lenaIssue,
    };
  });
  afterAll(() => world?.harness.close());

  it('has a row for every key of the contract and the registry (a new key without a row fails here)', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(FUNCTION_PAYLOADS).sort());
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(allResolvers()).sort());
  });

  it('covers every kind of viewer the emulator can play', () => {
    for (const v of VIEWERS.filter((x) => !SIGNED_OUT.includes(x.handle))) expect(world.user(v.handle)?.handle).toBe(v.handle);
    // The counts differ between viewers, so a count that ignored the viewer could not pass.
    const counts = new Set(VIEWERS.map((v) => world.visible(v.handle, ['MKT', 'IT']).length));
    expect(counts.size).toBeGreaterThanOrEqual(5);
  });

  for (const key of Object.keys(MATRIX).sort() as FunctionKey[]) {
    describe(key, () => {
      it.each(VIEWERS.map((v) => [v.kind, v.handle] as const))('%s', async (_kind, handle) => {
        const row = MATRIX[key];
        const answer = await row.call(world, handle);
        const seen = row.seen(answer, world, handle);
        const expected = { ...row.expected(world, handle) };
        if (row.missing !== undefined && [400, 403, 404].includes(expected['status'] as number)) {
          const other = await row.missing.call(world, handle);
          const from = row.missing.from === 'RESTRICTED' ? world.restrictedIt.key : row.missing.from;
          const same = answer.raw.split(from).join(row.missing.to) === other.raw;
          seen['refusal'] = same ? 'as for a missing one' : { got: answer.raw, missing: other.raw };
          // Word for word the answer about something missing: a name in it is only the caller's own input.
          if (same) seen['leaksIt'] = false;
          expected['refusal'] = 'as for a missing one';
        }
        expect({ key, handle, ...seen }).toEqual({ key, handle, ...expected });
      });
    });
  }
});
