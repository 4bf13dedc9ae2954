import { ISSUE_TYPE } from './catalog';
import type { IssueLinkRecord, IssueRecord } from './model';
import type { Rng } from './prng';
import { DAY_MS } from './work-time';

/** Jira's default link types the demo uses (`IssueLinkType`: id, name, inward, outward). */
export const LINK_TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
] as const;

export function linkTypeById(id: string): (typeof LINK_TYPES)[number] | undefined {
  return LINK_TYPES.find((t) => t.id === id);
}

/** MKT statuses from Prototype on (the demo squad's hand-off stage) and IT's active ones (Build … Live). */
const MKT_HANDED_OFF = new Set(['10002', '10003', '10004']);
const IT_ACTIVE = new Set(['10102', '10103', '10104', '10105']);
const DROPPED = new Set(['10005', '10106']);

/** When the issue first had one of `statuses` (its initial status counts from creation). */
function firstEntry(issue: IssueRecord, statuses: ReadonlySet<string>): number | null {
  let initial: string | null = null;
  for (const h of issue.histories) {
    const item = h.items.find((i) => i.field === 'status');
    if (item !== undefined) {
      initial = item.from;
      break;
    }
  }
  if (statuses.has(initial ?? issue.statusId)) return issue.createdMs;
  for (const h of issue.histories) for (const item of h.items) if (item.field === 'status' && item.to !== null && statuses.has(item.to)) return h.createdMs;
  return null;
}

interface Start {
  issue: IssueRecord;
  atMs: number;
}

/**
 * Cross-project hand-offs for the demo squad, drawn after the issues (own random stream, so the
 * issues stay as they were): about a third of the marketing items that reach Prototype lead to an IT
 * item starting days to weeks later (log-normal, median about a week), linked "Blocks" or "Relates",
 * or as parent and child when the marketing item is an epic; recent hand-offs whose IT item has not
 * started stay open; a few go the other way (IT → Marketing). Changes `parentId` of children.
 */
export function addHandoffLinks(issues: IssueRecord[], rng: Rng, nowMs: number, firstLinkId: number): IssueLinkRecord[] {
  const links: IssueLinkRecord[] = [];
  const used = new Set<string>();
  let nextId = firstLinkId;
  const mkt: Start[] = [];
  const itStarted: Start[] = [];
  const itWaiting: IssueRecord[] = [];
  for (const issue of issues) {
    if (issue.projectKey === 'MKT') {
      const at = firstEntry(issue, MKT_HANDED_OFF);
      if (at !== null) mkt.push({ issue, atMs: at });
    } else if (issue.projectKey === 'IT' && issue.issueTypeId !== ISSUE_TYPE.epic) {
      const at = firstEntry(issue, IT_ACTIVE);
      if (at !== null) itStarted.push({ issue, atMs: at });
      else if (!DROPPED.has(issue.statusId)) itWaiting.push(issue);
    }
  }
  itStarted.sort((a, b) => a.atMs - b.atMs);

  const connect = (upstream: IssueRecord, downstream: IssueRecord): void => {
    used.add(upstream.id);
    used.add(downstream.id);
    if (upstream.issueTypeId === ISSUE_TYPE.epic && downstream.parentId === null) {
      downstream.parentId = upstream.id;
      return;
    }
    const type = rng.chance(0.7) ? LINK_TYPES[0] : LINK_TYPES[1];
    // "upstream blocks downstream": Jira lists the blocker as the link's outward issue.
    links.push({ id: String(nextId++), typeId: type.id, inwardIssueId: downstream.id, outwardIssueId: upstream.id });
  };

  /** The unused started IT item whose start is closest to `targetMs` (within 3 days). */
  const closestStart = (targetMs: number, notBefore: number): IssueRecord | null => {
    let lo = 0;
    let hi = itStarted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((itStarted[mid] as Start).atMs < targetMs) lo = mid + 1;
      else hi = mid;
    }
    let best: Start | null = null;
    for (let k = Math.max(0, lo - 8); k < Math.min(itStarted.length, lo + 8); k++) {
      const s = itStarted[k] as Start;
      if (used.has(s.issue.id) || s.atMs < notBefore || Math.abs(s.atMs - targetMs) > 3 * DAY_MS) continue;
      if (best === null || Math.abs(s.atMs - targetMs) < Math.abs(best.atMs - targetMs)) best = s;
    }
    return best?.issue ?? null;
  };

  for (const m of mkt) {
    if (used.has(m.issue.id)) continue;
    if (m.atMs > nowMs - 45 * DAY_MS && rng.chance(0.35)) {
      // Recent: an IT item that has not started yet (open hand-off).
      const waiting = itWaiting.find((i) => !used.has(i.id) && i.createdMs <= m.atMs + 7 * DAY_MS);
      if (waiting !== undefined) {
        connect(m.issue, waiting);
        continue;
      }
    }
    if (!rng.chance(0.35)) continue;
    const waitDays = Math.min(60, Math.max(0.5, Math.exp(Math.log(7) + 0.8 * rng.normal())));
    const it = closestStart(m.atMs + waitDays * DAY_MS, m.atMs);
    if (it !== null) connect(m.issue, it);
  }
  // The other direction: IT work that needs marketing (copy, campaign) to start after it.
  const mktByEntry = [...mkt].sort((a, b) => a.atMs - b.atMs);
  for (const s of itStarted) {
    if (used.has(s.issue.id) || !rng.chance(0.06)) continue;
    const target = s.atMs + rng.int(2, 20) * DAY_MS;
    const m = mktByEntry.find((x) => !used.has(x.issue.id) && x.issue.issueTypeId !== ISSUE_TYPE.epic && x.atMs >= target - DAY_MS && x.atMs <= target + 3 * DAY_MS);
    if (m !== undefined) connect(s.issue, m.issue);
  }
  return links;
}
