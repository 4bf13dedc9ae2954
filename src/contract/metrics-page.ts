import type { z } from 'zod';
import { metricsQueryFields, ROWS_NEED_ITEMS_ISSUE, rowsNeedItems, type MetricsAnswerDto } from './metrics-query';
import type { ResolverResult } from './result';
import type { SquadDetailDto, SquadSummaryDto } from './squads';

/**
 * `metrics.page`: everything the speed-metrics page shows first, in one call, so a page view asks
 * Jira what the viewer may see once (one bulk permission check) and waits for one round trip: the
 * squads the page may offer, which one it shows (`pickSquad`'s rule, the page's own), that squad as
 * `squads.get` answers it, and the page's first question as `metrics.get` answers it. Later
 * questions of the page (a control change, further rows) go to `metrics.get`.
 *
 * The payload is the page's first `metrics.get` question with `squadId` optional: the squad the
 * page's URL names, or none for the project's first squad.
 */
export const metricsPagePayload = metricsQueryFields.extend({ squadId: metricsQueryFields.shape.squadId.optional() }).refine(rowsNeedItems, ROWS_NEED_ITEMS_ISSUE);

/** Which squad the page shows (`missing`: the URL names a squad the viewer cannot see, or none that exists). */
export type MetricsPageChoice =
  | { kind: 'none' }
  | { kind: 'missing'; wanted: string }
  | {
      kind: 'chosen';
      squadId: string;
      /** What `squads.get` answers for the squad. */
      detail: SquadDetailDto;
      /** What `metrics.get` answers for the question asked about the squad (a refusal too, e.g. an unknown stage). */
      answer: ResolverResult<MetricsAnswerDto>;
    };

export interface MetricsPageDto {
  /** The squads the page may offer, as `squads.list` lists them for this page, by name. */
  squads: SquadSummaryDto[];
  choice: MetricsPageChoice;
}

export interface MetricsPageFunctions {
  'metrics.page': { payload: z.input<typeof metricsPagePayload>; data: MetricsPageDto };
}
