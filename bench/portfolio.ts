import { squadConfigSchema, type SquadConfig } from '../src/contract/squad-config';
import type { PortfolioAnswerDto } from '../src/contract/portfolio';
import { mulberry32 } from '../src/domain/forecast/mulberry32';
import type { IssueHistory, StatusChange } from '../src/domain/model/issue-history';
import type { JiraHttp, JiraRequest, JiraResponse } from '../src/ports/jira-http';
import { silentLogger } from '../src/ports/logger';
import { allResolvers, invokeResolver } from '../src/resolvers/registry';
import type { ResolverDeps } from '../src/resolvers/deps';
import { writeManifest } from '../src/store/data-manifest';
import { writeSegment } from '../src/store/issue-segments';
import { MemoryStore } from '../src/store/memory-store';
import { readPortfolioSummary } from '../src/store/portfolio-summary';
import { emptySegment, bucketOf, type Segment } from '../src/store/segment';
import { upsertIssue } from '../src/store/segment-ops';
import { SquadConfigRepo } from '../src/store/squad-config-repo';
import { encodeIssue } from '../src/store/stored-issue';
import { refreshPortfolioSummary } from '../src/sync/portfolio-summary';

/**
 * `npx tsx bench/portfolio.ts [squads] [issues]` (also a section of `npm run bench`): the portfolio
 * gadget's answer (`portfolio.get`, in process, the very resolver code) for 20 squads of 5,000
 * issues each, stored as the backfill stores them. Jira is a stand-in answering permissions and
 * counts after `JIRA_LATENCY_MS` (a Cloud round trip), so the figures include the visibility checks.
 * - full viewer, default settings: rows from the per-squad summaries (cold = first call after
 *   publishing, when the resolver finds no summary and builds them; warm = repeated calls);
 * - partial viewer (browses one of each squad's two projects): rows computed from the histories;
 * - the summary's build time per squad (what a publish or an issue change adds).
 */
const NOW_MS = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400_000;
const JIRA_LATENCY_MS = 30;

const squadConfig = (n: number): SquadConfig => {
  const a = `PA${n}`;
  const b = `PB${n}`;
  const map = { '1': 'Idea', '2': 'Prototype', '3': 'Pilot', '4': 'Live', '9': 'Dropped' };
  return squadConfigSchema.parse({
    id: `squad-${n}`,
    name: `Squad ${String(n).padStart(2, '0')}`,
    projects: [a, b],
    stages: [{ name: 'Idea' }, { name: 'Prototype' }, { name: 'Pilot' }, { name: 'Live' }],
    leadTime: { from: 'Idea', to: 'Pilot' },
    statusMap: { [a]: map, [b]: map },
    discipline: { by: 'project', values: { [a]: 'Marketing', [b]: 'IT' } },
  });
};

/** Issues created over two years, walking Idea → Prototype → Pilot → Live with exponential waits, some dropped or sent back. */
function issuesFor(config: SquadConfig, count: number, seed: number): IssueHistory[] {
  const rnd = mulberry32(seed);
  const out: IssueHistory[] = [];
  for (let k = 0; k < count; k++) {
    const project = config.projects[k % 2] as string;
    const createdMs = NOW_MS - Math.floor(rnd() * 730 * DAY);
    const changes: StatusChange[] = [];
    let at = createdMs;
    let status = '1';
    for (let step = 0; step < 6; step++) {
      at += Math.floor(-Math.log(1 - rnd()) * 12 * DAY);
      if (at > NOW_MS) break;
      const r = rnd();
      const next = r < 0.1 ? '9' : r < 0.18 && status !== '1' ? String(Number(status) - 1) : String(Math.min(4, Number(status) + 1));
      changes.push({ atMs: at, fromStatusId: status, toStatusId: next, seq: step });
      status = next;
      if (status === '9' || status === '4') break;
    }
    out.push({ id: String(seed * 100_000 + k), key: `${project}-${k + 1}`, projectKey: project, issueType: 'Story', createdMs, statusId: status, labels: rnd() < 0.1 ? ['quick-win'] : [], components: [], resolution: null, effort: null, disciplineFieldValue: null, changes });
  }
  return out;
}

async function publish(store: MemoryStore, config: SquadConfig, issues: IssueHistory[]): Promise<void> {
  const segments = 32;
  const segs: Segment[] = Array.from({ length: segments }, emptySegment);
  for (const h of issues) upsertIssue(segs[bucketOf(h.id, segments)] as Segment, encodeIssue(h, { updatedMs: h.changes.at(-1)?.atMs ?? h.createdMs, secured: false }));
  for (let s = 0; s < segments; s++) await writeSegment(store, config.id, 1, s, segs[s] as Segment);
  await writeManifest(store, config.id, { v: 1, generation: 1, segments, issueCount: issues.length, scopeKey: 'bench', publishedAtMs: NOW_MS });
}

/** Bench project keys have IDs Jira-style: `PA7` → 1007, `PB7` → 2007. */
const projectIdOf = (key: string): string => String((key.startsWith('PA') ? 1000 : 2000) + Number(key.slice(2)));
const projectKeyOf = (id: number): string => `${id < 2000 ? 'PA' : 'PB'}${id % 1000}`;

/**
 * Jira as one viewer: project IDs by key (`project/search`), the bulk permission check
 * (`permissions/check`) granting BROWSE_PROJECTS in `visible` projects, and `perProject` issues
 * counted in each, every answer after a round trip.
 */
