import type { z } from 'zod';
import { appInfoPayload, type SystemFunctions } from './system';
import {
  projectSearchPayload,
  projectStatusesPayload,
  squadDeletePayload,
  squadDuplicatePayload,
  squadExportPayload,
  squadGetPayload,
  squadSavePayload,
  squadsListPayload,
  squadValidatePayload,
  type SquadFunctions,
} from './squads';
import { syncStatusPayload, type SyncFunctions } from './sync';
import { metricsQueryPayload, type MetricsQueryFunctions } from './metrics-query';
import { metricsPagePayload, type MetricsPageFunctions } from './metrics-page';
import { portfolioQueryPayload, type PortfolioFunctions } from './portfolio';
import { boardGetPayload, boardMovePayload, boardQuickWinPayload, boardTransitionsPayload, type BoardFunctions } from './board';
import { boardPagePayload, type BoardPageFunctions } from './board-page';
import { issueJourneyPayload, type JourneyFunctions } from './journey';
import { issueSummariesPayload, type IssueSummariesFunctions } from './issue-summaries';

/**
 * Every resolver the UI may invoke, by key, with its payload and answer type. Each feature adds its
 * own `XFunctions` interface from its contract file here, and its payload schema to
 * {@link FUNCTION_PAYLOADS}.
 */
export type Functions = SystemFunctions & SquadFunctions & SyncFunctions & MetricsQueryFunctions & MetricsPageFunctions & PortfolioFunctions & BoardFunctions & BoardPageFunctions & JourneyFunctions & IssueSummariesFunctions;

export type FunctionKey = keyof Functions;
export type FunctionPayload<K extends FunctionKey> = Functions[K]['payload'];
export type FunctionData<K extends FunctionKey> = Functions[K]['data'];

/**
 * The zod schema of each function's payload. The resolver wrapper validates with it, so a key
 * cannot be bound to another key's schema; the mapped type below makes a missing key a compile error,
 * and {@link PayloadsMatch} proves each `Functions[K]['payload']` is exactly the schema's input.
 */
export const FUNCTION_PAYLOADS = {
  'app.info': appInfoPayload,
  'squads.list': squadsListPayload,
  'squads.get': squadGetPayload,
  'squads.save': squadSavePayload,
  'squads.duplicate': squadDuplicatePayload,
  'squads.delete': squadDeletePayload,
  'squads.export': squadExportPayload,
  'squads.validate': squadValidatePayload,
  'squads.searchProjects': projectSearchPayload,
  'squads.projectStatuses': projectStatusesPayload,
  'sync.status': syncStatusPayload,
  'metrics.get': metricsQueryPayload,
  'metrics.page': metricsPagePayload,
  'metrics.summaries': issueSummariesPayload,
  'portfolio.get': portfolioQueryPayload,
  'board.get': boardGetPayload,
  'board.page': boardPagePayload,
  'board.transitions': boardTransitionsPayload,
  'board.move': boardMovePayload,
  'board.quickWin': boardQuickWinPayload,
  'issue.journey': issueJourneyPayload,
} as const satisfies { [K in FunctionKey]: z.ZodType };

export type PayloadSchemas = typeof FUNCTION_PAYLOADS;
/** The payload as the handler sees it: parsed, defaults applied. */
export type ParsedPayload<K extends FunctionKey> = z.output<PayloadSchemas[K]>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof: every declared payload type is the schema's input type, nothing restated. */
export type PayloadsMatch = { [K in FunctionKey]: Same<FunctionPayload<K>, z.input<PayloadSchemas[K]>> }[FunctionKey];
type AllMatch = false extends PayloadsMatch ? false : true;
const allMatch: AllMatch = true;
void allMatch;
