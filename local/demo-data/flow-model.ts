import { IT_STATUS as I, ISSUE_TYPE, MKT_STATUS as M } from './catalog';

/** A pseudo-target meaning "move this MKT issue to the IT project". */
export const MOVE_TO_IT = 'move-to-it';

export interface StepModel {
  /** Median days spent in the status before the next step (log-normal around it). */
  medianDays: number;
  /** Next status ID (or MOVE_TO_IT) by weight; only transitions the workflow allows. */
  next: Readonly<Record<string, number>>;
}

/**
 * How work flows through each status. Tuned so that ideas are plentiful, a third of them are
 * dropped, few reach pilot, rework happens at review and pilot, and done items are sometimes
 * reopened. Terminal statuses carry the (small) chance of a reopen or revival.
 */
export const FLOW: Readonly<Record<string, StepModel>> = {
  [M.idea]: { medianDays: 10, next: { [M.brief]: 0.6, [M.prototyping]: 0.14, [M.dropped]: 0.26 } },
  [M.brief]: { medianDays: 6, next: { [M.prototyping]: 0.78, [M.idea]: 0.08, [M.dropped]: 0.14 } },
  [M.prototyping]: {
    medianDays: 14,
    next: { [M.pilot]: 0.64, [M.brief]: 0.12, [M.dropped]: 0.14, [MOVE_TO_IT]: 0.1 },
  },
  [M.pilot]: { medianDays: 18, next: { [M.live]: 0.74, [M.prototyping]: 0.16, [M.dropped]: 0.1 } },
  [M.live]: { medianDays: 30, next: { [M.pilot]: 1 } },
  [M.dropped]: { medianDays: 45, next: { [M.idea]: 1 } },
  [I.backlog]: { medianDays: 14, next: { [I.selected]: 0.64, [I.inProgress]: 0.16, [I.wontDo]: 0.2 } },
  [I.selected]: { medianDays: 5, next: { [I.inProgress]: 0.85, [I.backlog]: 0.08, [I.wontDo]: 0.07 } },
  [I.inProgress]: { medianDays: 9, next: { [I.review]: 0.85, [I.selected]: 0.05, [I.wontDo]: 0.1 } },
  [I.review]: { medianDays: 3, next: { [I.pilot]: 0.55, [I.done]: 0.25, [I.inProgress]: 0.2 } },
  [I.pilot]: { medianDays: 12, next: { [I.done]: 0.8, [I.inProgress]: 0.12, [I.wontDo]: 0.08 } },
  [I.done]: { medianDays: 25, next: { [I.inProgress]: 1 } },
  [I.wontDo]: { medianDays: 60, next: { [I.backlog]: 1 } },
};

/** Chance that a finished (Done-category) item is later reopened or revived, once at most. */
export const REOPEN_CHANCE: Readonly<Record<string, number>> = {
  [M.live]: 0.04,
  [M.dropped]: 0.03,
  [I.done]: 0.05,
  [I.wontDo]: 0.03,
};

/** Epics move slowly, experiments and tasks quickly. */
export const DWELL_FACTOR_BY_TYPE: Readonly<Record<string, number>> = {
  [ISSUE_TYPE.epic]: 3,
  [ISSUE_TYPE.story]: 1,
  [ISSUE_TYPE.experiment]: 0.7,
  [ISSUE_TYPE.task]: 0.6,
};

/** Statuses an issue may be created in directly (imports, automation, copied issues). */
export const LATE_START: Readonly<Record<string, readonly string[]>> = {
  MKT: [M.brief, M.prototyping],
  IT: [I.selected, I.inProgress],
};

/** Chance that an item never leaves its first status: the stale part of every backlog. */
export const NEVER_STARTED_CHANCE = 0.1;
