import type { SquadMetricsDto } from '../../../../src/contract/metrics';
import { fmtDays, fmtNumber, fmtPercent } from './format-figures';

/** Stages and their WIP limits (from the squad configuration); a limit is absent when none is set. */
export interface StageLimit {
  name: string;
  wipLimit: number | null;
}

/** The figures behind the headline tiles, as numbers (the CLI comparison checks these). */
export interface HeadlineFigures {
  periodDays: number;
  leadTime: { from: string; to: string; p50: number | null; p85: number | null; count: number; lowSample: boolean; previousP50: number | null; currentP50: number | null };
  reached: { current: number; previous: number };
  perWeek: { current: number; previous: number };
  wip: { total: number; byStage: { stage: string; count: number; limit: number | null }[] };
  quickWins: { sharePercent: number | null; p50: number | null; othersP50: number | null; completed: number };
  drop: { ratePercent: number | null; dropped: number; completed: number };
  handoff: { p50: number | null; count: number; lowSample: boolean; directions: { from: string; to: string; p50: number | null; count: number; openCount: number }[] };
}

export function headlineFigures(dto: SquadMetricsDto, stages: readonly StageLimit[]): HeadlineFigures {
  const { trends, leadTime } = dto;
  const weeks = trends.periodDays / 7;
  const counts = new Map<string, number>();
  for (const a of dto.aging) counts.set(a.stage, (counts.get(a.stage) ?? 0) + 1);
  const names = stages.map((s) => s.name);
  const fromIx = names.indexOf(leadTime.from);
  const toIx = names.indexOf(leadTime.to);
  const inProgressStages = stages.slice(Math.max(0, fromIx), toIx < 0 ? undefined : toIx);
  return {
    periodDays: trends.periodDays,
    leadTime: {
      from: leadTime.from,
      to: leadTime.to,
      p50: leadTime.p50,
      p85: leadTime.p85,
      count: leadTime.count,
      lowSample: leadTime.lowSample,
      currentP50: trends.current.leadTimeP50,
      previousP50: trends.previous.leadTimeP50,
    },
    reached: { current: trends.current.throughput, previous: trends.previous.throughput },
    perWeek: { current: trends.current.throughput / weeks, previous: trends.previous.throughput / weeks },
    wip: {
      total: dto.counts.inProgress,
      byStage: inProgressStages.map((s) => ({ stage: s.name, count: counts.get(s.name) ?? 0, limit: s.wipLimit })),
    },
    quickWins: {
      sharePercent: dto.quickWins.sharePercent,
      p50: dto.quickWins.leadTimeQuickWins.p50,
      othersP50: dto.quickWins.leadTimeOthers.p50,
      completed: dto.quickWins.completedQuickWins,
    },
    drop: { ratePercent: dto.dropRate.ratePercent, dropped: dto.dropRate.dropped, completed: dto.dropRate.completed },
    handoff: {
      p50: dto.handoffs.overall.p50,
      count: dto.handoffs.overall.count,
      lowSample: dto.handoffs.overall.lowSample,
      directions: dto.handoffs.directions.map((d) => ({ from: d.from, to: d.to, p50: d.wait.p50, count: d.wait.count, openCount: d.openCount })),
    },
  };
}

/** A change against the previous period, in words: sign, amount and whether it is better. */
export interface Change {
  text: string;
  /** For the lozenge: better, worse, or no judgement (same, or nothing to compare). */
  tone: 'better' | 'worse' | 'neutral';
}

function periodName(days: number): string {
  return `the previous ${days} days`;
}

/** Lead time: shorter is better. */
export function leadTimeChange(current: number | null, previous: number | null, periodDays: number): Change {
  if (current === null || previous === null) return { text: `Nothing to compare with ${periodName(periodDays)}`, tone: 'neutral' };
  const diff = current - previous;
  if (Math.abs(diff) < 0.05) return { text: `Same as ${periodName(periodDays)}`, tone: 'neutral' };
  const pct = previous === 0 ? '' : ` (${diff > 0 ? '+' : '−'}${Math.round((Math.abs(diff) / previous) * 100)}%)`;
  return diff < 0
    ? { text: `▼ −${fmtDays(-diff)}${pct}: faster than ${periodName(periodDays)}`, tone: 'better' }
    : { text: `▲ +${fmtDays(diff)}${pct}: slower than ${periodName(periodDays)}`, tone: 'worse' };
}