function fakeJira(visible: (project: string) => boolean, perProject: number, stats: { requests: number }): JiraHttp {
  const json = (body: unknown): JiraResponse => ({ status: 200, headers: {}, text: JSON.stringify(body) });
  return {
    request: async (req: JiraRequest) => {
      stats.requests++;
      await new Promise((r) => setTimeout(r, JIRA_LATENCY_MS));
      const url = new URL(req.path, 'http://jira');
      if (url.pathname === '/rest/api/3/project/search') {
        const keys = url.searchParams.getAll('keys');
        return json({ isLast: true, values: keys.map((key) => ({ id: projectIdOf(key), key, name: key })) });
      }
      if (url.pathname === '/rest/api/3/permissions/check') {
        const asked = (req.body as { projectPermissions?: Array<{ permissions: string[]; projects: number[] }> } | undefined)?.projectPermissions ?? [];
        const projectPermissions = asked.flatMap((a) => a.permissions.map((permission) => ({ permission, projects: a.projects.filter((id) => visible(projectKeyOf(id))) })));
        return json({ globalPermissions: [], projectPermissions });
      }
      if (url.pathname === '/rest/api/3/search/approximate-count') {
        const jql = (req.body as { jql?: string } | undefined)?.jql ?? '';
        const project = /"([^"]+)"/.exec(jql)?.[1] ?? '';
        return json({ count: visible(project) ? perProject : 0 });
      }
      return { status: 404, headers: {}, text: '' };
    },
  };
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

export async function portfolioReport(squads = 20, issuesPerSquad = 5000): Promise<string> {
  const store = new MemoryStore();
  const repo = new SquadConfigRepo(store);
  for (let n = 1; n <= squads; n++) {
    const config = squadConfig(n);
    await repo.save(config, { nowMs: NOW_MS });
    await publish(store, config, issuesFor(config, issuesPerSquad, n));
  }
  const stats = { requests: 0 };
  const deps = (visible: (p: string) => boolean): ResolverDeps => ({
    jira: { asUser: () => fakeJira(visible, issuesPerSquad / 2, stats), asApp: () => fakeJira(() => true, issuesPerSquad / 2, stats) },
    store,
    queue: { push: () => Promise.resolve() },
    clock: { nowMs: () => NOW_MS },
    log: silentLogger,
    mode: 'emulator',
    version: 'bench',
  });
  const resolvers = allResolvers();
  const call = async (d: ResolverDeps): Promise<{ ms: number; answer: PortfolioAnswerDto; requests: number; bytes: number }> => {
    stats.requests = 0;
    const start = performance.now();
    const res = await invokeResolver(resolvers, 'portfolio.get', {}, { accountId: 'viewer', moduleKey: 'squadflow-gadget' }, d);
    const ms = performance.now() - start;
    if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
    return { ms, answer: res.data as PortfolioAnswerDto, requests: stats.requests, bytes: JSON.stringify(res).length };
  };
  const full = deps(() => true);
  const partial = deps((p) => p.startsWith('PA'));
  const lines = [`── portfolio gadget: ${squads} squads × ${issuesPerSquad.toLocaleString('en')} issues (portfolio.get in process, Jira round trip ${JIRA_LATENCY_MS} ms)`];

  const cold = await call(full);
  const sources = new Set(cold.answer.rows.map((r) => (r.status === 'ready' ? r.source : r.status)));
  lines.push(`  full viewer, cold (no summaries yet: the resolver builds them): ${cold.ms.toFixed(0)} ms, ${cold.requests} Jira requests, rows from ${[...sources].join('/')}`);
  const warm: number[] = [];
  let last = cold;
  for (let k = 0; k < 20; k++) {
    last = await call(full);
    warm.push(last.ms);
  }
  const warmSources = new Set(last.answer.rows.map((r) => (r.status === 'ready' ? r.source : r.status)));
  lines.push(`  full viewer, warm: p50 ${percentile(warm, 50).toFixed(0)} ms, p95 ${percentile(warm, 95).toFixed(0)} ms (target < 1,000), ${last.requests} Jira requests, answer ${(last.bytes / 1024).toFixed(1)} KB, rows from ${[...warmSources].join('/')}`);
  const partialCold = await call(partial);
  const partialWarm: number[] = [];
  for (let k = 0; k < 5; k++) partialWarm.push((await call(partial)).ms);
  lines.push(`  partial viewer (one of each squad's two projects), computed from histories: first ${partialCold.ms.toFixed(0)} ms, then p50 ${percentile(partialWarm, 50).toFixed(0)} ms (rows from the answer cache), ${partialCold.requests} Jira requests`);
  const builds: number[] = [];
  for (let n = 1; n <= Math.min(squads, 5); n++) {
    const start = performance.now();
    await refreshPortfolioSummary({ store, clock: { nowMs: () => NOW_MS }, log: silentLogger }, `squad-${n}`);
    builds.push(performance.now() - start);
  }
  const summary = await readPortfolioSummary(store, 'squad-1');
  lines.push(`  summary per squad: built in p50 ${percentile(builds, 50).toFixed(0)} ms (read segments + compute + write), ${(JSON.stringify(summary).length / 1024).toFixed(1)} KB stored`);
  return lines.join('\n');
}

if (require.main === module) {
  const [squads, issues] = process.argv.slice(2).map(Number);
  portfolioReport(squads || 20, issues || 5000)
    .then((r) => console.log(r))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
