import type { DistributionDto, HandoffDirectionDto, HandoffPeriodDto, HandoffsDto, HandoffViaDto, OpenHandoffDto } from '../../../contract/metrics';
import { formatDay } from '../../time/civil';
import { durationInUnit } from '../../time/day-units';
import { formatIso } from '../../time/format-iso';
import { compareKeys } from '../../timeline/compare-keys';
import { CURRENT_DROPPED } from '../../timeline/build-timelines';
import { UNASSIGNED } from '../../timeline/discipline-of';
import { summarise } from '../distribution';
import type { MetricsContext } from '../metrics-context';
import { selectPercentiles } from '../select-percentiles';
import { firstActiveMs } from './first-active';
import { handoffPairs, type PairRules } from './pairs';

export interface HandoffOptions extends PairRules {
  /** Index of the hand-off stage. */
  stage: number;
  /** Disciplines in the order the squad configuration names them (others follow, sorted). */
  disciplineOrder: readonly string[];
  /** Trend period in calendar days (as the other trends). */
  periodDays: number;
  /** How many open hand-offs to list per direction. */
  openLimit?: number;
}

/** Open hand-offs listed per direction by default. */
export const OPEN_LIMIT = 10;

interface Ended {
  endDay: number;
  inWindow: boolean;
  wait: number;
}

interface Bucket {
  ended: Ended[];
  open: OpenHandoffDto[];
}

function directionNames(ctx: MetricsContext, order: readonly string[]): string[] {
  const present = new Set(ctx.dims.disciplineNames);
  const names: string[] = [];
  for (const d of order) if (d !== UNASSIGNED && !names.includes(d)) names.push(d);
  const rest = [...present].filter((d) => d !== UNASSIGNED && !names.includes(d)).sort();
  return [...names, ...rest];
}

function period(ended: readonly Ended[], firstDay: number, lastDay: number): HandoffPeriodDto {
  const values: number[] = [];
  for (const e of ended) if (e.endDay >= firstDay && e.endDay <= lastDay) values.push(e.wait);
  const [p50, p85] = selectPercentiles(Float64Array.from(values), [50, 85]);
  return { from: formatDay(firstDay), to: formatDay(lastDay), count: values.length, p50: p50 ?? null, p85: p85 ?? null };
}

function summary(ctx: MetricsContext, waits: number[]): DistributionDto {
  return summarise(Float64Array.from(waits), ctx.percentiles, ctx.unit !== 'elapsed');
}

function byLongest(x: OpenHandoffDto, y: OpenHandoffDto): number {
  return y.waitDays - x.waitDays || compareKeys(x.upstreamKey, y.upstreamKey) || compareKeys(x.downstreamKey, y.downstreamKey);
}

/**
 * Hand-off waits per direction (DESIGN §2 "Hand-offs"). For each pair, the upstream item is the
 * one that entered the hand-off stage first (ties: the smaller key); the wait runs from that
 * entry to the downstream item's first entry into an active stage, 0 when the downstream item
 * had already started. A wait counts in the window (and trend period) in which it ended, i.e. the
 * later of the two instants. A pair whose downstream item has not started is open, unless either
 * item is dropped now; a pair where neither item reached the hand-off stage has not been handed off.
 */
export function handoffWaits(ctx: MetricsContext, options: HandoffOptions): HandoffsDto {
  const { t, dims, cal } = ctx;
  const S = t.stageCount;
  const h = options.stage;
  const pairs = handoffPairs(t.issues, dims, options);
  const started = firstActiveMs(ctx);
  const names = directionNames(ctx, options.disciplineOrder);
  const buckets = new Map<string, Bucket>();
  const bucket = (from: string, to: string): Bucket => {
    const key = `${from}\u0000${to}`;
    let b = buckets.get(key);
    if (b === undefined) buckets.set(key, (b = { ended: [], open: [] }));
    return b;
  };
  const overall: number[] = [];
  const keyOf = (i: number): string => t.issues[i]?.key ?? '';

  for (const { a, b, via } of pairs) {
    const ea = t.entryMs[a * S + h] as number;
    const eb = t.entryMs[b * S + h] as number;
    if (ea !== ea && eb !== eb) continue;
    const aFirst = eb !== eb || ea < eb || (ea === eb && compareKeys(keyOf(a), keyOf(b)) < 0);
    const up = aFirst ? a : b;
    const down = aFirst ? b : a;
    const handedOffMs = aFirst ? ea : eb;
    const from = dims.disciplineNames[dims.discipline[up] as number] ?? '';
    const to = dims.disciplineNames[dims.discipline[down] as number] ?? '';
    const target = bucket(from, to);
    const startMs = started[down] as number;
    if (startMs === startMs) {
      const endMs = startMs > handedOffMs ? startMs : handedOffMs;
      const wait = startMs > handedOffMs ? Math.max(0, durationInUnit(ctx.unit, cal, handedOffMs, startMs)) : 0;
      const inWindow = endMs >= ctx.windowStartMs && endMs <= ctx.windowEndMs;
      target.ended.push({ endDay: cal.dayOf(endMs), inWindow, wait });
      if (inWindow) overall.push(wait);
    } else if (t.currentStage[up] !== CURRENT_DROPPED && t.currentStage[down] !== CURRENT_DROPPED) {
      target.open.push({
        upstreamKey: keyOf(up),
        downstreamKey: keyOf(down),
        via: copyVia(via),
        handedOffAt: formatIso(handedOffMs),
        waitDays: Math.max(0, durationInUnit(ctx.unit, cal, handedOffMs, t.nowMs)),
      });
    }
  }

  const days = Math.max(1, Math.floor(options.periodDays));
  const currentFirst = ctx.lastDay - days + 1;
  const limit = options.openLimit ?? OPEN_LIMIT;
  const directions: HandoffDirectionDto[] = [];
  for (const from of names) {
    for (const to of names) {
      if (from === to) continue;
      const b = buckets.get(`${from}\u0000${to}`) ?? { ended: [], open: [] };
      b.open.sort(byLongest);
      directions.push({
        from,
        to,
        wait: summary(ctx, b.ended.filter((e) => e.inWindow).map((e) => e.wait)),
        trend: {
          periodDays: days,
          current: period(b.ended, currentFirst, ctx.lastDay),
          previous: period(b.ended, currentFirst - days, currentFirst - 1),
        },
        openCount: b.open.length,
        longestOpen: b.open.slice(0, limit),
      });
    }
  }
  return {
    stage: t.squad.stageNames[h] ?? '',
    linkTypes: [...options.linkTypes],
    parentChild: options.parentChild,
    pairs: pairs.length,
    overall: summary(ctx, overall),
    directions,
  };
}

function copyVia(via: HandoffViaDto): HandoffViaDto {
  return via.kind === 'parent' ? { kind: 'parent' } : { kind: 'link', type: via.type };
}