/** Counts and rates of finished work: more is better. */
export function countChange(current: number, previous: number, periodDays: number, unit = ''): Change {
  const diff = current - previous;
  if (Math.abs(diff) < 0.05) return { text: `Same as ${periodName(periodDays)}`, tone: 'neutral' };
  return diff > 0
    ? { text: `▲ +${fmtNumber(diff)}${unit}: more than ${periodName(periodDays)}`, tone: 'better' }
    : { text: `▼ −${fmtNumber(-diff)}${unit}: fewer than ${periodName(periodDays)}`, tone: 'worse' };
}

export interface Tile {
  id: string;
  label: string;
  value: string;
  detail: string;
  change: Change | null;
  /** Plain-language caution shown on the tile (small samples, limits exceeded). */
  warning: string | null;
}

/** Under this many finished items, or this many days of history, percentiles are not yet reliable. */
export const RELIABLE_COUNT = 10;
export const RELIABLE_DAYS = 30;

export function headlineTiles(f: HeadlineFigures, historyDays: number): Tile[] {
  const lt = f.leadTime;
  const unreliable = lt.count < RELIABLE_COUNT || historyDays < RELIABLE_DAYS;
  const over = f.wip.byStage.filter((s) => s.limit !== null && s.count > s.limit);
  const limitSum = f.wip.byStage.every((s) => s.limit !== null) && f.wip.byStage.length > 0 ? f.wip.byStage.reduce((n, s) => n + (s.limit ?? 0), 0) : null;
  return [
    {
      id: 'lead-time',
      label: `${lt.from} → ${lt.to} lead time (median)`,
      value: fmtDays(lt.p50),
      detail: `85th percentile ${fmtDays(lt.p85)} · n = ${lt.count}`,
      change: leadTimeChange(lt.currentP50, lt.previousP50, f.periodDays),
      warning: lt.lowSample
        ? `Only ${lt.count} finished items: too few for percentiles.`
        : unreliable
          ? `Based on ${lt.count} items${historyDays < RELIABLE_DAYS ? ` and ${historyDays} days of history` : ''}: not yet reliable.`
          : null,
    },
    {
      id: 'reached',
      label: `Reached ${lt.to} this period`,
      value: String(f.reached.current),
      detail: `${f.reached.previous} in ${periodName(f.periodDays)}`,
      change: countChange(f.reached.current, f.reached.previous, f.periodDays),
      warning: null,
    },
    {
      id: 'throughput',
      label: 'Throughput per week',
      value: fmtNumber(f.perWeek.current),
      detail: `Items reaching ${lt.to}, mean over ${f.periodDays} days`,
      change: countChange(f.perWeek.current, f.perWeek.previous, f.periodDays, '/week'),
      warning: null,
    },
    {
      id: 'wip',
      label: 'Work in progress',
      value: limitSum === null ? String(f.wip.total) : `${f.wip.total} / ${limitSum}`,
      detail: f.wip.byStage.map((s) => `${s.stage} ${s.count}${s.limit === null ? '' : `/${s.limit}`}`).join(' · ') || 'No stage in progress',
      change: null,
      warning: over.length === 0 ? null : `Over the limit in ${over.map((s) => s.stage).join(', ')}.`,
    },
    {
      id: 'quick-wins',
      label: 'Quick wins: share of throughput',
      value: fmtPercent(f.quickWins.sharePercent),
      detail: `Median lead time ${fmtDays(f.quickWins.p50)} (others ${fmtDays(f.quickWins.othersP50)}) · n = ${f.quickWins.completed}`,
      change: null,
      warning: null,
    },
    {
      id: 'drop-rate',
      label: 'Drop rate',
      value: fmtPercent(f.drop.ratePercent),
      detail: `${f.drop.dropped} dropped, ${f.drop.completed} reached ${lt.to}`,
      change: null,
      warning: null,
    },
    {
      id: 'handoff',
      label: 'Hand-off wait (median)',
      value: fmtDays(f.handoff.p50),
      detail:
        f.handoff.directions
          .filter((d) => d.count > 0 || d.openCount > 0)
          .map((d) => `${d.from} → ${d.to} ${fmtDays(d.p50)} (n = ${d.count}, ${d.openCount} open)`)
          .join(' · ') || 'No hand-off between disciplines in this range',
      change: null,
      warning: f.handoff.count > 0 && f.handoff.lowSample ? `Only ${f.handoff.count} hand-offs: indicative only.` : null,
    },
  ];
}
