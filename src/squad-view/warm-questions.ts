import { panelFirstQuestion } from '../contract/metrics-panel-question';
import type { MetricsQuery, MetricsSection } from '../contract/metrics-query';

/** The headline tiles' figures: three sections, no rows (a few KB whatever the squad's size). */
export const HEADLINE_TILE_SECTIONS: readonly MetricsSection[] = ['leadTime', 'throughput', 'wip'];

/** The headline tile's lean question: the panel's default range, the tiles' sections only. */
export function headlineTileQuestion(squadId: string): MetricsQuery {
  return { squadId, window: { lastDays: 90 }, sections: [...HEADLINE_TILE_SECTIONS] };
}

/**
 * The questions the answer cache is warmed with after the data changes: what a viewer who sees the
 * whole squad asks first. They must be exactly the payloads sent, or a warmed answer is never hit:
 * the speed-metrics panel's default question (with its scatterplot's first page of rows) comes from
 * the panel's own builder (src/contract/metrics-panel-question.ts), the headline tile's from above.
 */
export function firstQuestions(squadId: string): MetricsQuery[] {
  return [panelFirstQuestion(squadId), headlineTileQuestion(squadId)];
}
