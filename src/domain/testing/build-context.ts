import type { DayUnit, SquadConfigInput } from '../../contract/squad-config';
import { metricsContext, type MetricsContext } from '../metrics/metrics-context';
import { DayCalendar } from '../time/day-calendar';
import { buildTimelines } from '../timeline/build-timelines';
import { compileSquad } from '../timeline/compile-squad';
import { itemDimensions } from '../timeline/item-dimensions';
import { buildConfig, buildIssue, ms, type IssueSpec } from './build-issue';

export interface ContextSpec {
  now: string;
  unit?: DayUnit;
  config?: Partial<SquadConfigInput>;
  windowStart?: string;
  windowEnd?: string;
}

/** A metrics context over issues written as specs, for metric unit tests. */
export function buildContext(specs: IssueSpec[], spec: ContextSpec): MetricsContext {
  const config = buildConfig(spec.config);
  const squad = compileSquad(config);
  const issues = specs.map(buildIssue);
  const nowMs = ms(spec.now);
  const t = buildTimelines(squad, issues, nowMs);
  let first = nowMs;
  for (const f of t.firstMs) if (f < first) first = f;
  const windowStartMs = spec.windowStart === undefined ? first : ms(spec.windowStart);
  const cal = new DayCalendar(config.calendar, Math.min(windowStartMs, ...issues.map((i) => i.createdMs)), nowMs);
  return metricsContext({
    t,
    cal,
    unit: spec.unit ?? config.unit,
    from: squad.leadFrom,
    to: squad.leadTo,
    windowStartMs,
    windowEndMs: spec.windowEnd === undefined ? nowMs : ms(spec.windowEnd),
    percentiles: config.percentiles,
    dims: itemDimensions(config, issues),
  });
}

/**
 * The worked example used across the metric tests (UTC, now = 2024-03-31T00:00Z, lead time
 * Idea → Pilot, Prototype and Pilot active). Hand-worked figures are in docs/metrics.md.
 * - A (MKT, quick win): Idea Mon 03-04 09:00, Prototype 03-05 09:00, Pilot Thu 03-07 21:00.
 * - B (IT): Idea Wed 03-06 12:00, Build 03-08 12:00, Pilot Mon 03-11 12:00.
 * - C (MKT): Idea Mon 03-11, Prototype 03-13, back to Idea 03-14, Prototype 03-15, Pilot Mon 03-18, Live 03-20.
 * - D (MKT): Idea 03-12, Prototype 03-14, dropped Mon 03-25.
 * - E (IT, effort 2): Idea Mon 03-18, Build 03-20 12:00 — in progress.
 * - F (MKT, effort 5): Idea Tue 03-26 — in progress.
 */
export const WORKED_EXAMPLE: IssueSpec[] = [
  {
    key: 'MKT-1',
    labels: ['quick-win'],
    created: '2024-03-04T09:00:00Z',
    moves: [['2024-03-05T09:00:00Z', '1', '2'], ['2024-03-07T21:00:00Z', '2', '3']],
  },
  {
    key: 'IT-1',
    project: 'IT',
    type: 'Bug',
    created: '2024-03-06T12:00:00Z',
    moves: [['2024-03-08T12:00:00Z', '11', '12'], ['2024-03-11T12:00:00Z', '12', '14']],
  },
  {
    key: 'MKT-2',
    created: '2024-03-11T00:00:00Z',
    moves: [
      ['2024-03-13T00:00:00Z', '1', '2'],
      ['2024-03-14T00:00:00Z', '2', '1'],
      ['2024-03-15T00:00:00Z', '1', '2'],
      ['2024-03-18T00:00:00Z', '2', '3'],
      ['2024-03-20T00:00:00Z', '3', '4'],
    ],
  },
  { key: 'MKT-3', created: '2024-03-12T00:00:00Z', moves: [['2024-03-14T00:00:00Z', '1', '2'], ['2024-03-25T00:00:00Z', '2', '9']] },
  { key: 'IT-2', project: 'IT', effort: 2, created: '2024-03-18T00:00:00Z', moves: [['2024-03-20T12:00:00Z', '11', '12']] },
  { key: 'MKT-4', effort: 5, created: '2024-03-26T00:00:00Z', initial: '1' },
];

export const WORKED_NOW = '2024-03-31T00:00:00Z';
