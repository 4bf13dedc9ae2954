/**
 * What the rest of the app may use of the sync: request a backfill, read the status, and the fetch
 * scope helpers the live read shares. Everything else in src/sync is internal (lint-enforced).
 */
export { requestBackfill } from './request-backfill';
export { getSyncStatus } from './sync-status';
export { fetchScopeOf, scopeJql, searchFieldsOf } from './fetch-scope';
export { historyOf } from './to-stored';
export { isSummaryCurrent, refreshPortfolioSummary } from './portfolio-summary';
export { forgetSquadData } from './purge';
