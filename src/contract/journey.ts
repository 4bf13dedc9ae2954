import { z } from 'zod';

/** `issue.journey`: the issue panel's story of one issue; the issue comes from the trusted context. */
export const issueJourneyPayload = z.object({}).strict();

export interface JourneyVisitDto {
  /** Stage name; "Dropped" for the dropped outcome; null for a status the squad has not mapped. */
  stage: string | null;
  /** The project's own status names during the visit. */
  statusNames: string[];
  entered: string;
  /** Null while the item is still there. */
  left: string | null;
  elapsedDays: number;
  businessDays: number;
}

export interface JourneyStageDto {
  name: string;
  /** How many times the item was in this stage (2+ is rework). */
  visits: number;
  /** Summed over visits; null when the item was never there ("–", not "0 d"). */
  elapsedDays: number | null;
  businessDays: number | null;
  /** The project's status names mapped to this stage that the item was in. */
  statusNames: string[];
  current: boolean;
}

export interface JourneySquadDto {
  squadId: string;
  squadName: string;
  /** Current stage; null when the current status is unmapped or dropped (see `currentStatusName`). */
  currentStage: string | null;
  currentStatusName: string;
  dropped: boolean;
  /** In the current stage since (ISO) and for how long. */
  inStageSince: string;
  inStageElapsedDays: number;
  inStageBusinessDays: number;
  /** From creation until now (or until it reached the last stage). */
  totalElapsedDays: number;
  totalBusinessDays: number;
  stages: JourneyStageDto[];
  visits: JourneyVisitDto[];
  leadTime: {
    from: string;
    to: string;
    /** Finished lead time, or the age so far while between the two stages; null before `from`. */
    elapsedDays: number | null;
    businessDays: number | null;
    soFar: boolean;
  };
  /** Share (0-100) of the squad's finished lead times shorter than this item's age so far; null without an age or samples. */
  olderThanPercent: number | null;
  /** Finished lead times the share is measured against (visible to this viewer). */
  sampleSize: number;
  quickWin: boolean;
  suggestedQuickWin: boolean;
  quickWinLabel: string;
}

export interface IssueJourneyDto {
  issueKey: string;
  /** Whether the viewer may edit the issue (the quick-win toggle). */
  canEdit: boolean;
  /** Every squad the issue belongs to; empty when none. */
  squads: JourneySquadDto[];
}

export interface JourneyFunctions {
  'issue.journey': { payload: z.input<typeof issueJourneyPayload>; data: IssueJourneyDto };
}
