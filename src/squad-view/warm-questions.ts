import type { MetricsQuery } from '../contract/metrics-query';

/**
 * ─── TEMPORARY: the one list of first questions the answer cache is warmed with ───
 *
 * These must be exactly the payloads the pages send first, or a warmed answer is never hit:
 * - the speed-metrics panel's default question: `metricsPayload(squadId, DEFAULT_CONTROLS)` in
 *   static/src/pages/metrics/panel-controls.ts (last 90 days, forecast of 10 items and 4 weeks);
 * - the headline tile's lean question (three sections, no rows).
 * `test/integration/warm-answers.test.ts` checks the first against the panel's own builder. When
 * the panel's payload builder moves to src/contract (branch lean-panel), take the questions from
 * there instead of restating them here.
 */
export function firstQuestions(squadId: string): MetricsQuery[] {
  return [
    { squadId, window: { lastDays: 90 }, forecast: { items: 10, inDays: 28 } },
    { squadId, window: { lastDays: 90 }, sections: ['leadTime', 'throughput', 'wip'] },
  ];
}
